"""Learning hours per attendee and hours given by hosts over a period, by office and by person."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.gui.dialogs.form_dialog import to_date, to_qdate
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.gui.models.sharing_view_models import OfficeHoursModel, PersonHoursModel, hours_text
from learnorg_desktop.gui.tabs.sharing_library import fit_headers, make_table
from learnorg_desktop.gui.tasks import Task
from learnorg_desktop.services import organisation, session_hours
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.session_hours import HoursReport
from learnorg_desktop.storage.database import Database


class HoursView(QWidget):
    """The period and office filters, the per-office summary and the per-person table; computed off the UI thread."""

    status_message = Signal(str)
    report_ready = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.report: HoursReport | None = None
        self.pending = 0  # background computations still running (tests wait for 0)
        self._generation = 0
        today = date.today()
        self.from_edit, self.to_edit = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        self.from_edit.setDate(to_qdate(date(today.year, 1, 1)))
        self.to_edit.setDate(to_qdate(date(today.year, 12, 31)))
        self.office_combo = QComboBox()
        self.office_combo.addItem("", None)  # offices are added on the first refresh: no query here
        self.office_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.from_label, self.to_label, self.total_label = QLabel(), QLabel(), QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export())
        self.offices_model, self.people_model = OfficeHoursModel(self), PersonHoursModel(self)
        self.offices_table, self.people_table = make_table(), make_table()
        self.offices_table.setModel(self.offices_model)
        self.people_table.setModel(self.people_model)
        fit_headers(self.offices_table, 0)
        fit_headers(self.people_table, 0)
        self.people_table.setColumnWidth(2, 120)  # "Staff member" on one line
        for widget in (self.from_edit, self.to_edit):
            widget.dateChanged.connect(lambda _d: self.refresh())
        self.office_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._layout()
        self.retranslate()
        self.export_button.setEnabled(False)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit, self.office_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.offices_table)
        splitter.addWidget(self.people_table)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.total_label)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.from_edit.setAccessibleName(self.tr("Period start"))
        self.to_edit.setAccessibleName(self.tr("Period end"))
        self.offices_table.setAccessibleName(self.tr("Hours per office"))
        self.people_table.setAccessibleName(self.tr("Hours per person"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.office_combo.setItemText(0, self.tr("All offices"))
        self.export_button.setText(self.tr("E&xport to Excel…"))

    # --- loading ---------------------------------------------------------------------------------
    def _fill_offices(self) -> None:
        if self.office_combo.count() > 1:
            return
        with self._db.read() as session:
            offices = organisation.list_offices(session)
        self.office_combo.blockSignals(True)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        self.office_combo.blockSignals(False)

    def period(self) -> tuple[date, date]:
        return to_date(self.from_edit.date()), to_date(self.to_edit.date())

    def refresh(self) -> None:
        """Compute the report in the background; only the latest request's result is shown."""
        self._fill_offices()
        start, end = self.period()
        office_id = self.office_combo.currentData()
        self._generation += 1
        generation = self._generation
        self.pending += 1
        self.total_label.setText(self.tr("Computing…"))
        task = Task(self)
        db = self._db

        def work(_progress: object) -> HoursReport:  # worker thread: no widget here
            with db.read() as session:
                return session_hours.hours_report(session, start, end, office_id=office_id)

        task.finished.connect(lambda result: self._done(task, generation, result))
        task.failed.connect(lambda error: self._failed(task, generation, error))
        task.start(work)

    def _done(self, task: Task, generation: int, report: HoursReport) -> None:
        self.pending -= 1
        task.deleteLater()
        if generation != self._generation:
            return
        self.report = report
        self.offices_model.set_rows(report.offices)
        self.people_model.set_rows(report.people)
        self.total_label.setText(
            self.tr("%n people: %1 learning hours, %2 hosting hours, of which %3 given or followed by volunteers.",
                    "", len(report.people))
            .replace("%1", hours_text(report.learning_minutes)).replace("%2", hours_text(report.hosting_minutes))
            .replace("%3", hours_text(report.volunteer_minutes)))
        self.export_button.setEnabled(bool(report.people))
        self.report_ready.emit()

    def _failed(self, task: Task, generation: int, error: object) -> None:
        self.pending -= 1
        task.deleteLater()
        if generation != self._generation:
            return
        text = service_error_text(error) if isinstance(error, ServiceError) else str(error)
        self.total_label.setText(text)
        self.export_button.setEnabled(False)

    # --- export ----------------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> Path | None:
        """Write the per-person table to an Excel workbook (asks where unless `path` is given)."""
        if self.report is None:
            return None
        if path is None:
            start, end = self.period()
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the hours"), self.tr("hours-%1-%2.xlsx").replace("%1", start.isoformat())
                .replace("%2", end.isoformat()), self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return None
            path = Path(name)
        from learnorg_desktop.reports.hours_sheet import HoursLabels, write_hours_sheet

        labels = HoursLabels(sheet=self.tr("Hours"), period=self.tr("Period"), columns=(
            self.tr("Person"), self.tr("Office"), self.tr("Kind"), self.tr("Learning hours"),
            self.tr("Sessions attended"), self.tr("Hosting hours"), self.tr("Sessions hosted"),
            self.tr("Total hours")))
        try:
            write_hours_sheet(self.report, path, labels, {kind: kind_label(kind) for kind in PersonKind})
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export the hours"),
                                self.tr("The file could not be written: %1").replace("%1", str(error)))
            return None
        self.status_message.emit(self.tr("Hours exported to %1").replace("%1", str(path)))
        return path

