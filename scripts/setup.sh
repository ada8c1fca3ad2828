#!/usr/bin/env bash
# Prepare everything LearnOrg Desktop needs on a Debian/Ubuntu machine that has Python 3.11+:
# the system libraries Qt loads, fonts, and a virtual environment in .venv with the app installed.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
# Qt's platform plugins (offscreen and xcb) and fonts (without them every letter is a box);
# poppler-utils lets the tests look at printed PDF pages.
SYSTEM_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core poppler-utils"
# scripts/test.sh adds LibreOffice Calc: a test opens the Excel report in it, as many associations would.
SYSTEM_PACKAGES="$SYSTEM_PACKAGES ${EXTRA_SYSTEM_PACKAGES:-}"

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

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.learnorg-installed
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  echo "$want" > "$stamp"
fi
