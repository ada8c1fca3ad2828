"""The File > Exchange submenu and the dialogs behind it; owned by the main window.

The dialogs (and the database layer they need) load when an action is used, not when the window is
built, so the window still paints before SQLAlchemy loads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from learnorg_desktop.gui.exchange.export_dialog import ExportRun
    from learnorg_desktop.storage.database import Database


class ExchangeController(QObject):
    """`current()` gives the open database; `reload()` shows the window's tabs again after an import or a choice."""

    def __init__(self, window: QMainWindow, current: Callable[[], Database | None],
                 reload: Callable[[], object]) -> None:
        super().__init__(window)
        self._window, self._db, self._reload = window, current, reload
        self.menu = QMenu(window)
        self.export_action, self.import_action = QAction(self), QAction(self)
        self.conflicts_action, self.history_action = QAction(self), QAction(self)
        self.export_action.triggered.connect(self.send_changes)
        self.import_action.triggered.connect(self.receive_file)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.history_action.triggered.connect(self.show_history)
        for action in (self.export_action, self.import_action, self.conflicts_action, self.history_action):
            self.menu.addAction(action)
        self.menu.aboutToShow.connect(self.update_state)  # conflicts may have come or gone meanwhile
        self.open_conflicts = 0
        self.export_run: ExportRun | None = None
        self.retranslate()
        self.update_state()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("E&xchange"))
        self.export_action.setText(self.tr("&Send changes to an office…"))
        self.export_action.setStatusTip(self.tr("Write a file with this office's changes for another office."))
        self.import_action.setText(self.tr("&Receive a file…"))
        self.import_action.setStatusTip(self.tr("Preview, then merge a file sent by another office."))
        self.history_action.setText(self.tr("&History…"))
        self.history_action.setStatusTip(self.tr("The files sent and received."))
        self.conflicts_action.setStatusTip(self.tr("Records changed both here and in another office."))
        self._conflicts_text()

    def _conflicts_text(self) -> None:
        self.conflicts_action.setText(self.tr("&Conflicts (%1)…").replace("%1", str(self.open_conflicts))
                                      if self.open_conflicts else self.tr("&Conflicts…"))

    def update_state(self) -> None:
        """Enable what the open database allows and show how many conflicts wait (the window calls this)."""
        db = self._db()
        writable = db is not None and not db.read_only
        self.export_action.setEnabled(writable)
        self.import_action.setEnabled(writable)
        self.conflicts_action.setEnabled(db is not None)
        self.history_action.setEnabled(db is not None)
        self.open_conflicts = 0
        if db is not None:
            from learnorg_desktop.exchange.conflicts import open_conflict_count

            with db.read() as session:
                self.open_conflicts = open_conflict_count(session)
        self._conflicts_text()

    def send_changes(self) -> None:
        from learnorg_desktop.gui.exchange.export_dialog import send_changes

        db = self._db()
        if db is not None and not db.read_only:
            self.export_run = send_changes(self._window, db)

    def receive_file(self) -> None:
        from learnorg_desktop.gui.exchange.receive_wizard import ReceiveWizard

        db = self._db()
        if db is None or db.read_only:
            return
        wizard = ReceiveWizard(db, self._window)
        wanted: list[bool] = []
        wizard.imported.connect(lambda _report: self._reload())
        wizard.conflicts_requested.connect(lambda: wanted.append(True))
        wizard.exec()
        wizard.deleteLater()
        self.update_state()
        if wanted:
            self.show_conflicts()

    def show_conflicts(self) -> None:
        from learnorg_desktop.gui.exchange.conflicts_dialog import ConflictsDialog

        db = self._db()
        if db is None:
            return
        dialog = ConflictsDialog(db, self._window)
        dialog.resolved.connect(self.update_state)
        dialog.exec()
        resolved = dialog.resolved_count
        dialog.deleteLater()
        if resolved:
            self._reload()  # the chosen versions are now in the tabs' data
        self.update_state()

    def show_history(self) -> None:
        from learnorg_desktop.gui.exchange.history_dialog import HistoryDialog

        db = self._db()
        if db is None:
            return
        dialog = HistoryDialog(db, self._window)
        dialog.exec()
        dialog.deleteLater()
