"""Self-diagnosis answer forms from the GUI: save the blank .xlsx, import the filled ones (all or none)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from learnorg_desktop.gui.error_fields import field_label
from learnorg_desktop.gui.errors import known_error_texts, service_error_text
from learnorg_desktop.gui.formatting import ui_language
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.importers.diagnostic_form import FormImportError, FormImportReport, FormProblem
from learnorg_desktop.services import organisation
from learnorg_desktop.services.diagnostic import CampaignRow
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database

FORM_PATTERNS = "*.xlsx *.xlsm *.ods *.csv"
MAX_LISTED = 15  # problems listed in the message; the rest are counted


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def problem_text(problem: FormProblem) -> str:
    """"reponse3.xlsx C14 (LEAD1): …" in the user's language when the code is known."""
    known = known_error_texts().get(problem.code)
    try:
        text = known.format_map(_Params(value=problem.value, statement=problem.field)) if known else problem.message
    except (ValueError, IndexError):  # stray braces in a translation must not hide the message
        text = known or problem.message
    where = Path(problem.path).name + (f" {problem.cell}" if problem.cell else "")
    return f"{where} ({field_label(problem.field)}): {text}"


class FormsActions(QObject):
    """Runs the form actions for a view; `imported(campaign id)` after a successful import."""

    imported = Signal(int)
    status_message = Signal(str)
    form_written = Signal(str)

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self._db, self._widget = db, parent
        self.task: Task | None = None
        self.last_error: BaseException | None = None
        self.last_problems: tuple[FormProblem, ...] = ()

    # --- blank form ------------------------------------------------------------------------------
    def ask_blank_form(self, campaign: CampaignRow) -> Task | None:
        default = str(Path.home() / f"{_file_stem(campaign.name)}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self._widget, self.tr("Save the blank answer form"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        return self.write_blank_form(campaign, Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def write_blank_form(self, campaign: CampaignRow, path: Path, lang: str | None = None) -> Task:
        """Write the form in the interface's language (or `lang`) in the background."""
        language = lang or ui_language()
        with self._db.read() as session:
            offices = organisation.list_offices(session)

        def work(_progress: Progress) -> Path:
            from learnorg_desktop.reports.diagnostic_form import write_blank_form

            return write_blank_form(path, campaign, offices, language)

        def done(written: Path) -> None:
            self.status_message.emit(self.tr("Blank form written to %1").replace("%1", str(written)))
            self.form_written.emit(str(written))

        self.task = run_with_progress(self._widget, self.tr("Writing the blank form…"), work, done,
                                      lambda error: self._failed(self.tr("Blank form"), error))
        return self.task

    # --- import ----------------------------------------------------------------------------------
    def ask_import(self, campaign: CampaignRow) -> Task | None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._widget, self.tr("Import filled forms"), str(Path.home()),
            self.tr("Answer forms (%1)").replace("%1", FORM_PATTERNS) + ";;*")
        return self.import_files(campaign.id, [Path(p) for p in paths]) if paths else None

    def import_files(self, campaign_id: int, paths: Sequence[Path]) -> Task:
        """Import every file as one response each, in one transaction: any problem and nothing is stored."""
        files, today = list(paths), date.today()

        def work(_progress: Progress) -> FormImportReport:
            from learnorg_desktop.importers.diagnostic_form import import_form_files

            return import_form_files(self._db, campaign_id, files, today)  # backed up first

        def done(report: FormImportReport) -> None:
            self.last_problems = ()
            self.imported.emit(campaign_id)
            self.status_message.emit(self.tr("Responses imported: %1.").replace("%1", str(report.files)))

        self.task = run_with_progress(self._widget, self.tr("Importing the forms…"), work, done,
                                      lambda error: self._failed(self.tr("Import filled forms"), error))
        return self.task

    def _failed(self, title: str, error: BaseException) -> None:
        self.last_error = error
        if isinstance(error, FormImportError):
            self.last_problems = error.problems
            QMessageBox.warning(self._widget, title, self.problems_text(error))
            return
        text = service_error_text(error) if isinstance(error, ServiceError) else str(error)
        QMessageBox.warning(self._widget, title, text)

    def problems_text(self, error: FormImportError) -> str:
        lines = [self.tr("Nothing was imported. Correct these forms, then import them all again:")]
        lines += [f"• {problem_text(p)}" for p in error.problems[:MAX_LISTED]]
        if len(error.problems) > MAX_LISTED:
            lines.append(self.tr("… and %1 more problems.").replace("%1", str(len(error.problems) - MAX_LISTED)))
        return "\n".join(lines)


def _file_stem(name: str) -> str:
    """The campaign's name as a file name (characters Windows refuses replaced)."""
    return "".join("_" if c in '<>:"/\\|?*' else c for c in name).strip() or "form"
