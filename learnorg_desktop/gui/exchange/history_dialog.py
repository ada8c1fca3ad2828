"""File > Exchange > History…: the files sent and received, newest first, and what each one held or did."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.exchange.history import PackageRecord, list_history
from learnorg_desktop.gui.exchange.count_models import OutcomeCountsModel, RecordCountsModel, counts_view, fit_columns
from learnorg_desktop.gui.exchange.labels import direction_label, office_text, short_id, yes_no
from learnorg_desktop.gui.formatting import date_time, number
from learnorg_desktop.gui.models.rows_model import RowsModel
from learnorg_desktop.storage.database import Database


class HistoryModel(RowsModel):
    """One row per package: direction, office, dates, export number, full or changes, protected, records."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Direction"), self.tr("Office"), self.tr("Made on"), self.tr("Recorded on"),
                self.tr("Export"), self.tr("Content"), self.tr("Protected"), self.tr("Records"))

    def cell(self, row: PackageRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            content = self.tr("Full copy") if row.full else self.tr("Changes")
            return (direction_label(row.direction), office_text(row.peer_office), date_time(row.created_at),
                    date_time(row.recorded_at), short_id(row.export_id), content, yes_no(row.encrypted),
                    number(row.record_count))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return row.export_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HistoryDialog(QDialog):
    """The history table over a details pane; the office filter narrows both directions at once."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.office_label, self.office_combo = QLabel(), QComboBox()
        self.office_label.setBuddy(self.office_combo)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = HistoryModel(self)
        self.outcomes_model, self.records_model = OutcomeCountsModel(self), RecordCountsModel(self)
        self.view, self.counts_view = QTableView(), counts_view(self.outcomes_model)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        self._layout()
        self.retranslate()
        self._fill_offices()
        self.office_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.resize(900, 600)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.office_label)
        top.addWidget(self.office_combo)
        top.addStretch()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.detail_label)
        details_layout.addWidget(self.counts_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(details)
        splitter.setSizes([260, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        layout.addWidget(self.close_buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange history"))
        self.office_label.setText(self.tr("&Office:"))
        if self.office_combo.count():
            self.office_combo.setItemText(0, self.tr("All offices"))
        self._show_current()

    def _fill_offices(self) -> None:
        with self.db.read() as session:
            offices = sorted({r.peer_office for r in list_history(session) if r.peer_office})
        self.office_combo.addItem(self.tr("All offices"), None)
        for code in offices:
            self.office_combo.addItem(code, code)

    def refresh(self) -> None:
        with self.db.read() as session:
            rows = list_history(session, peer_office=self.office_combo.currentData())
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        self._show_current()

    def current(self) -> PackageRecord | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        record = self.current()
        if record is None:
            self.outcomes_model.set_counts({})
            self.counts_view.setModel(self.outcomes_model)
            self.detail_label.setText(self.tr("No file was sent or received yet.") if not self.model.rowCount()
                                      else "")
            fit_columns(self.counts_view)
            return
        if record.direction == "sent":
            self.records_model.set_counts(record.counts)
            self.counts_view.setModel(self.records_model)
            text = self.tr("File sent to %1, export %2.")
        else:
            self.outcomes_model.set_counts(record.counts)
            self.counts_view.setModel(self.outcomes_model)
            text = self.tr("File received from %1, export %2.")
        self.detail_label.setText(text.replace("%1", office_text(record.peer_office))
                                  .replace("%2", record.export_id))
        fit_columns(self.counts_view)
