#!/usr/bin/env bash
# Install LearnOrg Desktop from this unpacked folder: the program, a command `learnorg`, a menu entry and its icon.
#   ./install.sh               for you alone (~/.local/...), no administrator rights needed
#   sudo ./install.sh          for every user of the computer (/opt and /usr/local)
#   ./install.sh --uninstall   remove it again (add sudo if it was installed with sudo)
# Your data (~/.local/share/LearnOrg: databases, backups, logs) is never touched, by installing or uninstalling.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then
  program=/opt/learnorg-desktop bin=/usr/local/bin share=/usr/local/share
else
  program="$HOME/.local/opt/learnorg-desktop" bin="$HOME/.local/bin" share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
entry="$share/applications/learnorg-desktop.desktop"
icon="$share/icons/hicolor/scalable/apps/learnorg-desktop.svg"

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$program"
  rm -f "$bin/learnorg" "$entry" "$icon"
  refresh_menus
  echo "LearnOrg Desktop removed. Your data is still in ${LEARNORG_HOME:-$HOME/.local/share/LearnOrg}."
  exit 0
fi

[ -x "$here/learnorg" ] && [ -d "$here/_internal" ] || { echo "run install.sh from the unpacked folder" >&2; exit 1; }
if [ "$here" != "$program" ]; then
  rm -rf "$program.new"
  mkdir -p "$(dirname "$program")"
  cp -a "$here" "$program.new"  # copy first, then swap: an interrupted copy leaves the old version working
  rm -rf "$program"
  mv "$program.new" "$program"
fi
mkdir -p "$bin" "$(dirname "$entry")" "$(dirname "$icon")"
ln -sf "$program/learnorg" "$bin/learnorg"
# The menu entry names the program by its full path: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=learnorg|Exec=$program/learnorg|" "$program/learnorg-desktop.desktop" > "$entry"
cp "$program/learnorg-desktop.svg" "$icon"
refresh_menus
echo "LearnOrg Desktop installed in $program."
echo "Start it from the applications menu, or type: learnorg   (commands: learnorg --help)"
