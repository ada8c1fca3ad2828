"""Refresh resources/translations/learnorg_<lang>.ts from the GUI sources, then compile the .qm files.

Usage: python scripts/build_translations.py [--no-update] [--qm-out DIR]
Runs pyside6-lupdate over learnorg_desktop/gui/**/*.py and ui/*.ui (keeping existing translations,
dropping obsolete ones), then pyside6-lrelease. Running it twice in a row changes nothing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment (the project's .venv), else PATH."""
    local = Path(sys.executable).with_name(name)
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Every file with user-visible text; generated forms are skipped (their .ui files are read)."""
    gui = ROOT / "learnorg_desktop" / "gui"
    python = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"learnorg_{lang}.ts"


def update(lang: str, ts: Path | None = None) -> None:
    """Merge the sources' strings into the .ts (`ts` overrides where it is, for checks)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    # No source locations: line numbers would churn the .ts at every edit of the code.
    command = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
               "-source-language", "en", "-target-language", lang, "-ts", str(ts or ts_file(lang))]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def release(lang: str, out_dir: Path = TRANSLATIONS) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    qm = out_dir / f"learnorg_{lang}.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts_file(lang)), "-qm", str(qm)], check=True,
                   stdout=subprocess.DEVNULL)
    return qm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-update", action="store_true", help="only compile the existing .ts files")
    parser.add_argument("--qm-out", type=Path, default=TRANSLATIONS, help="where to write the .qm files")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        if not args.no_update:
            update(lang)
        print(release(lang, args.qm_out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
