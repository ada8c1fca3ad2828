"""Composition root: paths -> logging -> database (migrated) -> window. Nothing happens at import."""

from __future__ import annotations

from pathlib import Path

from learnorg_desktop.logs import setup_logging
from learnorg_desktop.paths import app_paths
from learnorg_desktop.storage.database import Database


def resolve_db(db_arg: str | None) -> str:
    """The --db argument, or the default database in the user's data folder."""
    return db_arg if db_arg else str(app_paths().default_db)


def open_database(db_arg: str | None) -> Database:
    return Database.open(resolve_db(db_arg))


def run_gui(db_arg: str | None, lang: str | None) -> int:
    """Open the main window on the database; Qt is imported only here."""
    log_file = setup_logging(app_paths().log_dir)
    from learnorg_desktop.gui.application import run  # noqa: PLC0415 - keep Qt out of CLI start-up

    return run(resolve_db(db_arg), lang=lang, log_file=Path(log_file))
