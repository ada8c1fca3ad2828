"""The yearly retention review: people who left more than N years ago, anonymised in one go."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.gui.dialogs.anonymise import confirm_anonymisation, run_anonymisation
from learnorg_desktop.gui.models.privacy_models import DueModel
from learnorg_desktop.gui.models.rows_model import short_date
from learnorg_desktop.gui.tasks import Task
from learnorg_desktop.services import privacy
from learnorg_desktop.storage.database import Database


class RetentionDialog(QDialog):
    """Lists the people due; `people_anonymised(count)` after an anonymisation, `reviewed` once marked done."""

    people_anonymised = Signal(int)
    reviewed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._db, self.today = db, today or date.today()
        self.task: Task | None = None
        with db.read() as session:
            years = privacy.retention_years(session)
            reviewed_on = privacy.retention_reviewed_on(session)
        self._reviewed_on = reviewed_on
        self.intro, self.years_label, self.reviewed_label = QLabel(), QLabel(), QLabel()
        self.intro.setWordWrap(True)
        self.years_spin = QSpinBox(minimum=1, maximum=50, value=years)
        self.years_label.setBuddy(self.years_spin)
        self.years_spin.valueChanged.connect(self._years_changed)
        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.select_all_button, self.anonymise_button = QPushButton(), QPushButton()
        self.done_button = QPushButton()
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.anonymise_button.clicked.connect(lambda: self.anonymise_selected())
        self.done_button.clicked.connect(self.mark_reviewed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.retranslate()
        self.reload()
        self.resize(620, 460)

    def _lay_out(self) -> None:
        years_row = QHBoxLayout()
        years_row.addWidget(self.years_label)
        years_row.addWidget(self.years_spin)
        years_row.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.select_all_button)
        actions.addStretch(1)
        actions.addWidget(self.anonymise_button)
        actions.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(years_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reviewed_label)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention review"))
        self.intro.setText(self.tr(
            "Personal data is kept only as long as it is needed. The people below left long ago: anonymise them "
            "(their identity is erased, the statistics stay) or keep them if there is a reason, then mark the "
            "review as done for this year."))
        self.years_label.setText(self.tr("List people who left more than (&years):"))
        self.select_all_button.setText(self.tr("Select &all"))
        self.anonymise_button.setText(self.tr("A&nonymise selected…"))
        self.done_button.setText(self.tr("&Mark review done"))
        self.reviewed_label.setText(
            self.tr("Last review: never.") if self._reviewed_on is None
            else self.tr("Last review: %1.").replace("%1", short_date(self._reviewed_on)))

    def reload(self) -> None:
        with self._db.read() as session:
            rows = privacy.people_due_for_anonymisation(session, self.today, self.years_spin.value())
        self.model.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self._db.read_only
        self.anonymise_button.setEnabled(writable and bool(self.table.selectionModel().selectedRows()))
        self.select_all_button.setEnabled(self.model.rowCount() > 0)
        self.done_button.setEnabled(writable)

    def _years_changed(self, years: int) -> None:
        """The period is the office's setting: kept for next time (when this window may write)."""
        if not self._db.read_only:
            with self._db.transaction() as session:
                privacy.set_retention_years(session, years)
        self.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).id for row in rows]

    def anonymise_selected(self, *, confirm: bool = True) -> Task | None:
        ids = self.selected_ids()
        names = [self.model.row_at(self.model.row_of(i) or 0).name for i in ids]
        if not ids or (confirm and not confirm_anonymisation(self, names)):
            return None
        self.task = run_anonymisation(self, self._db, ids, self._anonymised)
        return self.task

    def _anonymised(self, done: list[privacy.Anonymised]) -> None:
        self.task = None
        self.reload()
        self.people_anonymised.emit(len(done))

    def mark_reviewed(self) -> None:
        with self._db.transaction() as session:
            privacy.mark_retention_reviewed(session, self.today)
        self._reviewed_on = self.today
        self.retranslate()
        self.reviewed.emit()
        self.accept()
