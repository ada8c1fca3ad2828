"""The learning needs list: filters, add/edit, and status changes along the need's lifecycle."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import NeedOrigin, NeedStatus
from learnorg_desktop.gui.dialogs.need_dialog import NeedDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.keyboard import delete_key
from learnorg_desktop.gui.models.needs_models import NeedsModel
from learnorg_desktop.gui.models.skill_labels import need_status_label, origin_label, status_action_label
from learnorg_desktop.gui.tabs.needs_person import make_table
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.services import needs, organisation, skills
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.needs import NeedFilter
from learnorg_desktop.storage.database import Database

UNCLOSED = frozenset({NeedStatus.OPEN, NeedStatus.PLANNED, NeedStatus.IN_PROGRESS})
_OWNER_CHOICES: tuple[bool | None, ...] = (None, False, True)


class NeedsListView(LazyView):
    """Needs, most urgent first; `needs_changed` after any edit."""

    needs_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = NeedsModel(self)
        self.office_combo, self.status_combo, self.skill_combo = QComboBox(), QComboBox(), QComboBox()
        self.origin_combo, self.owner_combo = QComboBox(), QComboBox()
        self._fill_filters()
        self.table = make_table(self.model)
        for column, width in enumerate((240, 70, 280, 110, 80, 95, 100)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_need())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.status_button = QToolButton()
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        self.add_button.clicked.connect(self.add_need)
        self.edit_button.clicked.connect(self.edit_need)
        self.delete_button.clicked.connect(self.delete_need)
        delete_key(self.table, self.delete_button)
        self.count_label = QLabel()
        self._layout()
        self.retranslate()
        self._update_actions()

    def _fill_filters(self) -> None:
        with self._db.read() as session:
            offices = organisation.list_offices(session)
        self.office_combo.addItem("", None)
        for office in offices:
            self.office_combo.addItem(office.code, office.id)
        self.status_combo.addItems(["", ""])  # unclosed, all
        for status in NeedStatus:
            self.status_combo.addItem(need_status_label(status), status.value)
        self.origin_combo.addItem("", None)
        for origin in NeedOrigin:
            self.origin_combo.addItem(origin_label(origin), origin.value)
        self.owner_combo.addItems([""] * len(_OWNER_CHOICES))
        self.skill_combo.addItem("", None)
        self.skill_combo.setMaximumWidth(260)
        for combo in (self.office_combo, self.status_combo, self.skill_combo, self.origin_combo, self.owner_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.office_combo, self.status_combo, self.skill_combo, self.origin_combo, self.owner_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.status_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Learning needs"))
        self.office_combo.setItemText(0, self.tr("All offices"))
        self.status_combo.setItemText(0, self.tr("Not closed"))
        self.status_combo.setItemText(1, self.tr("All statuses"))
        self.skill_combo.setItemText(0, self.tr("All skills and topics"))
        self.origin_combo.setItemText(0, self.tr("All origins"))
        for index, text in enumerate((self.tr("Individual and collective"), self.tr("Individual"),
                                      self.tr("Collective"))):
            self.owner_combo.setItemText(index, text)
        self.add_button.setText(self.tr("&Add a need…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.status_button.setText(self.tr("Change &status"))
        self.delete_button.setText(self.tr("&Delete"))

    # --- loading ---------------------------------------------------------------------------------
    def need_filter(self) -> NeedFilter:
        index = self.status_combo.currentIndex()
        statuses = UNCLOSED if index <= 0 else (frozenset() if index == 1 else
                                                 frozenset({NeedStatus(self.status_combo.currentData())}))
        origin = self.origin_combo.currentData()
        return NeedFilter(office_id=self.office_combo.currentData(), statuses=statuses,
                          skill_id=self.skill_combo.currentData(),
                          origins=frozenset({NeedOrigin(origin)}) if origin else frozenset(),
                          collective=_OWNER_CHOICES[max(self.owner_combo.currentIndex(), 0)])

    def refresh(self) -> None:
        kept = self.current_need_id()
        with self._db.read() as session:
            self._refill_skills(skills.list_skills(session))
            rows = needs.list_needs(session, self.need_filter())
        self.model.today = date.today()
        self.model.set_rows(rows)
        self.select_need(kept)
        count = len(rows)
        self.count_label.setText(self.tr("1 need") if count == 1 else self.tr("%1 needs").replace("%1", str(count)))
        self._update_actions()

    def _refill_skills(self, rows: list[skills.SkillRow]) -> None:
        wanted = [(r.name, r.id) for r in rows]
        combo = self.skill_combo
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
        if wanted == current:
            return
        kept = self.skill_combo.currentData()
        self.skill_combo.blockSignals(True)
        while self.skill_combo.count() > 1:
            self.skill_combo.removeItem(1)
        for name, skill_id in wanted:
            self.skill_combo.addItem(name, skill_id)
        self.skill_combo.setCurrentIndex(max(self.skill_combo.findData(kept), 0))
        self.skill_combo.blockSignals(False)

    def current_need_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_need(self, need_id: int | None) -> None:
        row = self.model.row_of(need_id) if need_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        selected = self.current_need_id() is not None
        for button in (self.edit_button, self.status_button, self.delete_button):
            button.setEnabled(selected)

    # --- actions ---------------------------------------------------------------------------------
    def add_need(self, person_id: int | None = None) -> NeedDialog:
        return self._open(NeedDialog(self._db, person_id=person_id, office_id=self.office_combo.currentData(),
                                     parent=self))

    def edit_need(self) -> NeedDialog | None:
        need_id = self.current_need_id()
        return None if need_id is None else self._open(NeedDialog(self._db, need_id, parent=self))

    def _open(self, dialog: NeedDialog) -> NeedDialog:
        dialog.need_saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, need_id: int) -> None:
        self.refresh()
        self.select_need(need_id)
        self.needs_changed.emit()

    def allowed_statuses(self) -> list[NeedStatus]:
        """Where the selected need can go next, in lifecycle order."""
        need_id = self.current_need_id()
        if need_id is None:
            return []
        status = self.model.row_at(self.model.row_of(need_id) or 0).status
        allowed = needs.allowed_transitions(status)
        return [s for s in NeedStatus if s in allowed]

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        for status in self.allowed_statuses():
            action = self.status_menu.addAction(status_action_label(status))
            action.triggered.connect(lambda _checked=False, s=status: self.change_status(s))

    def _context_menu(self, position: QPoint) -> None:
        if self.current_need_id() is not None:
            self._fill_status_menu()
            self.status_menu.popup(self.table.viewport().mapToGlobal(position))

    def change_status(self, status: NeedStatus) -> bool:
        need_id = self.current_need_id()
        if need_id is None:
            return False
        try:
            with self._db.transaction() as session:
                needs.change_status(session, need_id, status, date.today())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Change status"), service_error_text(error))
            return False
        self._saved(need_id)
        return True

    def delete_need(self) -> None:
        need_id = self.current_need_id()
        if need_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete a need"), self.tr("Delete this learning need?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self._db.transaction() as session:
            needs.delete_need(session, need_id)
        self.refresh()
        self.needs_changed.emit()
