"""Automatic backups: taken with SQLite's online backup API, thinned to about a year, verified, restored atomically.

Automatic backups of a database live in their own folder under the user's backups folder; the library's
documents (named by content hash) are shared by all of them in `documents/`, so a backup costs one database copy.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from learnorg_desktop.paths import app_paths
from learnorg_desktop.services.progress import NO_PROGRESS, Progress
from learnorg_desktop.storage.backup import BackupError, copy_files_folder, files_folder, live_file
from learnorg_desktop.storage.backup_policy import RetentionPolicy, to_keep
from learnorg_desktop.storage.database import Database

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
_STAMP = "%Y%m%dT%H%M%S%fZ"
COPY_PAGES = 2048  # pages copied between two Cancel checks (8 MiB at SQLite's default page size)
CHECK_STEPS = 100_000  # SQLite virtual-machine steps between two Cancel checks of an integrity check


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


def copy_database(source: sqlite3.Connection, dest: Path, on_chunk: Callable[[int, int], None] | None = None) -> Path:
    """A consistent copy of an open SQLite connection at `dest`, written beside it then renamed.

    With `on_chunk`, the copy goes by chunks of COPY_PAGES, each followed by `on_chunk(pages copied, pages)`;
    an exception it raises (Cancelled) stops the copy, and nothing is left at `dest`.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(partial)
        try:
            if on_chunk is None:
                source.backup(target)
            else:  # an exception raised by the callback aborts the copy and comes out of backup()
                source.backup(target, pages=COPY_PAGES,
                              progress=lambda _status, remaining, total: on_chunk(total - remaining, total))
        finally:
            target.close()
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


def take_backup(db: Database, reason: str, *, policy: RetentionPolicy | None = None,
                now: datetime | None = None, progress: Progress | None = None) -> BackupInfo:
    """Back up the open database now (`reason` says why), then thin the old automatic backups.

    With `progress`, Cancel works until the database is copied (then nothing was written); not after.
    """
    source = live_file(db)
    taken_at = now or datetime.now(UTC)
    dest = backup_folder(source) / _file_name(taken_at, reason)
    raw = db.engine.raw_connection()
    try:
        copy_database(raw.driver_connection, dest,  # type: ignore[arg-type]
                      None if progress is None else lambda done, total: progress.report(done, total, ""))
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


def problems(path: Path, *, quick: bool = False, progress: Progress | None = None) -> list[str]:
    """What SQLite finds wrong with the database file at `path` (empty: sound). Opened read-only.

    `quick` runs SQLite's quick_check (about three times faster: start-up) instead of the full integrity_check.
    With `progress`, Cancel interrupts the check (a second or more on a big file) and raises Cancelled.
    """
    if not path.is_file():
        return [f"no such file: {path}"]
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    if progress is not None:  # SQLite interrupts the statement when the handler returns non-zero
        connection.set_progress_handler(lambda: int(progress.cancelled), CHECK_STEPS)
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
        if progress is not None:
            progress.check()  # interrupted by Cancel, not a damaged file
        return [str(error)]
    finally:
        connection.close()


class RestoreStep(StrEnum):
    """The steps of a restore, reported as progress messages (the GUI words them)."""

    CHECK = "check"  # the backup's integrity check
    COPY = "copy"  # the backup copied beside the database
    VERIFY = "verify"  # that copy checked again
    SET_ASIDE = "set-aside"  # the current state backed up, so the restore can be undone
    PLACE = "place"  # documents copied, then the file swapped in: no Cancel from here on


@dataclass(frozen=True)
class StagedRestore:
    """A checked copy of a backup waiting beside the database for `finish_restore`."""

    backup: Path
    database: Path
    staged: Path
    before: BackupInfo | None

    def discard(self) -> None:
        """Give up before the swap (the database could not be closed): the database stays as it was."""
        self.staged.unlink(missing_ok=True)
        _remove_logs(self.staged)
        if self.before is not None:
            self.before.path.unlink(missing_ok=True)


def restore(backup: Path, database: Path, *, policy: RetentionPolicy | None = None,
            progress: Progress = NO_PROGRESS) -> BackupInfo | None:
    """Put `backup` in place of the (closed) database file; returns the backup of the state it replaced.

    The backup is checked first, copied beside the database, checked again, and only then swapped in with
    one atomic rename; the current state is backed up before, so a restore can itself be undone.
    """
    return finish_restore(prepare_restore(backup, database, progress=progress), policy=policy)


def prepare_restore(backup: Path, database: Path, *, progress: Progress = NO_PROGRESS,
                    texts: Mapping[str, str] | None = None) -> StagedRestore:
    """Every slow step of a restore, the database still open: Cancelled or BackupError leave no trace.

    Cancel is honoured until the current state is set aside (the last check is just before `PLACE`); after that
    the backup's documents are copied beside the database's (content-named files: extra ones change nothing),
    and the caller closes the database and calls `finish_restore`, which only renames. `texts` words the steps
    in the progress messages (the GUI's translations, by RestoreStep); without it the step names are sent.
    """
    total = len(RestoreStep)

    def step(done: int, name: RestoreStep) -> None:
        progress.report(done, total, name.value if texts is None else texts.get(name, ""))

    step(0, RestoreStep.CHECK)
    found = problems(backup, progress=progress)
    if found:
        raise BackupError(f"the backup is damaged: {found[0]}")
    database = database.resolve()
    staged = database.with_name(database.name + ".restoring")
    before: BackupInfo | None = None
    try:
        step(1, RestoreStep.COPY)
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy_database(source, staged, lambda *_pages: progress.check())
        finally:
            source.close()
        step(2, RestoreStep.VERIFY)
        found = problems(staged, progress=progress)
        _remove_logs(staged)  # the check's empty WAL files: they would stay behind once the copy is renamed
        if found:
            raise BackupError(f"the restored copy failed its check: {found[0]}")
        step(3, RestoreStep.SET_ASIDE)
        before = _set_aside(database, progress) if database.exists() else None
        step(4, RestoreStep.PLACE)  # the last Cancel check
        for anchor in (_documents(backup.parent), backup):  # automatic backups share one folder; a manual one its own
            if files_folder(anchor).is_dir():
                copy_files_folder(anchor, database)
    except BaseException:  # Cancelled, a refusal or a bug: the database stays as it was, nothing is left beside it
        StagedRestore(backup, database, staged, before).discard()
        raise
    return StagedRestore(backup, database, staged, before)


def finish_restore(staged: StagedRestore, *, policy: RetentionPolicy | None = None) -> BackupInfo | None:
    """Swap the staged copy in with one atomic rename (the database must be closed by now); a few milliseconds."""
    database = staged.database
    _remove_logs(database)  # an old log applied to the new file would corrupt it
    os.replace(staged.staged, database)
    log.info("restored %s from %s", database, staged.backup)
    if staged.before is not None:
        try:
            thin(database, policy or RetentionPolicy())
        except OSError as error:  # the restore is done; old backups are thinned again next time
            log.warning("old backups not thinned after a restore: %s", error)
    return staged.before


def _remove_logs(database: Path) -> None:
    """Delete a closed database file's WAL, shared-memory and journal files."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _set_aside(database: Path, progress: Progress) -> BackupInfo | None:
    """Back up the database about to be replaced (open or not); None when it cannot even be read."""
    taken_at = datetime.now(UTC)
    dest = backup_folder(database) / _file_name(taken_at, "before-restore")
    try:
        source = sqlite3.connect(database)
        try:
            copy_database(source, dest, lambda *_pages: progress.check())
        finally:
            source.close()
    except sqlite3.DatabaseError:
        log.warning("the database replaced by a restore could not be backed up: %s", database)
        return None
    return BackupInfo(path=dest, taken_at=taken_at, reason="before-restore")
