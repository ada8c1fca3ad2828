"""The Onboarding tab: open checklists by urgency, one checklist's follow-up, and the templates."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import ChecklistKind
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.formatting import number, percent, ui_language
from learnorg_desktop.gui.models.onboarding_models import OpenChecklistsModel
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.gui.widgets.checklist_panel import ChecklistPanel, OnboardingSettings
from learnorg_desktop.gui.widgets.templates_page import TemplatesPage
from learnorg_desktop.services import onboarding_assign, onboarding_indicators, organisation
from learnorg_desktop.services import onboarding_followup as followup
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database

_KINDS = (ChecklistKind.ONBOARDING, ChecklistKind.OFFBOARDING)


class OnboardingTab(QWidget):
    """Follow-up of every open checklist, filterable by office and responsible, most overdue first."""

    status_message = Signal(str)
    export_finished = Signal(str)  # the written file
    undoable = Signal(object)  # an UndoableEdit from the checklist, for the window's undo stack

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 settings: OnboardingSettings | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.today = date.today()
        self.model = OpenChecklistsModel(self.today, self)
        self.panel = ChecklistPanel(db, settings, self)
        self.panel.undoable.connect(self.undoable)
        self.templates_page = TemplatesPage(db, self)
        self._newcomers: list[onboarding_assign.Newcomer] = []
        self._task: Task | None = None
        with db.read() as session:
            self._offices = organisation.list_offices(session)
            self._organisation = organisation.organisation_name(session)
        self._build()
        self.retranslate()
        # No query here: the tab fills itself when first shown (showEvent), so start-up stays fast.

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo, self.office_combo, self.responsible_combo = QComboBox(), QComboBox(), QComboBox()
        self.kind_combo.addItems(["", ""])
        self.office_combo.addItem("", None)
        for office in self._offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        self.responsible_combo.addItem("", None)
        for combo in (self.kind_combo, self.office_combo, self.responsible_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.count_label, self.indicators_label = QLabel(), QLabel()
        self.newcomers_button = QPushButton()
        self.newcomers_button.clicked.connect(self.assign_newcomers)
        filters = QHBoxLayout()
        for widget in (self.kind_combo, self.office_combo, self.responsible_combo, self.count_label):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.newcomers_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((155, 65, 145, 60, 70)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.panel.checklist_changed.connect(lambda _id: self.refresh_list())
        self.panel.export_requested.connect(self.export)
        self.templates_page.templates_changed.connect(self.refresh)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setSizes([520, 760])
        follow = QWidget()
        follow_layout = QVBoxLayout(follow)
        follow_layout.addLayout(filters)
        follow_layout.addWidget(self.indicators_label)
        follow_layout.addWidget(splitter, 1)
        self.pages = QTabWidget()
        self.pages.addTab(follow, "")
        self.pages.addTab(self.templates_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Open checklists"))
        self.pages.setTabText(0, self.tr("Follow-up"))
        self.pages.setTabText(1, self.tr("Templates"))
        self.kind_combo.setItemText(0, self.tr("Onboardings"))
        self.kind_combo.setItemText(1, self.tr("Departure hand-overs"))
        self.office_combo.setItemText(0, self.tr("All offices"))
        self.responsible_combo.setItemText(0, self.tr("Every responsible"))
        self.panel.retranslate()
        self.templates_page.retranslate()
        self._update_texts()

    # --- data --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # People added or leaving in the People tab show up here when the tab is shown again.
        super().showEvent(event)
        # Deferred: while the main window swaps tabs this tab may be shown for an instant, not worth a query.
        QTimer.singleShot(0, self._refresh_if_visible)

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Re-read everything: responsibles, newcomers, indicators, the list and the open checklist."""
        self.today = self.model.today = date.today()
        language = ui_language()
        with self._db.read() as session:
            responsibles = followup.responsible_choices(session)
            self._newcomers = onboarding_assign.newcomers_without_checklist(session, self.today, language=language)
        current = self.responsible_combo.currentData()
        self.responsible_combo.blockSignals(True)
        while self.responsible_combo.count() > 1:
            self.responsible_combo.removeItem(1)
        for name in responsibles:
            self.responsible_combo.addItem(name, name)
        self.responsible_combo.setCurrentIndex(max(self.responsible_combo.findData(current), 0))
        self.responsible_combo.blockSignals(False)
        self.panel.reload_people()
        self.refresh_list()

    def current_filter(self) -> followup.OpenFilter:
        return followup.OpenFilter(office_id=self.office_combo.currentData(),
                                   responsible=self.responsible_combo.currentData(),
                                   kind=_KINDS[max(self.kind_combo.currentIndex(), 0)])

    def refresh_list(self) -> None:
        kept = self.current_checklist_id() or (self.panel.detail.id if self.panel.detail else None)
        filt = self.current_filter()
        with self._db.read() as session:
            rows = followup.open_checklists(session, self.today, filt)
            self._figures = onboarding_indicators.indicators(session, self.today, office_id=filt.office_id)
        self.model.set_rows(rows)
        row = self.model.row_of_id(kept) if kept is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.panel.show_checklist(None)
        self._update_texts()

    def _update_texts(self) -> None:
        if not hasattr(self, "_figures"):
            return
        self.count_label.setText(self.tr("%n open", "", self.model.rowCount()))
        f = self._figures
        rate = percent(f.completion_rate)
        median = number(f.median_days_to_complete, 1) if f.median_days_to_complete is not None else "–"
        self.indicators_label.setText(
            self.tr("Completed: %1 of %2 onboardings · median %3 days to complete · %4 overdue items")
            .replace("%1", rate).replace("%2", str(f.checklists)).replace("%3", median)
            .replace("%4", str(f.overdue_items)))
        self.newcomers_button.setText(self.tr("Assign onboarding to newcomers (%1)…").replace(
            "%1", str(len(self._newcomers))))
        self.newcomers_button.setEnabled(bool(self._newcomers))

    def current_checklist_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_checklist(self, checklist_id: int) -> bool:
        row = self.model.row_of_id(checklist_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _selection_changed(self) -> None:
        checklist_id = self.current_checklist_id()
        if checklist_id is not None:
            self.panel.show_checklist(checklist_id)

    # --- actions -------------------------------------------------------------------------------
    def assign_newcomers(self) -> Task | None:
        """Give each newcomer without a checklist the template proposed for them (in the background)."""
        with_template = [n.person_id for n in self._newcomers if n.template is not None]
        without = len(self._newcomers) - len(with_template)
        text = self.tr("Start onboarding for the newcomers (%1), each with the checklist proposed for them?") \
            .replace("%1", str(len(with_template)))
        if without:
            text += "\n" + self.tr("Left out, no matching template: %1.").replace("%1", str(without))
        if not with_template or QMessageBox.question(self, self.tr("Assign onboarding"), text) \
                != QMessageBox.StandardButton.Yes:
            return None
        today, language = self.today, ui_language()

        def work(progress: Progress) -> onboarding_assign.AssignReport:
            with self._db.transaction() as session:
                return onboarding_assign.assign_many(session, with_template, today, language=language,
                                                     progress=progress)

        def done(report: onboarding_assign.AssignReport) -> None:
            self.refresh()
            self.status_message.emit(self.tr("Onboardings started: %1.").replace("%1", str(report.assigned)))

        self._task = run_with_progress(self, self.tr("Assigning onboarding checklists"), work, done,
                                       self._failed)
        return self._task

    def _failed(self, error: BaseException) -> None:
        text = service_error_text(error) if isinstance(error, ServiceError) else str(error)
        QMessageBox.warning(self, self.tr("Onboarding"), text)

    def export(self, kind: str) -> Task | None:
        """Ask where to save the open checklist as PDF or Excel, then write it in the background."""
        detail = self.panel.detail
        if detail is None:
            return None
        suffix, pattern = (".pdf", self.tr("PDF (*.pdf)")) if kind == "pdf" else (".xlsx", self.tr("Excel (*.xlsx)"))
        default = str(Path.home() / f"{detail.person} – {detail.template_name}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export checklist"), default, pattern)
        if not path:
            return None
        return self.export_to(kind, Path(path) if path.endswith(suffix) else Path(path + suffix))

    def export_to(self, kind: str, path: Path) -> Task:
        assert self.panel.detail is not None
        detail, today, organisation_name = self.panel.detail, self.today, self._organisation
        labels = self._sheet_labels() if kind != "pdf" else None

        def work(_progress: Progress) -> Path:
            if kind == "pdf":
                from learnorg_desktop.gui.printing.checklist_pdf import write_checklist_pdf

                return write_checklist_pdf(detail, path, today, organisation_name)
            from learnorg_desktop.reports.checklist_sheet import write_checklist_sheet

            return write_checklist_sheet(detail, path, today, labels)

        def done(written: Path) -> None:
            self.status_message.emit(self.tr("Written to %1").replace("%1", str(written)))
            self.export_finished.emit(str(written))

        self._task = run_with_progress(self, self.tr("Exporting the checklist"), work, done, self._failed)
        return self._task

    def _sheet_labels(self) -> Any:
        from learnorg_desktop.reports.checklist_sheet import SheetLabels

        return SheetLabels(
            sheet=self.tr("Checklist"), person=self.tr("Person"), office=self.tr("Office"),
            template=self.tr("Template"), version=self.tr("version"), buddy=self.tr("Buddy"),
            started=self.tr("Started on"), progress=self.tr("Progress"),
            columns=("#", self.tr("Item"), self.tr("Due on"), self.tr("Responsible"), self.tr("Done"),
                     self.tr("Done on"), self.tr("Done by"), self.tr("Comment"), self.tr("Overdue")),
            yes=self.tr("yes"), no="", checkins=self.tr("Newcomer check-ins"),
            checkin_columns=(self.tr("Day"), self.tr("Planned on"), self.tr("Held on"), self.tr("Rating (1-5)"),
                             self.tr("Comment")),
        )
