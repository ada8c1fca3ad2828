"""Online backups of the open SQLite database with sqlite3's backup API (safe while the app runs)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from learnorg_desktop.storage.database import Database


class BackupError(Exception):
    """The backup was refused (not a SQLite file, or it would overwrite the live database)."""


def live_file(db: Database) -> Path:
    """The database file behind `db`; BackupError for a server database."""
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupError("only a SQLite database file can be backed up this way")
    return Path(url.database).resolve()


def _is_live(source: Path, dest: Path) -> bool:
    live = {source, Path(f"{source}-wal"), Path(f"{source}-shm"), Path(f"{source}-journal")}
    if dest in live:
        return True
    return dest.exists() and os.path.samefile(dest, source)


def backup_to(db: Database, dest: Path) -> Path:
    """Copy the whole database to `dest` (page by page, consistent); returns the resolved path."""
    source = live_file(db)
    dest = Path(dest).expanduser().resolve()
    if _is_live(source, dest):
        raise BackupError(f"refusing to overwrite the open database {source}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Write next to the destination first so a failed backup never leaves a half-written file.
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    raw = db.engine.raw_connection()
    try:
        target = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
        os.replace(partial, dest)
    finally:
        raw.close()
        partial.unlink(missing_ok=True)
    return dest
