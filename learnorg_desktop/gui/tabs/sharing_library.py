"""The shared resources library: search, filter by skill, add files and links, edit, delete, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import ResourceKind
from learnorg_desktop.gui.dialogs.resource_dialog import ResourceDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.keyboard import delete_key
from learnorg_desktop.gui.models.sharing_view_models import ResourcesModel
from learnorg_desktop.services import resources, skills
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.file_store import document_store
from learnorg_desktop.services.resources import ResourceQuery, ResourceRow
from learnorg_desktop.storage.database import Database

SEARCH_DELAY_MS = 200


def make_table(model: ResourcesModel | None = None) -> QTableView:
    """A read-only, row-selecting table (the look every list of this tab shares)."""
    table = QTableView()
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def fit_headers(table: QTableView, stretch: int) -> None:
    """Columns as wide as their header (never measuring the rows: thousands of them), `stretch` takes the rest."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    metrics = header.fontMetrics()
    model = table.model()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(column, max(metrics.horizontalAdvance(text) + 28, 80))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class LibraryView(QWidget):
    """Resources, newest first; `status_message` after each change."""

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = ResourcesModel(self)
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        self.skill_combo = QComboBox()
        self.skill_combo.addItem("", None)
        self.skill_combo.setMaximumWidth(280)
        self.count_label = QLabel()
        self.table = make_table(self.model)
        for column, width in enumerate((300, 60, 200, 70, 150, 90)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_resource())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.add_file_button, self.add_link_button, self.edit_button = QPushButton(), QPushButton(), QPushButton()
        self.delete_button, self.open_button = QPushButton(), QPushButton()
        self.add_file_button.clicked.connect(lambda: self.add_file())
        self.add_link_button.clicked.connect(lambda: self.add_link())
        self.edit_button.clicked.connect(lambda: self.edit_resource())
        self.delete_button.clicked.connect(self.delete_resource)
        delete_key(self.table, self.delete_button)
        self.open_button.clicked.connect(self.open_resource)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.skill_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._layout()
        self.retranslate()
        self._update_actions()
        # No query here: the container calls refresh() when the view is first shown.

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.skill_combo)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_file_button, self.add_link_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.search_edit.setAccessibleName(self.tr("Search the library"))
        self.table.setAccessibleName(self.tr("Resources"))
        self.search_edit.setPlaceholderText(self.tr("Search the title, description or file name…"))
        self.skill_combo.setItemText(0, self.tr("All skills"))
        self.add_file_button.setText(self.tr("Add a &file…"))
        self.add_link_button.setText(self.tr("Add a &link…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.open_button.setText(self.tr("&Open"))

    # --- loading ---------------------------------------------------------------------------------
    def query(self) -> ResourceQuery:
        return ResourceQuery(text=self.search_edit.text(), skill_id=self.skill_combo.currentData())

    def refresh(self) -> None:
        self._timer.stop()
        kept = self.current_id()
        with self._db.read() as session:
            self._refill_skills([(r.name, r.id) for r in skills.list_skills(session)])
            rows = resources.search_resources(session, self.query())
        self.model.set_rows(rows)
        self.select(kept)
        count = len(rows)
        self.count_label.setText(self.tr("1 resource") if count == 1
                                 else self.tr("%n resources", "", count))
        self._update_actions()

    def _refill_skills(self, wanted: list[tuple[str, int]]) -> None:
        combo = self.skill_combo
        if wanted == [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]:
            return
        kept = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for name, skill_id in wanted:
            combo.addItem(name, skill_id)
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        combo.blockSignals(False)

    def current_row(self) -> ResourceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select(self, resource_id: int | None) -> None:
        row = self.model.row_of(resource_id) if resource_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        selected = self.current_row() is not None
        for button in (self.edit_button, self.delete_button, self.open_button):
            button.setEnabled(selected)

    # --- actions ---------------------------------------------------------------------------------
    def _warn(self, title: str, error: ServiceError) -> None:
        QMessageBox.warning(self, title, service_error_text(error))

    def add_file(self) -> ResourceDialog | None:
        """Ask for a document, then its title and skills; it is copied into the store on OK."""
        try:
            store = document_store(self._db.engine)
        except ServiceError as error:  # NoFileStoreError: an in-memory database
            self._warn(self.tr("Add a file"), error)
            return None
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a file to the library"))
        if not name:
            return None
        return self._open(ResourceDialog(self._db, source=Path(name), store=store, parent=self))

    def add_link(self) -> ResourceDialog:
        return self._open(ResourceDialog(self._db, parent=self))

    def edit_resource(self) -> ResourceDialog | None:
        resource_id = self.current_id()
        if resource_id is None:
            return None
        return self._open(ResourceDialog(self._db, resource_id=resource_id, parent=self))

    def _open(self, dialog: ResourceDialog) -> ResourceDialog:
        dialog.resource_saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, resource_id: int) -> None:
        self.refresh()
        self.select(resource_id)
        self.status_message.emit(self.tr("Library saved."))

    def delete_resource(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete a resource"),
                                      self.tr("Remove “%1” from the library?").replace("%1", row.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.transaction() as session:
                resources.delete_resource(session, row.id)
        except ServiceError as error:
            self._warn(self.tr("Delete a resource"), error)
            return
        self.refresh()
        self.status_message.emit(self.tr("Resource deleted."))

    def open_resource(self) -> bool:
        """Open a document with the system's program, or a link in the browser or mail client."""
        row = self.current_row()
        if row is None:
            return False
        try:
            url = self._url(row)
        except ServiceError as error:  # StoredFileMissingError, NoFileStoreError
            self._warn(self.tr("Open a resource"), error)
            return False
        if not QDesktopServices.openUrl(url):
            QMessageBox.warning(self, self.tr("Open a resource"),
                                self.tr("No program could open “%1”.").replace("%1", url.toDisplayString()))
            return False
        return True

    def _url(self, row: ResourceRow) -> QUrl:
        if row.kind is ResourceKind.FILE:
            store = document_store(self._db.engine)
            with self._db.read() as session:
                return QUrl.fromLocalFile(str(resources.stored_file_path(session, store, row.id)))
        if "://" in row.url or row.url.lower().startswith("mailto:"):
            return QUrl(row.url)
        return QUrl.fromLocalFile(row.url)  # a path on a shared drive
