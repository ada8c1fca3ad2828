"""The pages of File > Exchange > Receive a file…: the file (and its passphrase), the preview, the result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from learnorg_desktop.exchange.importer import ImportReport
from learnorg_desktop.gui.exchange.count_models import OutcomeCountsModel, counts_view
from learnorg_desktop.gui.exchange.labels import conflicts_text
from learnorg_desktop.gui.formatting import date_time, number

if TYPE_CHECKING:
    from learnorg_desktop.gui.exchange.receive_wizard import ReceiveWizard

NOTICE_STYLE = "font-weight: bold;"


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class FilePage(QWizardPage):
    """The package to read, and its passphrase once the package turns out to be protected."""

    def __init__(self, wizard: ReceiveWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.path_edit, self.browse_button = QLineEdit(), QPushButton()
        self.passphrase_label, self.passphrase_edit = QLabel(), QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.status_label = _wrapping_label()
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textChanged.connect(self._path_changed)
        self.passphrase_edit.textChanged.connect(self._edited)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addStretch()
        self.show_passphrase(False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the exchange file"))
        self.setSubTitle(self.tr("A .learnorg file sent by another office, on a USB stick or by e-mail."))
        self.browse_button.setText(self.tr("&Browse…"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.path_edit.setPlaceholderText(self.tr("The exchange file (.learnorg)"))

    def show_passphrase(self, shown: bool) -> None:
        self.passphrase_label.setVisible(shown)
        self.passphrase_edit.setVisible(shown)
        if shown:
            self.passphrase_edit.setFocus()

    def passphrase(self) -> str | None:
        shown = not self.passphrase_edit.isHidden()
        return self.passphrase_edit.text() or None if shown else None

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Receive a file"), self.path_edit.text(),
                                              self.tr("Exchange files (*.learnorg);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def _path_changed(self) -> None:
        """Another file: its passphrase (if any) is asked again once the file says it needs one."""
        self.passphrase_edit.clear()
        self.show_passphrase(False)
        self._edited()

    def _edited(self) -> None:
        self._wizard.package = None  # another file or passphrase: open it again
        self.status_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        needs_passphrase = not self.passphrase_edit.isHidden() and not self.passphrase_edit.text()
        return bool(self.path_edit.text().strip()) and not needs_passphrase

    def validatePage(self) -> bool:
        """Next opens the file in the background; the wizard moves on by itself once it is read."""
        if self._wizard.package is not None:
            return True
        self._wizard.open_file()
        return False


class PreviewPage(QWizardPage):
    """What the import will do, computed by the real merge and rolled back; Import commits it."""

    def __init__(self, wizard: ReceiveWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setCommitPage(True)
        self.source_label, self.notice_label = _wrapping_label(), _wrapping_label()
        self.notice_label.setStyleSheet(NOTICE_STYLE)
        self.model = OutcomeCountsModel(self)
        self.view = counts_view(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.view)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has changed yet. A backup of the database is taken before the import."))

    def initializePage(self) -> None:
        self.model.set_counts({})
        self.source_label.setText(self.tr("Reading the file…"))
        self.notice_label.clear()
        self._wizard.start_preview()

    def show_report(self, report: ImportReport, full: bool, encrypted: bool) -> None:
        kind = self.tr("a full copy") if full else self.tr("the changes since the last file")
        text = self.tr("From the office %1, made on %2: %3.").replace("%1", report.source_office) \
            .replace("%2", date_time(report.created_at)).replace("%3", kind)
        if encrypted:
            text += " " + self.tr("The file was protected by a passphrase.")
        self.source_label.setText(text)
        if report.already_imported:
            self.notice_label.setText(self.tr(
                "This file was already imported: importing it again would change nothing."))
        elif report.totals().conflicts == 1:
            self.notice_label.setText(self.tr(
                "1 record was changed both here and in the other office: this office's version is kept and you "
                "will choose afterwards."))
        elif report.totals().conflicts:
            self.notice_label.setText(self.tr(
                "%Ln records were changed both here and in the other office: this office's version is kept and "
                "you will choose afterwards.", "", report.totals().conflicts))
        self.model.set_counts(report.counts)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        return preview is not None and not preview.already_imported

    def validatePage(self) -> bool:
        """Import runs in the background; the wizard shows the result page by itself once it is done."""
        if self._wizard.result is not None:
            return True
        self._wizard.start_import()
        return False


class ResultPage(QWizardPage):
    """What the import did, the backup taken first, and the conflicts left to review."""

    def __init__(self, wizard: ReceiveWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.summary_label, self.backup_label = _wrapping_label(), _wrapping_label()
        self.conflicts_label = _wrapping_label()
        self.conflicts_label.setStyleSheet(NOTICE_STYLE)
        self.conflicts_button = QPushButton()
        self.conflicts_button.clicked.connect(wizard.open_conflicts)
        self.model = OutcomeCountsModel(self)
        self.view = counts_view(self.model)
        conflicts_row = QHBoxLayout()
        conflicts_row.addWidget(self.conflicts_label, 1)
        conflicts_row.addWidget(self.conflicts_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view)
        layout.addLayout(conflicts_row)
        layout.addWidget(self.backup_label)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The file's changes are now in this database."))
        self.conflicts_button.setText(self.tr("Open &conflicts…"))

    def initializePage(self) -> None:
        report = self._wizard.result
        assert report is not None
        totals = report.totals()
        self.summary_label.setText(self.tr("%1 new, %2 updated, %3 deleted, %4 unchanged.")
                                   .replace("%1", number(totals.created)).replace("%2", number(totals.updated))
                                   .replace("%3", number(totals.deleted)).replace("%4", number(totals.unchanged)))
        self.model.set_counts(report.counts)
        self.backup_label.setText(
            self.tr("A backup was taken before the import: %1").replace("%1", str(report.backup)) if report.backup
            else self.tr("No backup was taken before the import (a database on a server is backed up by its "
                         "own tools)."))
        self.conflicts_label.setText(conflicts_text(totals.conflicts))
        self.conflicts_button.setVisible(totals.conflicts > 0)
