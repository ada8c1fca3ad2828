"""Online backups of the open SQLite database with sqlite3's backup API (safe while the app runs)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
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


def server_password(db: Database) -> str | None:
    """The password this process connects with (given in the URL or entered this session), for pg_dump."""
    from learnorg_desktop.storage.credentials import known_password  # the URL no longer holds it: see Database.open

    return known_password(db.engine.url)


def _is_live(source: Path, dest: Path) -> bool:
    live = {source, Path(f"{source}-wal"), Path(f"{source}-shm"), Path(f"{source}-journal")}
    if dest in live:
        return True
    return dest.exists() and os.path.samefile(dest, source)


def backup_to(db: Database, dest: Path) -> Path:
    """Copy the whole database to `dest` (page by page, consistent), then its documents; returns the resolved path.

    A server database is dumped by pg_dump instead (storage/server_backup.py); its documents are inside it.
    """
    if db.engine.url.get_backend_name() != "sqlite":
        from learnorg_desktop.storage.server_backup import dump_database  # imports this module's BackupError

        return dump_database(db.engine.url, dest, password=server_password(db))
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
    copy_files_folder(source, dest)
    return dest


def files_folder(database: Path) -> Path:
    """The library's documents folder beside a database file (as services.file_store.FileStore.beside)."""
    return database.with_name(f"{database.stem}-files")


def copy_files_folder(source: Path, dest: Path) -> int:
    """Copy `<source stem>-files/` to `<dest stem>-files/`; returns how many files were copied.

    Stored files are named by their content hash, so one already there under the same name and size
    is the same document: skipping it makes repeated backups cheap. Unfinished incoming copies are left out.
    """
    folder = files_folder(source)
    if not folder.is_dir():
        return 0
    target_root = files_folder(dest)
    copied = 0
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.startswith(".incoming-"):
            continue
        target = target_root / path.relative_to(folder)
        if target.is_file() and target.stat().st_size == path.stat().st_size:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():  # a damaged copy, maybe read-only: os.replace must be allowed to swap it
            target.chmod(stat.S_IREAD | stat.S_IWRITE)
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(path, partial)
        os.replace(partial, target)
        copied += 1
    return copied
