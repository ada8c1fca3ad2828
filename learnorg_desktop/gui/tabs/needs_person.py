"""One person's skills: current levels, the history of a skill, new assessments, role comparison."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.gui.dialogs.assessment_dialog import AssessmentDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.skills_models import CurrentLevelsModel, HistoryModel, ProposalsModel
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.gui.widgets.person_picker import PersonPicker
from learnorg_desktop.services import assessments, people, role_gaps
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


def make_table(model: object, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table as every needs view uses it."""
    table = QTableView(parent)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one line a row, never measured
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PersonSkillsView(LazyView):
    """Pick a person on the left; their levels, a skill's history and role gaps on the right."""

    needs_changed = Signal()
    assessments_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._person_id: int | None = None
        self._person_name = ""
        self.picker = PersonPicker(db, self)
        self.picker.person_selected.connect(self.show_person)
        self.levels_model, self.history_model = CurrentLevelsModel(self), HistoryModel(self)
        self.proposals_model = ProposalsModel(self)
        self.levels_table = make_table(self.levels_model)
        for column, width in enumerate((230, 140, 110, 100, 95, 95)):
            self.levels_table.setColumnWidth(column, width)
        self.levels_table.selectionModel().selectionChanged.connect(lambda *_: self._show_history())
        self.levels_table.doubleClicked.connect(lambda _i: self.record_assessment())
        self.history_table = make_table(self.history_model)
        self.proposals_table = make_table(self.proposals_model)
        self.proposals_table.setColumnWidth(0, 260)
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.record_button, self.create_needs_button = QPushButton(), QPushButton()
        self.record_button.clicked.connect(self.record_assessment)
        self.create_needs_button.clicked.connect(self.create_needs)
        self.history_box, self.proposals_box = QGroupBox(), QGroupBox()
        self._layout()
        self.retranslate()
        self._update_actions()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.record_button)
        history = QVBoxLayout(self.history_box)
        history.addWidget(self.history_table)
        proposals = QVBoxLayout(self.proposals_box)
        proposals.addWidget(self.proposals_table)
        proposals.addWidget(self.create_needs_button, 0, Qt.AlignmentFlag.AlignRight)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.history_box)
        lower.addWidget(self.proposals_box)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.levels_table, 3)
        column.addWidget(lower, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.levels_table.setAccessibleName(self.tr("Skill levels"))
        self.picker.retranslate()
        self.record_button.setText(self.tr("&Record an assessment…"))
        self.create_needs_button.setText(self.tr("Create the ticked needs"))
        self.history_box.setTitle(self.tr("History of the selected skill"))
        self.proposals_box.setTitle(self.tr("Compared with the role's expected skills"))
        if self._person_id is None:
            self.name_label.setText(self.tr("Choose a person in the list."))

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.picker.refresh()
        if self._person_id is not None:
            self.show_person(self._person_id)

    def show_person(self, person_id: int) -> None:
        """Load the person's levels and role gaps (a handful of rows: done at once)."""
        today = date.today()
        try:
            with self._db.read() as session:
                row = people.fetch_rows(session, [person_id], today).get(person_id)
                levels = assessments.current_levels(session, person_id, today)
                proposals = role_gaps.propose_role_needs(session, person_id, today)
        except ServiceError:
            return
        if row is None:
            return
        self._person_id = person_id
        self._person_name = f"{row.first_name} {row.last_name}".strip()
        role = f" – {row.role}" if row.role else ""
        self.name_label.setText(f"{self._person_name}{role}")
        kept = self.current_skill_id()
        self.levels_model.today = today
        self.levels_model.set_rows(levels)
        self.proposals_model.set_rows(proposals)
        row_index = self.levels_model.row_of(kept) if kept is not None else None
        if row_index is None and levels:
            row_index = 0  # show a history at once
        if row_index is not None:
            self.levels_table.selectRow(row_index)
        self._show_history()
        self._update_actions()

    def person_id(self) -> int | None:
        return self._person_id

    def current_skill_id(self) -> int | None:
        rows = self.levels_table.selectionModel().selectedRows()
        return self.levels_model.row_at(rows[0].row()).skill_id if rows else None

    def _show_history(self) -> None:
        skill_id = self.current_skill_id()
        if self._person_id is None or skill_id is None:
            self.history_model.set_rows([])
            return
        with self._db.read() as session:
            self.history_model.set_rows(assessments.history(session, self._person_id, skill_id))

    def _update_actions(self) -> None:
        self.record_button.setEnabled(self._person_id is not None)
        self.create_needs_button.setEnabled(bool(self.proposals_model.rowCount()))
        self.proposals_box.setVisible(self._person_id is not None)

    # --- actions ---------------------------------------------------------------------------------
    def record_assessment(self) -> AssessmentDialog | None:
        if self._person_id is None:
            return None
        dialog = AssessmentDialog(self._db, self._person_id, self._person_name, skill_id=self.current_skill_id(),
                                  parent=self)
        dialog.assessment_recorded.connect(self._recorded)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _recorded(self, _assessment_id: int) -> None:
        if self._person_id is not None:
            self.show_person(self._person_id)
        self.assessments_changed.emit()

    def create_needs(self) -> list[int]:
        chosen = self.proposals_model.checked()
        if not chosen or self._person_id is None:
            return []
        try:
            with self._db.transaction() as session:
                ids = role_gaps.create_needs_from_proposals(session, chosen, date.today())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Create needs"), service_error_text(error))
            return []
        self.show_person(self._person_id)
        self.needs_changed.emit()
        return ids
