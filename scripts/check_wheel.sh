#!/usr/bin/env bash
# Build the wheel, install it (not editable) in a throw-away venv, and check from outside the source
# tree that the shipped resources are there and the app works: init, demo, and the window (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.venv/bin/python -m pip wheel -q --no-deps --disable-pip-version-check -w "$work/dist" .
.venv/bin/python -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check "$work"/dist/learnorg_desktop-*.whl
cd "$work"
"$work/venv/bin/python" - <<'PY'
import glob, sys, zipfile
names = set(zipfile.ZipFile(glob.glob("dist/*.whl")[0]).namelist())
required = ["learnorg_desktop/resources/icons/learnorg.svg", "learnorg_desktop/ui/person_dialog.ui",
            "learnorg_desktop/resources/translations/learnorg_fr.qm",
            "learnorg_desktop/gui/forms/ui_person_dialog.py",
            "learnorg_desktop/storage/migrations/versions/0001_initial_schema.py"]
missing = [r for r in required if r not in names]
if missing:
    sys.exit(f"wheel is missing: {missing}")
print(f"wheel holds {len(names)} files, resources included")
PY
export LEARNORG_HOME="$work/home" QT_QPA_PLATFORM=offscreen
"$work/venv/bin/learnorg" init --db "$work/office.sqlite3" --office LYON --office-name "Antenne de Lyon"
"$work/venv/bin/learnorg" demo --db "$work/demo.sqlite3" --people 50
out=$(timeout 120 "$work/venv/bin/learnorg" --db "$work/demo.sqlite3" --lang fr --exit-after-paint)
case "$out" in
  *first-paint-epoch=*ready-epoch=*) echo "wheel check passed: the installed package starts and shows its window" ;;
  *) echo "the installed application did not show its window: $out" >&2; exit 1 ;;
esac
