"""File > Exchange > Conflicts…: records changed both here and in another office, settled version by version
or field by field. The other office receives the decision with the next file sent to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.exchange.conflict_labels import record_label, reference_labels
from learnorg_desktop.exchange.conflicts import ConflictRow, Pick, list_conflicts, resolve_conflict
from learnorg_desktop.exchange.entities import entity
from learnorg_desktop.gui.errors import service_error_text, show_error
from learnorg_desktop.gui.exchange.conflict_models import (
    ConflictFieldsModel,
    ConflictItem,
    ConflictsModel,
    resolution,
)
from learnorg_desktop.gui.exchange.labels import conflicts_text, entity_label
from learnorg_desktop.gui.formatting import date_time
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


def _item(conflict: ConflictRow, references: dict[str, str]) -> ConflictItem:
    """Records without a name of their own (a skill level, an attendance) are named by what they link."""
    label = record_label(conflict.kept)
    if not label:
        linked = (references.get(str(conflict.kept.get(column))) for column, _ in entity(conflict.entity).references)
        label = " – ".join(name for name in linked if name)
    return ConflictItem(conflict, label, references)


class ConflictsDialog(QDialog):
    """Emits `resolved` after each conflict settled (the window then shows the new data)."""

    resolved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.resolved_count = 0
        self.show_resolved_check = QCheckBox()
        self.show_resolved_check.toggled.connect(lambda _checked: self.refresh())
        self.count_label, self.detail_label = QLabel(), QLabel()
        self.detail_label.setWordWrap(True)
        self.model, self.fields_model = ConflictsModel(self), ConflictFieldsModel(self)
        self.view, self.fields_view = QTableView(), QTableView()
        self._setup_views()
        self.keep_button, self.other_button, self.apply_button = QPushButton(), QPushButton(), QPushButton()
        self.keep_button.clicked.connect(lambda: self._resolve(set()))
        self.other_button.clicked.connect(self._take_other)
        self.apply_button.clicked.connect(lambda: self._resolve(set(self.fields_model.take_other)))
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        self._layout()
        self.retranslate()
        self.resize(960, 640)
        self.refresh()

    def _setup_views(self) -> None:
        for view, model in ((self.view, self.model), (self.fields_view, self.fields_model)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.fields_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.fields_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.show_resolved_check)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.detail_label)
        details_layout.addWidget(self.fields_view)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.other_button, self.apply_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_buttons)
        details_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(details)
        splitter.setSizes([160, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange conflicts"))
        self.show_resolved_check.setText(self.tr("Show &resolved"))
        self.keep_button.setText(self.tr("&Keep this office's version"))
        self.other_button.setText(self.tr("&Take the other version"))
        self.apply_button.setText(self.tr("&Apply chosen fields"))
        self.apply_button.setToolTip(self.tr(
            "Tick, field by field, where the other office's value is the right one, then apply."))
        self._update_count()
        self._show_current()

    def refresh(self) -> None:
        """Reload the list (open conflicts, or all of them), keeping the selection when it is still there."""
        current = self.current()
        with self.db.read() as session:
            rows = list_conflicts(session, include_resolved=self.show_resolved_check.isChecked())
            items = [_item(row, reference_labels(session, row)) for row in rows]
        self.model.set_rows(items)
        self._update_count()
        row = self.model.row_of(current.id) if current is not None else None
        if row is None and items:
            row = 0
        if row is not None:
            self.view.selectRow(row)
        self._show_current()

    def _update_count(self) -> None:
        open_count = sum(1 for i in self.model.rows() if i.conflict.resolved_at is None)
        self.count_label.setText(conflicts_text(open_count) or self.tr("No conflict to review."))

    def current(self) -> ConflictItem | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        item = self.current()
        editable = item is not None and item.conflict.resolved_at is None and not self.db.read_only
        self.fields_model.set_conflict(item, editable=editable)
        for button in (self.keep_button, self.other_button, self.apply_button):
            button.setEnabled(editable)
        if item is None:
            self.detail_label.setText(self.tr("Choose a conflict in the list to compare both versions."))
            return
        conflict = item.conflict
        text = self.tr("%1 “%2” was changed here and in the office %3 (file received on %4).") \
            .replace("%1", entity_label(conflict.entity)).replace("%2", item.label or conflict.record_uuid[:8]) \
            .replace("%3", conflict.peer_office).replace("%4", date_time(conflict.detected_at))
        if conflict.resolved_at is None:
            text += " " + (self.tr("This office's version is in use until you choose.") if conflict.kept_local
                           else self.tr("The other office's version is in use (it is the newer one) until you "
                                        "choose."))
        if self.db.read_only:
            text += " " + self.tr("The database is open read-only: conflicts cannot be resolved here.")
        self.detail_label.setText(text)

    def _take_other(self) -> None:
        item = self.current()
        if item is not None:
            self._resolve(set(item.conflict.differing_fields))

    def _resolve(self, take_other: set[str]) -> None:
        item = self.current()
        if item is None or self.db.read_only:
            return
        pick, fields = resolution(item.conflict, take_other)
        self.resolve(item.id, pick, fields)

    def resolve(self, conflict_id: int, pick: Pick, fields: set[str] | None) -> bool:
        """Settle one conflict in one transaction; the list then moves on to the next one."""
        try:
            with self.db.transaction() as session:
                resolve_conflict(session, conflict_id, pick, fields=fields)
        except ServiceError as error:
            show_error(self, self.tr("Exchange conflicts"), service_error_text(error))
            self.refresh()
            return False
        self.resolved_count += 1
        self.refresh()
        self.resolved.emit()
        return True
