#!/usr/bin/env bash
# Install the Debian/Ubuntu packages LearnOrg Desktop needs that are missing (apt-get, with sudo when not root).
#
#   scripts/system_packages.sh [EXTRA_PACKAGE ...]
#
# Qt's platform plugins (offscreen and xcb) and fonts (without them every letter is a box); poppler-utils lets the
# tests look at printed PDF pages; python3-venv when $PYTHON cannot make a virtual environment. Callers add their own
# (the tests add LibreOffice Calc, the bundle build binutils). Does nothing where dpkg is absent.
set -euo pipefail
PYTHON=${PYTHON:-python3}
SYSTEM_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core poppler-utils $*"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $SYSTEM_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  "$PYTHON" -c "import ensurepip, venv" 2>/dev/null || missing="$missing python3-venv"
fi
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "Installing system packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
