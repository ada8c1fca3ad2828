#!/usr/bin/env bash
# Set everything up, then run the whole test suite: lint, types, and pytest (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRA_SYSTEM_PACKAGES="libreoffice-calc-nogui" bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy learnorg_desktop
.venv/bin/python -m pytest "$@"
