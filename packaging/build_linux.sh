#!/usr/bin/env bash
# Build the stand-alone Linux bundle of LearnOrg Desktop, check that it works, and pack it as a .tar.gz.
#
#   packaging/build_linux.sh
#
# On a Debian/Ubuntu machine with Python 3.11+ (PYTHON=python3.12 to pick another): installs the system packages it
# needs (apt-get, with sudo when not root), makes a throw-away virtual environment in packaging/.build-venv with the
# application and PyInstaller, builds packaging/dist/learnorg-desktop/, then runs the bundle outside any Python
# environment: the command line creates a demo database, checks it, prints statistics and writes the Excel report,
# and the window opens offscreen on the demo database and quits once the people list is shown.
# Ends with packaging/dist/learnorg-desktop-<version>-linux-<arch>.tar.gz (bundle, menu entry, icon, install script).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
VENV=packaging/.build-venv
DIST=packaging/dist
BUNDLE=$DIST/learnorg-desktop
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"
start=$(date +%s)

step() { printf '\n== %s\n' "$*"; }
fail() { echo "build_linux.sh: $*" >&2; exit 1; }

step "system packages"
# binutils: PyInstaller reads the libraries' dependencies with objdump. The Qt libraries scripts/system_packages.sh
# installs are the ones the bundle's xcb and offscreen platform plugins load: PyInstaller copies those it finds, and
# the smoke test needs them.
PYTHON=$PYTHON bash scripts/system_packages.sh binutils
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || fail "$PYTHON is older than Python 3.11"

step "build environment ($VENV)"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
mkdir -p packaging/build
pip_log=packaging/build/pip.log
: > "$pip_log"
pip() {  # quiet: setuptools' notes go to the log, shown only when pip fails
  "$VENV/bin/python" -m pip -q --disable-pip-version-check "$@" >>"$pip_log" 2>&1 \
    || { tail -40 "$pip_log" >&2; fail "pip $* failed (whole log: $pip_log)"; }
}
pip install --upgrade pip
pip install "$PYINSTALLER_SPEC" .
pip install --no-deps --force-reinstall .  # the sources as they are now, even at an unchanged version number
version=$("$VENV/bin/python" -c 'import learnorg_desktop; print(learnorg_desktop.__version__)')
echo "PyInstaller $("$VENV/bin/pyinstaller" --version)"

step "bundle"
build_start=$(date +%s)
# The venv's script, not `python -m PyInstaller`, which would put the repository root (the source checkout) first
# on sys.path and bundle it instead of the installed package (the spec refuses that).
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath packaging/build --distpath "$DIST" packaging/pyinstaller/learnorg.spec
build_seconds=$(( $(date +%s) - build_start ))

step "checks"
# Files the application opens by path at run time, and the Qt pieces a window needs.
for required in learnorg \
    _internal/learnorg_desktop/storage/migrations/env.py \
    _internal/learnorg_desktop/storage/migrations/script.py.mako \
    _internal/learnorg_desktop/storage/migrations/versions/0001_initial_schema.py \
    _internal/learnorg_desktop/resources/translations/learnorg_fr.qm \
    _internal/learnorg_desktop/resources/icons/learnorg.svg \
    _internal/learnorg_desktop/resources/catalogue/starter_fr.json \
    _internal/learnorg_desktop/ui/person_dialog.ui \
    _internal/matplotlib/mpl-data/matplotlibrc \
    _internal/PySide6/Qt/translations/qtbase_fr.qm \
    _internal/PySide6/Qt/plugins/platforms/libqxcb.so \
    _internal/PySide6/Qt/plugins/platforms/libqoffscreen.so \
    _internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so; do
  [ -e "$BUNDLE/$required" ] || fail "the bundle lacks $required"
done
for unwanted in tkinter pytest hypothesis PySide6/QtNetwork.abi3.so PySide6/Qt/plugins/platformthemes/libqgtk3.so; do
  [ ! -e "$BUNDLE/_internal/$unwanted" ] || fail "the bundle should not hold $unwanted"
done
echo "files: all there"

# Run the bundle as a user would: another folder, no virtual environment, a clean environment and data folder.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bundle_abs="$ROOT/$BUNDLE"
clean_env=(env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 LEARNORG_HOME="$work/data" QT_QPA_PLATFORM=offscreen)
run() { (cd "$work" && "${clean_env[@]}" "$bundle_abs/learnorg" "$@"); }
run --version
# init with templates and the starter catalogue read the shipped resources (JSON files) through the package.
run init --db "$work/office.sqlite3" --office LYON --office-name "Antenne de Lyon" --templates fr
run skills starter --db "$work/office.sqlite3" --lang fr
run demo --db "$work/demo.sqlite3" --people 300
run check --db "$work/demo.sqlite3"
run stats --db "$work/demo.sqlite3" --json > "$work/stats.json"
"$VENV/bin/python" -c 'import json, sys; json.load(open(sys.argv[1])); print("stats: valid JSON")' "$work/stats.json"
run report "$work/report.xlsx" --db "$work/demo.sqlite3" --quiet
[ -s "$work/report.xlsx" ] || fail "the Excel report was not written"
echo "report: $(du -h "$work/report.xlsx" | cut -f1) workbook written"

# --exit-after-paint: prints first-paint-epoch= and ready-epoch= (people list shown), then quits with 0; a
# traceback (missing module, resource or plugin) makes it exit 1 instead of showing a dialog to nobody.
gui_start=$(date +%s%N)
set +e
out=$(cd "$work" && timeout 120 "${clean_env[@]}" "$bundle_abs/learnorg" --db "$work/demo.sqlite3" --lang fr \
  --exit-after-paint 2>"$work/gui.err")
code=$?
set -e
gui_ms=$(( ($(date +%s%N) - gui_start) / 1000000 ))
case "$out" in
  *first-paint-epoch=*ready-epoch=*) ;;
  *) cat "$work/gui.err" >&2; fail "the window did not open on the demo database (exit $code): $out" ;;
esac
[ "$code" = 0 ] || { cat "$work/gui.err" >&2; fail "the window exited with code $code"; }
if grep -E "ERROR|Traceback" "$work/data/logs/learnorg.log" >&2; then
  fail "the log of the smoke test holds errors"
fi
echo "window: opened offscreen on the demo database, showed the people list and quit cleanly (${gui_ms} ms)"

step "archive"
install -m 644 packaging/linux/learnorg-desktop.desktop "$BUNDLE/learnorg-desktop.desktop"
install -m 644 resources/icons/learnorg.svg "$BUNDLE/learnorg-desktop.svg"
install -m 755 packaging/linux/install.sh "$BUNDLE/install.sh"
install -m 644 packaging/linux/INSTALL.txt "$BUNDLE/INSTALL.txt"
archive="$DIST/learnorg-desktop-$version-linux-$(uname -m).tar.gz"
archive_start=$(date +%s)
tar -C "$DIST" -czf "$archive" learnorg-desktop
archive_seconds=$(( $(date +%s) - archive_start ))

step "done"
echo "bundle:   $BUNDLE  $(du -sh "$BUNDLE" | cut -f1)  ($(find "$BUNDLE" -type f | wc -l) files)"
echo "archive:  $archive  $(du -h "$archive" | cut -f1)  (packed in ${archive_seconds} s)"
echo "times:    PyInstaller ${build_seconds} s, whole script $(( $(date +%s) - start )) s"
