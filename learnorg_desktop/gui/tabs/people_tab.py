"""The People tab: volunteers, staff and partners, searched, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from learnorg_desktop.enums import PersonKind, PersonStatus
from learnorg_desktop.gui.dialogs.departure_dialog import DepartureDialog
from learnorg_desktop.gui.dialogs.onboarding_prompts import propose_offboarding, propose_onboarding
from learnorg_desktop.gui.dialogs.person_dialog import PersonDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.people_model import COLUMNS, PeopleTableModel, column_of
from learnorg_desktop.gui.tabs.people_tab_privacy import PrivacyActions
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.people import PersonRow
from learnorg_desktop.storage.database import Database

SEARCH_DELAY_MS = 120  # one query once typing pauses, not one per keystroke
COLUMN_WIDTHS = (190, 100, 70, 130, 90, 90, 80, 235, 115)

_STATUS_CHOICES: tuple[frozenset[PersonStatus], ...] = (
    frozenset({PersonStatus.ACTIVE, PersonStatus.INCOMING}),
    frozenset({PersonStatus.ACTIVE}),
    frozenset({PersonStatus.DEPARTED}),
    frozenset(),
)
_KIND_CHOICES: tuple[frozenset[PersonKind], ...] = (
    frozenset(),
    frozenset({PersonKind.VOLUNTEER}),
    frozenset({PersonKind.STAFF}),
    frozenset({PersonKind.PARTNER}),
)


class PeopleTab(QWidget):
    """The registry of everyone involved; emits `people_changed` after any edit or import."""

    people_changed = Signal()
    status_message = Signal(str)
    follow_up_requested = Signal(int)  # a person id: show their follow-up page (Dashboards tab)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        with db.read() as session:
            self._offices = organisation.list_offices(session)
            local = organisation.local_office(session)
        self._local_office_id = local.id if local else None
        self.model = PeopleTableModel(db, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._build()
        self.retranslate()
        self._update_count()
        self._update_actions()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.kind_combo, self.office_combo, self.status_combo = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.kind_combo, self.office_combo, self.status_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.addItems([""] * len(_KIND_CHOICES))
        self.status_combo.addItems([""] * len(_STATUS_CHOICES))
        self.office_combo.addItem("", None)
        for office in self._offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        for combo in (self.kind_combo, self.office_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.count_label = QLabel()
        self._search_label = QLabel()
        self._search_label.setBuddy(self.search_edit)
        filters = QHBoxLayout()
        filters.addWidget(self._search_label)
        filters.addWidget(self.search_edit, 1)
        for widget in (self.kind_combo, self.office_combo, self.status_combo):
            filters.addWidget(widget)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)
        self._build_table()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons_row)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures 50,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(column_of(self.model.query().sort), Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._kept_selection: int | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_person)

    def _build_buttons(self) -> None:
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.departure_button, self.cancel_departure_button = QPushButton(), QPushButton()
        self.import_button, self.follow_up_button = QPushButton(), QPushButton()
        self.follow_up_button.clicked.connect(self.open_follow_up)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.departure_button.clicked.connect(self.record_departure)
        self.cancel_departure_button.clicked.connect(self.cancel_departure)
        self.import_button.clicked.connect(self.import_people)
        self.privacy = PrivacyActions(self, self._db, self._current_row)
        self.privacy.people_changed.connect(lambda: (self.refresh(), self.people_changed.emit()))
        self.privacy.status_message.connect(self.status_message)
        self._buttons_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.departure_button, self.cancel_departure_button,
                       self.follow_up_button, self.privacy.button):
            self._buttons_row.addWidget(button)
        self._buttons_row.addStretch(1)
        self._buttons_row.addWidget(self.import_button)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("People"))
        self.model.retranslate()
        self._search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(self.tr("Name or e-mail…"))
        kinds = (self.tr("All kinds"), self.tr("Volunteers"), self.tr("Staff"), self.tr("Partners"))
        statuses = (self.tr("Active and incoming"), self.tr("Active"), self.tr("Departed"), self.tr("All statuses"))
        for combo, texts in ((self.kind_combo, kinds), (self.status_combo, statuses)):
            for i, text in enumerate(texts):
                combo.setItemText(i, text)
        self.office_combo.setItemText(0, self.tr("All offices"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.departure_button.setText(self.tr("Record &departure…"))
        self.cancel_departure_button.setText(self.tr("&Cancel departure"))
        self.follow_up_button.setText(self.tr("&Follow-up"))
        self.follow_up_button.setToolTip(self.tr("Open this person's follow-up page: skills over time, needs, "
                                                 "sessions, feedback and onboarding"))
        self.import_button.setText(self.tr("&Import…"))
        self.privacy.retranslate()
        self._update_count()

    # --- querying ----------------------------------------------------------------------------
    def apply_filters(self) -> None:
        """Re-run the query from the search box and the three filters, keeping the selection."""
        self._search_timer.stop()
        query = replace(
            self.model.query(), text=self.search_edit.text().strip(),
            kinds=_KIND_CHOICES[max(self.kind_combo.currentIndex(), 0)],
            office_id=self.office_combo.currentData(),
            statuses=_STATUS_CHOICES[max(self.status_combo.currentIndex(), 0)],
        )
        if query != self.model.query():
            self.model.set_query(query)

    def refresh(self) -> None:
        self.model.refresh()

    def _before_reset(self) -> None:
        self._kept_selection = self.current_person_id()

    def _after_reset(self) -> None:
        # Every re-query (filter, sort, refresh) keeps the selected person selected when still listed.
        if self._kept_selection is not None:
            self.select_person(self._kept_selection)
        self._update_count()
        self._update_actions()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:  # Phone and Languages: put the indicator back
            query = self.model.query()
            descending = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(column_of(query.sort), descending)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        text = self.tr("1 person") if count == 1 else self.tr("%Ln people", "", count)
        self.count_label.setText(text)

    # --- selection -----------------------------------------------------------------------------
    def current_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _update_actions(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        person = self.model.person_row(rows[0].row()) if rows else None
        self.edit_button.setEnabled(person is not None)
        self.follow_up_button.setEnabled(person is not None)
        self.departure_button.setEnabled(person is not None and person.status is not PersonStatus.DEPARTED)
        self.cancel_departure_button.setEnabled(person is not None and person.departure_date is not None)
        self.privacy.update(person)

    def _current_row(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_row(rows[0].row()) if rows else None

    def open_retention(self) -> QWidget:
        """The yearly retention review (also offered by the main window's start-up notice)."""
        return self.privacy.open_retention()

    def _default_office_id(self) -> int | None:
        return self.office_combo.currentData() or self._local_office_id

    # --- actions -------------------------------------------------------------------------------
    def add_person(self) -> PersonDialog:
        """Open the form (window-modal, not blocking) and select the new person once saved."""
        dialog = PersonDialog(self._db, default_office_id=self._default_office_id(), parent=self)
        # Asked once the form has closed: "Start onboarding with template X?"
        dialog.person_saved.connect(
            lambda person_id: QTimer.singleShot(0, lambda: propose_onboarding(self, self._db, person_id)))
        return self._open(dialog)

    def open_follow_up(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.follow_up_requested.emit(person_id)

    def edit_person(self, _index: QModelIndex | None = None) -> PersonDialog | None:
        person_id = self.current_person_id()
        if person_id is None:
            return None
        return self._open(PersonDialog(self._db, person_id, parent=self))

    def _open(self, dialog: PersonDialog) -> PersonDialog:
        dialog.person_saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, person_id: int) -> None:
        self.model.refresh()
        self.select_person(person_id)
        self.people_changed.emit()
        self.status_message.emit(self.tr("Saved."))

    def record_departure(self) -> DepartureDialog | None:
        person_id = self.current_person_id()
        if person_id is None:
            return None
        row = self.model.person_row(self.model.row_of(person_id) or 0)
        dialog = DepartureDialog(self._db, person_id, f"{row.first_name} {row.last_name}".strip(), self)
        dialog.departure_recorded.connect(self._saved)
        dialog.departure_recorded.connect(
            lambda person_id: QTimer.singleShot(0, lambda: propose_offboarding(self, self._db, person_id)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def cancel_departure(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        try:
            with self._db.transaction() as session:
                people.cancel_departure(session, person_id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Cancel departure"), service_error_text(error))
            return
        self._saved(person_id)

    def import_people(self) -> QWidget | None:
        """Open the import wizard (loaded on demand: it pulls in the spreadsheet readers)."""
        try:
            from learnorg_desktop.gui.dialogs.import_wizard import ImportWizard
        except ImportError:
            QMessageBox.information(self, self.tr("Import people"), self.tr("Importing is not available yet."))
            return None
        wizard = ImportWizard(self._db, self._default_office_id(), self)
        wizard.people_imported.connect(self._imported)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    def _imported(self, created: int, updated: int) -> None:
        self.refresh()
        self.people_changed.emit()
        self.status_message.emit(self.tr("Import done: %1 added, %2 updated.")
                                 .replace("%1", str(created)).replace("%2", str(updated)))
