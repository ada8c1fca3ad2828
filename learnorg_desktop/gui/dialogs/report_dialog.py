"""File > Export report…: office, period (with presets), language, anonymised mode and file; then the export.

The export runs off the UI thread behind a progress dialog with Cancel; the report module writes a
temporary file and renames it at the end, so a cancelled export leaves nothing behind.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.errors import service_error_text, show_error
from learnorg_desktop.gui.formatting import ui_language
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.reports.report_workbook import ReportOptions, ReportResult, write_report
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.indicator_series import add_months
from learnorg_desktop.services.organisation import OfficeRow
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database

log = logging.getLogger(__name__)

PRESETS = ("last_12_months", "this_year", "last_year", "custom")


def preset_period(preset: str, today: date) -> tuple[date, date] | None:
    """The days a preset covers (None for "custom")."""
    if preset == "last_12_months":  # as `learnorg stats` and `learnorg report` by default
        return add_months(today, -12) + timedelta(days=1), today
    if preset == "this_year":
        return date(today.year, 1, 1), today
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


def _date_format() -> str:
    """The locale's short date with a four-digit year (31/12/2026, not 31/12/26)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class ReportDialog(QDialog):
    """Asks what to export; `options()` and `path()` give the answer once accepted."""

    def __init__(self, offices: Sequence[OfficeRow], today: date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.office_combo, self.preset_combo, self.lang_combo = QComboBox(), QComboBox(), QComboBox()
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(_date_format())
            edit.dateChanged.connect(self._dates_edited)
        self.anonymised_check = QCheckBox()
        self.path_edit, self.browse_button = QLineEdit(), QPushButton()
        self.browse_button.clicked.connect(self._browse)
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self._accept_if_valid)
        self._offices = list(offices)
        self._labels = [QLabel() for _ in range(6)]
        self._layout(lang)
        self.retranslate()
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self._preset_chosen()

    def _layout(self, lang: str) -> None:
        form = QFormLayout(self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        fields: list[QWidget | QHBoxLayout] = [self.office_combo, self.preset_combo, self.start_edit, self.end_edit,
                                               self.lang_combo, file_row]
        for label, field in zip(self._labels, fields, strict=True):
            form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
        self._labels[5].setBuddy(self.path_edit)
        form.addRow(self.anonymised_check)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.office_combo.addItem("", None)
        for office in self._offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.code)
        for preset in PRESETS:
            self.preset_combo.addItem("", preset)
        self.lang_combo.addItem("Français", "fr")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(lang), 0))
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export report"))
        for label, text in zip(self._labels, (self.tr("&Office:"), self.tr("&Period:"), self.tr("&From:"),
                                              self.tr("&To:"), self.tr("&Language:"), self.tr("&File:")),
                               strict=True):
            label.setText(text)
        self.office_combo.setItemText(0, self.tr("Whole organisation"))
        names = {"last_12_months": self.tr("Last 12 months"), "this_year": self.tr("This year so far"),
                 "last_year": self.tr("Last year"), "custom": self.tr("Custom dates")}
        for index, preset in enumerate(PRESETS):
            self.preset_combo.setItemText(index, names[preset])
        self.anonymised_check.setText(self.tr("&Anonymised (for sharing outside the organisation)"))
        self.anonymised_check.setToolTip(self.tr(
            "Names, e-mails, phone numbers, roles and comments are left out; people appear as numbered "
            "pseudonyms. The statistics stay the same."))
        self.browse_button.setText(self.tr("&Browse…"))
        self.path_edit.setPlaceholderText(self.tr("Where to save the workbook (.xlsx)"))

    def _preset_chosen(self) -> None:
        period = preset_period(self.preset_combo.currentData(), self.today)
        if period is None:
            return
        self._setting = True
        try:
            self.start_edit.setDate(QDate(period[0]))
            self.end_edit.setDate(QDate(period[1]))
        finally:
            self._setting = False

    def _dates_edited(self) -> None:
        if not getattr(self, "_setting", False):
            self.preset_combo.setCurrentIndex(PRESETS.index("custom"))

    def _browse(self) -> None:
        default = self.path_edit.text() or str(Path.home() / self._default_name())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), default, self.tr("Excel (*.xlsx)"))
        if path:
            self.path_edit.setText(path)

    def _default_name(self) -> str:
        start, end = self.options().start, self.options().end
        stem = self.tr("report")  # outside the f-string, where lupdate finds it
        return f"{stem}-{start:%Y-%m-%d}-{end:%Y-%m-%d}.xlsx"

    def options(self) -> ReportOptions:
        return ReportOptions(start=self.start_edit.date().toPython(), end=self.end_edit.date().toPython(),
                             office_code=self.office_combo.currentData(), lang=self.lang_combo.currentData(),
                             anonymised=self.anonymised_check.isChecked())

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        return Path(text if text.lower().endswith(".xlsx") else text + ".xlsx").expanduser()

    def _accept_if_valid(self) -> None:
        options = self.options()
        if options.end < options.start:
            self._show_error(self.tr("The period ends before it starts."))
        elif not self.path_edit.text().strip():
            self._show_error(self.tr("Choose where to save the workbook."))
        elif not self.path().parent.is_dir():
            self._show_error(self.tr("This folder does not exist."))
        else:
            self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class ReportExport(QObject):
    """One export in the background; `done` carries the ReportResult, `stopped` fires on failure or Cancel."""

    done = Signal(object)
    stopped = Signal()

    def __init__(self, parent: QWidget, db: Database) -> None:
        super().__init__(parent)
        self._parent, self._db = parent, db
        self.task: Task | None = None

    def start(self, path: Path, options: ReportOptions, today: date) -> Task:
        db = self._db

        def work(progress: Progress) -> ReportResult:
            with db.read() as session:
                return write_report(session, path, options, today=today, progress=progress)

        self.task = run_with_progress(self._parent, self.tr("Exporting the report…"), work, self._finished,
                                      self._failed, self.stopped.emit)
        return self.task

    def _finished(self, result: ReportResult) -> None:
        self.done.emit(result)
        QMessageBox.information(self._parent, self.tr("Export report"),
                                self.tr("The report was written to %1").replace("%1", str(result.path)))

    def _failed(self, error: BaseException) -> None:
        self.stopped.emit()
        if isinstance(error, ServiceError):
            text = service_error_text(error)
        elif isinstance(error, OSError):
            text = self.tr("The report could not be written: %1").replace("%1", error.strerror or str(error))
        else:
            text = self.tr("The report could not be written; details are in the log file.")
        show_error(self._parent, self.tr("Export report"), text)


def export_report(parent: QWidget, db: Database, today: date | None = None) -> ReportExport | None:
    """Ask what to export, then write the report in the background (File > Export report…)."""
    today = today or date.today()
    with db.read() as session:
        offices = organisation.list_offices(session)
    dialog = ReportDialog(offices, today, ui_language(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    export = ReportExport(parent, db)
    export.start(dialog.path(), dialog.options(), today)
    return export
