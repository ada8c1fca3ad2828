"""Automatic backups: taken with SQLite's online backup API, thinned to about a year, verified, restored atomically.

Automatic backups of a database live in their own folder under the user's backups folder; the library's
documents (named by content hash) are shared by all of them in `documents/`, so a backup costs one database copy.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from learnorg_desktop.paths import app_paths
from learnorg_desktop.storage.backup import BackupError, copy_files_folder, files_folder, live_file
from learnorg_desktop.storage.backup_policy import RetentionPolicy, to_keep
from learnorg_desktop.storage.database import Database

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup: its file, when it was taken (UTC) and why ("start", "close", "import"…)."""

    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_folder(database: Path) -> Path:
    """The folder holding the automatic backups of the database file `database` (one per database)."""
    resolved = database.resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    return app_paths().backup_dir / f"{resolved.stem}-{digest}"


def _file_name(taken_at: datetime, reason: str) -> str:
    return f"{taken_at.strftime(_STAMP)}_{reason}{SUFFIX}"


def _parse(path: Path) -> BackupInfo | None:
    stamp, _, reason = path.stem.partition("_")
    try:
        taken_at = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None  # not one of ours: left alone
    return BackupInfo(path=path, taken_at=taken_at, reason=reason)


def list_backups(database: Path) -> list[BackupInfo]:
    """The automatic backups of `database`, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = [_parse(path) for path in folder.glob(f"*{SUFFIX}")]
    return sorted((info for info in found if info is not None), key=lambda i: i.taken_at, reverse=True)


def last_backup(database: Path) -> BackupInfo | None:
    backups = list_backups(database)
    return backups[0] if backups else None


def copy_database(source: sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy of an open SQLite connection at `dest`, written beside it then renamed."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


def take_backup(db: Database, reason: str, *, policy: RetentionPolicy | None = None,
                now: datetime | None = None) -> BackupInfo:
    """Back up the open database now (`reason` says why), then thin the old automatic backups."""
    source = live_file(db)
    taken_at = now or datetime.now(UTC)
    dest = backup_folder(source) / _file_name(taken_at, reason)
    raw = db.engine.raw_connection()
    try:
        copy_database(raw.driver_connection, dest)  # type: ignore[arg-type]
    finally:
        raw.close()
    copy_files_folder(source, _documents(dest.parent))
    thin(source, policy or RetentionPolicy())
    log.info("backup taken (%s): %s", reason, dest)
    return BackupInfo(path=dest, taken_at=taken_at, reason=reason)


def _documents(folder: Path) -> Path:
    """The anchor whose `-files` folder holds the documents shared by a folder's automatic backups."""
    return folder / f"documents{SUFFIX}"


def backup_before(db: Database, reason: str) -> BackupInfo | None:
    """The backup taken before an import, a merge or an upgrade; None for a server database (pg_dump's job)."""
    try:
        live_file(db)
    except BackupError:
        return None
    return take_backup(db, reason)


def thin(database: Path, policy: RetentionPolicy) -> list[Path]:
    """Delete the automatic backups the policy does not keep; returns the deleted files."""
    backups = list_backups(database)
    keep = to_keep([b.taken_at for b in backups], policy)
    deleted = []
    for backup in backups:
        if backup.taken_at not in keep:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def problems(path: Path, *, quick: bool = False) -> list[str]:
    """What SQLite finds wrong with the database file at `path` (empty: sound). Opened read-only.

    `quick` runs SQLite's quick_check (about three times faster: start-up) instead of the full integrity_check.
    """
    if not path.is_file():
        return [f"no such file: {path}"]
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        found = [row[0] for row in connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
        found = [] if found == ["ok"] else found
        broken = connection.execute("PRAGMA foreign_key_check")
        found += [f"foreign key broken in {row[0]} row {row[1]}" for row in broken]
        if not found and connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'database_info'"
                                            ).fetchone()[0] == 0:
            found.append("not a LearnOrg database")
        return found
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()


def restore(backup: Path, database: Path, *, policy: RetentionPolicy | None = None) -> BackupInfo | None:
    """Put `backup` in place of the (closed) database file; returns the backup of the state it replaced.

    The backup is checked first, copied beside the database, checked again, and only then swapped in with
    one atomic rename; the current state is backed up before, so a restore can itself be undone.
    """
    found = problems(backup)
    if found:
        raise BackupError(f"the backup is damaged: {found[0]}")
    database = database.resolve()
    before = _backup_closed_file(database, policy or RetentionPolicy()) if database.exists() else None
    staged = database.with_name(database.name + ".restoring")
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_database(source, staged)
    finally:
        source.close()
    found = problems(staged)
    if found:
        staged.unlink(missing_ok=True)
        raise BackupError(f"the restored copy failed its check: {found[0]}")
    for suffix in ("-wal", "-shm", "-journal"):  # an old log applied to the new file would corrupt it
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(staged, database)
    for anchor in (_documents(backup.parent), backup):  # automatic backups share one folder; a manual one has its own
        if files_folder(anchor).is_dir():
            copy_files_folder(anchor, database)
    log.info("restored %s from %s", database, backup)
    return before


def _backup_closed_file(database: Path, policy: RetentionPolicy) -> BackupInfo | None:
    """Back up a database file nobody has open (before a restore); None when it cannot even be read."""
    taken_at = datetime.now(UTC)
    dest = backup_folder(database) / _file_name(taken_at, "before-restore")
    try:
        source = sqlite3.connect(database)
        try:
            copy_database(source, dest)
        finally:
            source.close()
    except sqlite3.DatabaseError:
        log.warning("the database replaced by a restore could not be backed up: %s", database)
        return None
    thin(database, policy)
    return BackupInfo(path=dest, taken_at=taken_at, reason="before-restore")
