"""The People tab's "Personal data" menu: export what is held about a person, anonymise, the retention review."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from learnorg_desktop.gui.dialogs.anonymise import confirm_anonymisation, failure_text, run_anonymisation
from learnorg_desktop.gui.dialogs.retention_dialog import RetentionDialog
from learnorg_desktop.gui.formatting import ui_language
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.services import privacy
from learnorg_desktop.services.people import PersonRow
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database


def export_file_name(name: str) -> str:
    """A file name from a person's name: letters, digits, spaces and dashes only."""
    cleaned = re.sub(r"[^\w\- ]+", "", name).strip() or "person"
    return f"{cleaned} – personal data.xlsx"


class PrivacyActions(QObject):
    """The menu button and its actions; `people_changed` after an anonymisation, `status_message` to show."""

    people_changed = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget, db: Database, current: Callable[[], PersonRow | None]) -> None:
        super().__init__(parent)
        self._widget, self._db, self._current = parent, db, current
        self.task: Task | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.menu = QMenu(parent)
        self.export_action = self.menu.addAction("")
        self.anonymise_action = self.menu.addAction("")
        self.menu.addSeparator()
        self.retention_action = self.menu.addAction("")
        self.export_action.triggered.connect(lambda: self.export_person())
        self.anonymise_action.triggered.connect(lambda: self.anonymise_person())
        self.retention_action.triggered.connect(lambda: self.open_retention())
        self.button = QPushButton()
        self.button.setMenu(self.menu)

    def retranslate(self) -> None:
        self.button.setText(self.tr("&Personal data"))
        self.export_action.setText(self.tr("&Export personal data…"))
        self.export_action.setToolTip(self.tr("Everything held about this person, for a right-of-access request"))
        self.anonymise_action.setText(self.tr("&Anonymise…"))
        self.retention_action.setText(self.tr("&Retention review…"))

    def update(self, person: PersonRow | None) -> None:
        self.export_action.setEnabled(person is not None)
        self.anonymise_action.setEnabled(person is not None and not self._db.read_only)

    # --- right of access ---------------------------------------------------------------------------
    def export_person(self, path: Path | None = None) -> Task | None:
        """Ask where (unless `path` is given), then write the workbook and its JSON twin in the background."""
        person = self._current()
        if person is None:
            return None
        if path is None:
            default = Path.home() / export_file_name(f"{person.first_name} {person.last_name}")
            chosen, _ = QFileDialog.getSaveFileName(self._widget, self.tr("Export personal data"), str(default),
                                                    self.tr("Excel workbook and JSON (*.xlsx)"))
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        person_id, lang = person.id, ui_language()
        target = path

        def work(_progress: Progress) -> list[Path]:
            with self._db.read() as session:
                record = privacy.person_record(session, person_id)
            return privacy.write_access_export(target, record, lang)

        def done(written: list[Path]) -> None:
            self.task = None
            self.status_message.emit(self.tr("Personal data written to %1").replace(
                "%1", " + ".join(str(p) for p in written)))

        self.task = run_with_progress(self._widget, self.tr("Exporting personal data"), work, done, self._failed)
        return self.task

    def _failed(self, error: BaseException) -> None:
        self.task = None
        QMessageBox.warning(self._widget, self.tr("Personal data"), failure_text(error))

    # --- right to erasure -----------------------------------------------------------------------------
    def anonymise_person(self, *, confirm: bool = True) -> Task | None:
        person = self._current()
        if person is None or self._db.read_only:
            return None
        name = f"{person.first_name} {person.last_name}".strip()
        if confirm and not confirm_anonymisation(self._widget, [name]):
            return None
        self.task = run_anonymisation(self._widget, self._db, [person.id], self._anonymised)
        return self.task

    def _anonymised(self, done: list[privacy.Anonymised]) -> None:
        self.task = None
        self.people_changed.emit()
        if done:
            self.status_message.emit(self.tr("Anonymised: now shown as %1.").replace("%1", done[0].name))

    # --- retention -------------------------------------------------------------------------------------
    def open_retention(self, today: date | None = None) -> RetentionDialog:
        dialog = RetentionDialog(self._db, self._widget, today=today)
        dialog.people_anonymised.connect(lambda count: (
            self.people_changed.emit(),
            self.status_message.emit(self.tr("%1 people anonymised.").replace("%1", str(count)))))
        dialog.reviewed.connect(lambda: self.status_message.emit(self.tr("Retention review recorded.")))
        dialog.finished.connect(dialog.deleteLater)
        self.retention_dialog = dialog
        dialog.open()
        return dialog
