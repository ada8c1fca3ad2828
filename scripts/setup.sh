#!/usr/bin/env bash
# Prepare everything LearnOrg Desktop needs on a Debian/Ubuntu machine that has Python 3.11+:
# the system libraries Qt loads, fonts, and a virtual environment in .venv with the app installed.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
# scripts/test.sh adds LibreOffice Calc: a test opens the Excel report in it, as many associations would.
# shellcheck disable=SC2086  # a list of package names
PYTHON=$PYTHON bash scripts/system_packages.sh ${EXTRA_SYSTEM_PACKAGES:-}

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
