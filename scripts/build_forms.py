"""Compile every ui/*.ui with pyside6-uic into learnorg_desktop/gui/forms/ui_<name>.py.

Usage: python scripts/build_forms.py [--out DIR]   (DIR defaults to learnorg_desktop/gui/forms)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "learnorg_desktop" / "gui" / "forms"
INIT_TEXT = '"""Python forms generated from ui/*.ui by scripts/build_forms.py; do not edit by hand."""\n'


def uic_command() -> str:
    """pyside6-uic from the running interpreter's environment (the project's .venv), else PATH."""
    local = Path(sys.executable).with_name("pyside6-uic")
    if local.exists():
        return str(local)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6 in this environment")
    return found


def build(out_dir: Path = FORMS_DIR) -> list[Path]:
    """Generate one module per .ui file plus the package's __init__.py; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    init.write_text(INIT_TEXT, encoding="utf-8")
    written = [init]
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{ui_file.stem}.py"
        subprocess.run([uic_command(), "-g", "python", str(ui_file), "-o", str(target)], check=True)
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FORMS_DIR, help="output folder")
    args = parser.parse_args()
    for path in build(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
