"""The window's database safety: the "last backup" label, File > Backups, restore, damaged file, risky places."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from learnorg_desktop.gui.database_opening import holder_text
from learnorg_desktop.gui.safety_net import SafetyNet, database_file

if TYPE_CHECKING:
    from learnorg_desktop.storage.backups import BackupInfo
    from learnorg_desktop.storage.database import Database
    from learnorg_desktop.storage.lock import Holder


class DatabaseSafety(QObject):
    """Owned by the main window: `current()` gives the open database, `reopen(location)` shows it again."""

    def __init__(self, window: QMainWindow, current: Callable[[], Database | None],
                 reopen: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window, self._db, self._reopen = window, current, reopen
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
        info = last_backup(path) if path is not None else None
        self.show_last_backup(info)

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
        from learnorg_desktop.storage.backups import backup_folder, list_backups

        path = database_file(self._db()) if self._db() is not None else None
        if self._db() is None or path is None:
            QMessageBox.information(self._window, self.tr("Backups"), self.tr(
                "A database on a server is backed up with the server's own tools (pg_dump)."))
            return
        db = self._db()

        def backup_now() -> list[BackupInfo] | None:
            return list_backups(path) if self.net.backup_now(db, "manual") else None

        dialog = BackupsDialog(list_backups(path), backup_folder(path), None if db.read_only else backup_now,
                               self._window)
        if dialog.exec() == BackupsDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_backup(dialog.chosen.path)

    def restore_backup(self, backup: Path, *, confirm: bool = True) -> bool:
        """Replace the open database by `backup` (checked, current state backed up first), then reopen it."""
        from learnorg_desktop.storage.backup import BackupError
        from learnorg_desktop.storage.backups import restore

        if self._db() is None or self._db().read_only or database_file(self._db()) is None:
            return False
        if confirm and QMessageBox.question(self._window, self.tr("Restore a backup"), self.tr(
                "Replace the database by this backup? Changes made since then will be set aside in a new backup, "
                "not lost.")) != QMessageBox.StandardButton.Yes:
            return False
        location, path = self._db().location, database_file(self._db())
        assert path is not None
        self._db().close()
        try:
            restore(backup, path)
        except (BackupError, OSError) as error:
            QMessageBox.warning(self._window, self.tr("Restore a backup"), self.tr(
                "The backup was not restored; the database is unchanged.\n%1").replace("%1", str(error)))
            self._reopen(location)
            return False
        self._reopen(location)
        self._window.statusBar().showMessage(self.tr("Backup restored."), 8000)
        return True

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
