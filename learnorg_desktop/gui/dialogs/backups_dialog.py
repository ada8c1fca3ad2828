"""File > Backups: the automatic backups of the open database, newest first, and restoring one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.gui.errors import storage_error_text
from learnorg_desktop.gui.formatting import number
from learnorg_desktop.gui.models.rows_model import RowsModel
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.backups import BackupInfo


def local_time(info: BackupInfo) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(info.taken_at.timestamp())).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class BackupsModel(RowsModel):
    """One row per backup: when, why, size."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))

    def reason_text(self, reason: str) -> str:
        texts = {
            "start": self.tr("Application started"), "close": self.tr("Application closed"),
            "manual": self.tr("Backed up by hand"), "before-migration": self.tr("Before a database upgrade"),
            "before-restore": self.tr("Before a restore"), "import": self.tr("Before an import"),
            "exchange": self.tr("Before merging an exchange file"),
        }
        return texts.get(reason, reason)

    def cell(self, row: BackupInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_time(row)
            if column == 1:
                return self.reason_text(row.reason)
            try:
                size = row.size
            except OSError:  # thinned away since it was listed (a backup taken meanwhile)
                return "–"
            return self.tr("%1 MB").replace("%1", number(size / 1_000_000, 1))
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        return None

    def row_id(self, row: BackupInfo) -> Any:
        return str(row.path)


BackupNow = Callable[[Progress], tuple[BackupInfo, list[BackupInfo]]]
"""Takes a backup (worker thread, Cancel until the copy is written): the new one and the whole list."""


class BackupsDialog(QDialog):
    """Lists the backups; "Restore…" accepts the dialog with `chosen` set, "Back up now" runs `backup_now`."""

    backed_up = Signal(object)  # the BackupInfo "Back up now" wrote

    def __init__(self, backups: Sequence[BackupInfo], folder: Path, backup_now: BackupNow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: BackupInfo | None = None
        self._folder, self._backup_now = folder, backup_now
        self.task: Task | None = None  # "Back up now" in the background
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.set_rows(backups)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self._restore())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton()
        self.now_button = QPushButton()
        self.folder_button = QPushButton()
        for button in (self.restore_button, self.now_button, self.folder_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        self.now_button.clicked.connect(self._now)
        self.now_button.setEnabled(backup_now is not None)
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder))))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        if backups:
            self.table.selectRow(0)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(self.tr(
            "LearnOrg Desktop backs up this database when it starts and closes, before every upgrade, import and "
            "merge, and keeps about a year of them. Restoring one checks it first and backs up the current state, "
            "so a restore can be undone."))
        self.restore_button.setText(self.tr("&Restore…"))
        self.now_button.setText(self.tr("Back up &now"))
        self.folder_button.setText(self.tr("Open &folder"))

    def _selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _restore(self) -> None:
        self.chosen = self._selected()
        if self.chosen is not None:
            self.accept()

    def _now(self) -> None:
        if self._backup_now is None or self.task is not None:
            return
        # About a second at 50,000 people (more with many documents): in the background, Cancel until written.
        self.task = run_with_progress(self, self.tr("Backing up…"), self._backup_now, self._backed_up,
                                      self._failed, lambda: self._ended())

    def _backed_up(self, result: tuple[BackupInfo, list[BackupInfo]]) -> None:
        info, backups = result
        self._ended()
        self.model.set_rows(backups)
        self.table.selectRow(0)
        self.backed_up.emit(info)

    def _failed(self, error: BaseException) -> None:
        self._ended()
        QMessageBox.warning(self, self.tr("Back up now"), self.tr("The backup failed:\n%1").replace(
            "%1", storage_error_text(error) or str(error)))

    def _ended(self) -> None:
        self.task = None
