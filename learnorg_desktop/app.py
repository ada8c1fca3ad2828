"""Composition root: paths -> logging -> database (migrated) -> window. Nothing happens at import.

Heavy libraries (SQLAlchemy, Qt) are imported inside the functions that need them, so that the
window can paint before the database layer has even loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from learnorg_desktop.logs import setup_logging
from learnorg_desktop.paths import app_paths

if TYPE_CHECKING:
    from learnorg_desktop.storage.database import Database


def resolve_db(db_arg: str | None) -> str:
    """The --db argument, or the default database in the user's data folder."""
    return db_arg if db_arg else str(app_paths().default_db)


def open_database(db_arg: str | None) -> Database:
    from learnorg_desktop.storage.database import Database

    return Database.open(resolve_db(db_arg))


def run_gui(db_arg: str | None, lang: str | None, *, exit_after_paint: bool = False) -> int:
    """Open the main window on --db; without it the window picks the database (or shows the first-run page)."""
    log_file = setup_logging(app_paths().log_dir)
    from learnorg_desktop.gui.application import run

    code: int = run(db_arg, lang=lang, log_file=Path(log_file), exit_after_paint=exit_after_paint)
    return code
