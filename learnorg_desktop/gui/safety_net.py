"""The window's safety net: a start-up check and backup in the background, a backup at close."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from learnorg_desktop.gui.tasks import Task
from learnorg_desktop.services.progress import Progress

if TYPE_CHECKING:
    from learnorg_desktop.storage.backups import BackupInfo
    from learnorg_desktop.storage.database import Database

log = logging.getLogger(__name__)


def database_file(db: Database) -> Path | None:
    """The SQLite file behind `db`; None for a server database (backed up by the server's own tools)."""
    from learnorg_desktop.storage.backup import BackupError, live_file

    try:
        return live_file(db)
    except BackupError:
        return None


class SafetyNet(QObject):
    """`damaged(problems)` when the start-up check fails; `backed_up(info)` after each automatic backup."""

    damaged = Signal(list)
    backed_up = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending = 0  # checks still running (tests wait for 0)

    def start(self, db: Database) -> Task | None:
        """Check the file (quick) and, when sound and writable, back it up: all off the UI thread."""
        path = database_file(db)
        if path is None:
            return None
        task = Task(self)
        self.pending += 1
        task.finished.connect(lambda result: self._finished(task, result))
        task.failed.connect(lambda error: self._failed(task, error))
        task.start(lambda progress: self._check_and_backup(db, path, progress))
        return task

    @staticmethod
    def _check_and_backup(db: Database, path: Path, _progress: Progress) -> tuple[str, Any]:
        from learnorg_desktop.storage.backups import problems, take_backup

        found = problems(path, quick=True)
        if found:
            return "damaged", found  # never back up a damaged file over the good backups
        if db.read_only:
            return "checked", None
        return "backed_up", take_backup(db, "start")

    def _finished(self, task: Task, result: tuple[str, Any]) -> None:
        self.pending -= 1
        task.deleteLater()
        kind, value = result
        if kind == "damaged":
            self.damaged.emit(list(value))
        elif kind == "backed_up":
            self.backed_up.emit(value)

    def _failed(self, task: Task, error: object) -> None:
        self.pending -= 1
        task.deleteLater()
        log.error("start-up check or backup failed: %s", error)

    def backup_now(self, db: Database, reason: str) -> BackupInfo | None:
        """A backup on the spot (closing, before a restore); None when it could not be written (logged)."""
        from learnorg_desktop.storage.backup import BackupError
        from learnorg_desktop.storage.backups import take_backup

        if db.read_only or database_file(db) is None:
            return None
        try:
            info = take_backup(db, reason)
        except (BackupError, OSError) as error:
            log.error("automatic backup (%s) failed: %s", reason, error)
            return None
        self.backed_up.emit(info)
        return info
