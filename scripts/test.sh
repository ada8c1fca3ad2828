#!/usr/bin/env bash
# Set everything up, then run the whole test suite: lint, types, and pytest (GUI tests offscreen).
# Storage, service and exchange tests also run on a PostgreSQL server the test session starts itself from Debian's
# postgresql package; LEARNORG_REQUIRE_POSTGRES makes a missing server a failure here, never a silent skip.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRA_SYSTEM_PACKAGES="libreoffice-calc-nogui postgresql" bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen LEARNORG_REQUIRE_POSTGRES=1
.venv/bin/ruff check .
.venv/bin/mypy learnorg_desktop
.venv/bin/python -m pytest "$@"
