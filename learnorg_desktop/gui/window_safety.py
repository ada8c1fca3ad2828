"""The window's database safety: the "last backup" label, File > Backups, restore, damaged file, risky places."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton

from learnorg_desktop.gui.database_opening import holder_text
from learnorg_desktop.gui.safety_net import SafetyNet, database_file
from learnorg_desktop.gui.tasks import Task, run_with_progress

if TYPE_CHECKING:
    from learnorg_desktop.services.progress import Progress
    from learnorg_desktop.storage.backups import BackupInfo, StagedRestore
    from learnorg_desktop.storage.database import Database
    from learnorg_desktop.storage.lock import Holder


class DatabaseSafety(QObject):
    """Owned by the main window: `current()` gives the open database, `reopen(location)` shows it again."""

    restored = Signal(bool)  # a restore ended: True when the backup is in place, False when cancelled or refused

    def __init__(self, window: QMainWindow, current: Callable[[], Database | None],
                 reopen: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window, self._db, self._reopen = window, current, reopen
        self.restoring: Task | None = None  # the restore running in the background, if any
        self.holder: Holder | None = None  # who writes instead, when the window is read-only
        self.label = QLabel()
        self.net = SafetyNet(self)
        self.net.backed_up.connect(self.show_last_backup)
        self.net.damaged.connect(self.database_damaged)

    def update_label(self) -> None:
        from learnorg_desktop.storage.backups import last_backup

        if self._db() is not None and self._db().read_only and self.holder is not None:
            self.label.setText(self.tr("Read-only: in use by %1").replace("%1", holder_text(self.holder)))
            return
        path = database_file(self._db()) if self._db() is not None else None
        if path is None:  # no database (the welcome page) or one on a server: there is no backup of ours to speak of
            self.label.clear()
            return
        self.show_last_backup(last_backup(path))

    def show_last_backup(self, info: BackupInfo | None) -> None:
        from learnorg_desktop.gui.dialogs.backups_dialog import local_time

        self.label.setText(self.tr("Last backup: %1").replace("%1", local_time(info)) if info
                                  else self.tr("No backup yet"))

    def warn_risky_location(self, db: Database) -> None:
        from learnorg_desktop.storage.location import RiskyLocation, risky_location

        path = database_file(db)
        risk = risky_location(path) if path is not None else None
        if risk is None:
            return
        where = self.tr("a network share") if risk is RiskyLocation.NETWORK else self.tr("a removable drive")
        QMessageBox.warning(self._window, self.tr("Database location"), self.tr(
            "This database is on %1. A save confirmed there may be lost if the connection drops or the drive is "
            "pulled out. Keep the database on this computer's own disk and use exchange files or backups to carry "
            "it.").replace("%1", where))

    def show_backups(self) -> None:
        from learnorg_desktop.gui.dialogs.backups_dialog import BackupsDialog
        from learnorg_desktop.storage.backups import backup_folder, list_backups, take_backup

        path = database_file(self._db()) if self._db() is not None else None
        if self._db() is None or path is None:
            QMessageBox.information(self._window, self.tr("Backups"), self.tr(
                "A database on a server is backed up with the server's own tools (pg_dump)."))
            return
        db = self._db()

        def backup_now(progress: Progress) -> tuple[BackupInfo, list[BackupInfo]]:  # worker thread
            return take_backup(db, "manual", progress=progress), list_backups(path)

        dialog = BackupsDialog(list_backups(path), backup_folder(path), None if db.read_only else backup_now,
                               self._window)
        dialog.backed_up.connect(self.net.backed_up)
        if dialog.exec() == BackupsDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_backup(dialog.chosen.path)

    def restore_backup(self, backup: Path, *, confirm: bool = True) -> bool:
        """Start replacing the open database by `backup`; False when nothing started. `restored` tells how it ended.

        The slow steps (checks, copy, current state set aside) run in the background, the database still open,
        and Cancel stops them; only then is the database closed and the checked copy renamed over it, so neither
        Cancel nor a failure can leave it half-restored.
        """
        from learnorg_desktop.storage.backups import prepare_restore

        db = self._db()
        path = database_file(db) if db is not None else None
        if db is None or db.read_only or path is None or self.restoring is not None:
            return False
        if confirm and QMessageBox.question(self._window, self.tr("Restore a backup"), self.tr(
                "Replace the database by this backup? Changes made since then will be set aside in a new backup, "
                "not lost.\n\nCancel works while the backup is checked and copied; the last step, putting it in "
                "place, always finishes, so the database is never left half-restored.")
                ) != QMessageBox.StandardButton.Yes:
            return False
        texts = self._restore_texts()
        self.restoring = run_with_progress(
            self._window, self.tr("Restoring a backup…"),
            lambda progress: prepare_restore(backup, path, progress=progress, texts=texts),
            lambda staged: self._swap_in(db, staged), self._restore_failed, lambda: self._restore_ended(False))
        self.restoring.progressed.connect(self._restore_progressed)
        return True

    def _restore_texts(self) -> dict[str, str]:
        from learnorg_desktop.storage.backups import RestoreStep

        return {RestoreStep.CHECK: self.tr("Checking the backup…"),
                RestoreStep.COPY: self.tr("Copying the backup beside the database…"),
                RestoreStep.VERIFY: self.tr("Checking the copy…"),
                RestoreStep.SET_ASIDE: self.tr("Setting the current state aside in a backup…"),
                RestoreStep.PLACE: self.tr("Putting the backup in place. This last step cannot be cancelled.")}

    def _restore_progressed(self, done: int, total: int, _text: str) -> None:
        task = self.restoring
        if task is not None and task.dialog is not None and done >= total - 1:  # past the last Cancel check
            for button in task.dialog.findChildren(QPushButton):
                button.setEnabled(False)

    def _swap_in(self, db: Database, staged: StagedRestore) -> None:
        """UI thread, after the checked copy is ready: close, rename, reopen (milliseconds plus the reopening)."""
        from learnorg_desktop.storage.backups import finish_restore

        if self._db() is not db:  # the window shows another database now: leave both alone
            staged.discard()
            self._restore_ended(False)
            return
        db.close()
        try:
            finish_restore(staged)
        except OSError as error:
            staged.discard()
            self._reopen(db.location)
            self._restore_failed(error)
            return
        self._reopen(db.location)
        self._window.statusBar().showMessage(self.tr("Backup restored."), 8000)
        self._restore_ended(True)

    def _restore_failed(self, error: BaseException) -> None:
        from learnorg_desktop.gui.errors import storage_error_text

        self._restore_ended(False)
        QMessageBox.warning(self._window, self.tr("Restore a backup"), self.tr(
            "The backup was not restored; the database is unchanged.\n%1").replace(
            "%1", storage_error_text(error) or str(error)))

    def _restore_ended(self, restored: bool) -> None:
        self.restoring = None
        self.restored.emit(restored)

    def database_damaged(self, problems: list[str]) -> None:
        from learnorg_desktop.storage.backups import list_backups
        from learnorg_desktop.storage.backups import problems as check

        path = database_file(self._db()) if self._db() is not None else None
        good = next((b for b in list_backups(path) if not check(b.path)), None) if path is not None else None
        text = self.tr("The integrity check of this database failed:\n%1").replace("%1", "; ".join(problems[:3]))
        if good is None:
            QMessageBox.critical(self._window, self.tr("Damaged database"), text + "\n\n" + self.tr(
                "No sound backup was found. Stop using this file and ask for help; do not delete it."))
            return
        from learnorg_desktop.gui.dialogs.backups_dialog import local_time

        answer = QMessageBox.question(self._window, self.tr("Damaged database"), text + "\n\n" + self.tr(
            "Restore the latest sound backup (%1)? The damaged file is kept in a backup.").replace(
            "%1", local_time(good)))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_backup(good.path, confirm=False)
