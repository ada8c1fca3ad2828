"""File > Exchange > Send changes to an office…: for which office, everything or the changes, passphrase, file.

The package is written off the UI thread behind a progress dialog with Cancel; the domain writes a
temporary file and renames it at the end, and records nothing unless the file was written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from learnorg_desktop.exchange.export import ExportReport, export_package
from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.errors import service_error_text, show_error
from learnorg_desktop.gui.exchange.labels import entity_label
from learnorg_desktop.gui.formatting import number
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.organisation import OfficeRow
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database

SUFFIX = ".learnorg"


def documents_folder() -> Path:
    """Where coordinators look for files first: their documents folder (home when the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class ExportDialog(QDialog):
    """Asks what to send; `target()`, `full()`, `passphrase()` and `path()` give the answer once accepted."""

    def __init__(self, offices: Sequence[OfficeRow], local: OfficeRow, folder: Path, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._local, self._folder, self._today = local, folder, today
        self.office_combo, self.full_check = QComboBox(), QCheckBox()
        self.passphrase_edit, self.confirm_edit = QLineEdit(), QLineEdit()
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.path_edit, self.browse_button = QLineEdit(), QPushButton()
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textEdited.connect(self._path_typed)
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self._accept_if_valid, QDialogButtonBox.StandardButton.Save)
        self._labels = [QLabel() for _ in range(4)]
        self._path_chosen = False  # once the user picks a file, the office no longer renames it
        self._layout([o for o in offices if o.code != local.code])
        self.retranslate()
        self.office_combo.currentIndexChanged.connect(self._target_changed)
        self._target_changed()

    def _layout(self, offices: list[OfficeRow]) -> None:
        form = QFormLayout(self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(self._labels[0], self.office_combo)
        form.addRow(self.full_check)
        form.addRow(self._labels[1], self.passphrase_edit)
        form.addRow(self._labels[2], self.confirm_edit)
        form.addRow(self.hint_label)
        form.addRow(self._labels[3], file_row)
        for label, buddy in zip(self._labels, (self.office_combo, self.passphrase_edit, self.confirm_edit,
                                               self.path_edit), strict=True):
            label.setBuddy(buddy)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.office_combo.addItem("", None)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.code)
        # A field office sends to headquarters first of all.
        headquarters = next((o for o in offices if o.is_headquarters), None)
        if headquarters is not None and not self._local.is_headquarters:
            self.office_combo.setCurrentIndex(self.office_combo.findData(headquarters.code))
        self.setMinimumWidth(640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send changes to an office"))
        for label, text in zip(self._labels, (self.tr("&For the office:"), self.tr("&Passphrase:"),
                                              self.tr("&Confirm passphrase:"), self.tr("&File:")), strict=True):
            label.setText(text)
        self.office_combo.setItemText(0, self.tr("Any office"))
        self.office_combo.setToolTip(self.tr(
            "The file holds what changed since the last file sent to this office, deletions included."))
        self.full_check.setText(self.tr("&Everything (full copy), not only the changes"))
        self.full_check.setToolTip(self.tr("For a first exchange, or when an office asks for a complete copy."))
        self.passphrase_edit.setPlaceholderText(self.tr("Optional: the passphrase your offices agreed on"))
        self.hint_label.setText(self.tr(
            "With a passphrase, a lost USB stick or e-mail reveals nothing and a modified file is refused. "
            "Share the passphrase by phone or in person, never in the same e-mail as the file."))
        self.browse_button.setText(self.tr("&Browse…"))
        self.path_edit.setPlaceholderText(self.tr("Where to save the exchange file (.learnorg)"))

    def target(self) -> str | None:
        code = self.office_combo.currentData()
        return str(code) if code else None

    def full(self) -> bool:
        return self.full_check.isChecked()

    def passphrase(self) -> str | None:
        return self.passphrase_edit.text() or None

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        return Path(text if text.lower().endswith(SUFFIX) else text + SUFFIX).expanduser()

    def default_name(self) -> str:
        """LYON-to-HQ-2026-12-04.learnorg: who sends, to whom, when."""
        return f"{self._local.code}-to-{self.target() or 'ALL'}-{self._today:%Y-%m-%d}{SUFFIX}"

    def _target_changed(self) -> None:
        if not self._path_chosen:
            self.path_edit.setText(str(self._folder / self.default_name()))

    def _path_typed(self) -> None:
        self._path_chosen = True

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Send changes to an office"), self.path_edit.text(),
                                              self.tr("Exchange files (*.learnorg)"))
        if path:
            self._path_chosen = True
            self.path_edit.setText(path)

    def _accept_if_valid(self) -> None:
        if self.passphrase_edit.text() != self.confirm_edit.text():
            self._show_error(self.tr("The two passphrases differ: type the same one twice."))
        elif not self.path_edit.text().strip():
            self._show_error(self.tr("Choose where to save the exchange file."))
        elif not self.path().parent.is_dir():
            self._show_error(self.tr("This folder does not exist."))
        else:
            self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class ExportRun(QObject):
    """One package written in the background; `done` carries the ExportReport, `stopped` fires on failure or Cancel."""

    done = Signal(object)
    stopped = Signal()

    def __init__(self, parent: QWidget, db: Database) -> None:
        super().__init__(parent)
        self._parent, self._db = parent, db
        self.task: Task | None = None

    def start(self, path: Path, target: str | None, full: bool, passphrase: str | None) -> Task:
        db = self._db

        def work(progress: Progress) -> ExportReport:
            return export_package(db, path, to_office=target, full=full, passphrase=passphrase, progress=progress)

        self.task = run_with_progress(self._parent, self.tr("Writing the exchange file…"), work, self._finished,
                                      self._failed, self.stopped.emit)
        return self.task

    def _finished(self, report: ExportReport) -> None:
        self.done.emit(report)
        title = self.tr("Send changes to an office")
        if report.missing_files:
            QMessageBox.warning(self._parent, title, self.summary(report))
        else:
            QMessageBox.information(self._parent, title, self.summary(report))

    def summary(self, report: ExportReport) -> str:
        """What the file holds, per kind of record, and the documents that could not be included."""
        if report.records:
            lines = [self.tr("The exchange file was written to %1.").replace("%1", str(report.path)), ""]
            lines += [f"{entity_label(name)}: {number(count)}" for name, count in report.counts.items()]
            lines += ["", self.tr("Records: %1. Documents: %2.").replace("%1", number(report.records))
                      .replace("%2", number(report.files))]
        else:
            lines = [self.tr("Nothing changed since the last file sent to this office: the file written to %1 "
                             "holds no records.").replace("%1", str(report.path))]
        if report.encrypted:
            lines.append(self.tr("The file is protected by the passphrase."))
        missing = len(report.missing_files)
        if missing == 1:
            lines += ["", self.tr("1 document of the library could not be found on this computer and was not "
                                  "included. Ask whoever added it to add it again.")]
        elif missing:
            lines += ["", self.tr("%Ln documents of the library could not be found on this computer and were not "
                                  "included. Ask whoever added them to add them again.", "", missing)]
        return "\n".join(lines)

    def _failed(self, error: BaseException) -> None:
        self.stopped.emit()
        if isinstance(error, ServiceError):
            text = service_error_text(error)
        elif isinstance(error, OSError):
            text = self.tr("The exchange file could not be written: %1").replace("%1", error.strerror or str(error))
        else:
            text = self.tr("The exchange file could not be written; details are in the log file.")
        show_error(self._parent, self.tr("Send changes to an office"), text)


def send_changes(parent: QWidget, db: Database, today: date | None = None) -> ExportRun | None:
    """Ask what to send, then write the package in the background (File > Exchange > Send changes…)."""
    with db.read() as session:
        offices = organisation.list_offices(session)
        local = organisation.local_office(session)
    if local is None:
        show_error(parent, QCoreApplication.translate("ExportDialog", "Send changes to an office"),
                   service_error_text(ServiceError("no office", code="no_local_office")))
        return None
    dialog = ExportDialog(offices, local, documents_folder(), today or date.today(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    run = ExportRun(parent, db)
    run.start(dialog.path(), dialog.target(), dialog.full(), dialog.passphrase())
    return run
