"""File > Exchange > Receive a file…: open the package, preview the merge, import it, show what it did.

Every step that reads the package or the database runs off the UI thread behind a progress dialog
with Cancel. A refused package (damaged, wrong passphrase, wrong office…) is explained and the
wizard goes back to the file: nothing was changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from learnorg_desktop.exchange.errors import PackageError
from learnorg_desktop.exchange.importer import (
    ImportReport,
    OpenedPackage,
    import_package,
    open_package,
    preview_import,
)
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.exchange.receive_pages import FilePage, PreviewPage, ResultPage
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database


class ReceiveWizard(QWizard):
    """Emits `imported(report)` once a package was merged for good, `conflicts_requested` from the result page."""

    opened = Signal()
    preview_ready = Signal()
    imported = Signal(object)
    refused = Signal(object)  # the error, after the user was told
    conflicts_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.package: OpenedPackage | None = None
        self.preview: ImportReport | None = None
        self.result: ImportReport | None = None
        self.task: Task | None = None
        self.file_page, self.preview_page, self.result_page = FilePage(self), PreviewPage(self), ResultPage(self)
        for page in (self.file_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.retranslate()
        self.setMinimumSize(640, 480)  # room for the counts table and the long French titles
        self.resize(760, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive a file"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        for page in (self.file_page, self.preview_page, self.result_page):
            page.retranslate()

    # --- step 1: open the package ------------------------------------------------------------------
    def set_file(self, path: Path) -> None:
        self.file_page.path_edit.setText(str(path))

    def open_file(self) -> None:
        path, passphrase = Path(self.file_page.path_edit.text().strip()).expanduser(), self.file_page.passphrase()

        def work(progress: Progress) -> OpenedPackage:
            package = open_package(path, passphrase)
            progress.check()  # opening cannot stop halfway; a Cancel pressed meanwhile still counts
            return package

        self.task = run_with_progress(self, self.tr("Opening the file…"), work, self._opened, self._open_failed)

    def _opened(self, package: OpenedPackage) -> None:
        self.package = package
        self.opened.emit()
        self.next()

    def _open_failed(self, error: BaseException) -> None:
        if isinstance(error, PackageError) and error.code == "package_encrypted":
            self.file_page.show_passphrase(True)
            self.file_page.status_label.setText(service_error_text(error))
            self.file_page.completeChanged.emit()
            return
        if isinstance(error, PackageError) and error.code == "package_undecryptable":
            self.file_page.passphrase_edit.clear()
        self._refuse(self.tr("This file cannot be received"), error)

    # --- step 2: preview ---------------------------------------------------------------------------
    def start_preview(self) -> None:
        """The very merge of the import, rolled back: the preview announces exactly what will happen."""
        self.preview = None
        package, db = self.package, self.db
        assert package is not None
        self.task = run_with_progress(self, self.tr("Preparing the preview…"),
                                      lambda progress: preview_import(db, package, progress=progress),
                                      self._previewed, self._preview_failed, self.back)

    def _previewed(self, report: ImportReport) -> None:
        assert self.package is not None
        self.preview = report
        self.preview_page.show_report(report, self.package.manifest.full, self.package.encrypted)
        self.preview_ready.emit()

    def _preview_failed(self, error: BaseException) -> None:
        self.back()  # back to the file: this package cannot be merged here
        self._refuse(self.tr("This file cannot be received"), error)

    # --- step 3: import ----------------------------------------------------------------------------
    def start_import(self) -> None:
        package, db = self.package, self.db
        assert package is not None
        self.task = run_with_progress(self, self.tr("Importing…"),
                                      lambda progress: import_package(db, package, progress=progress),
                                      self._imported, self._import_failed, self._import_cancelled)

    def _imported(self, report: ImportReport) -> None:
        self.result = report
        self.imported.emit(report)
        self.next()

    def _import_failed(self, error: BaseException) -> None:
        self._refuse(self.tr("The import failed; nothing was changed"), error)

    def _import_cancelled(self) -> None:
        QMessageBox.information(self, self.tr("Import cancelled"), self.tr("Nothing was changed."))

    def open_conflicts(self) -> None:
        self.conflicts_requested.emit()
        self.accept()

    def _refuse(self, title: str, error: BaseException) -> None:
        if isinstance(error, ServiceError):
            text = service_error_text(error)
        elif isinstance(error, OSError):
            text = self.tr("The file cannot be read: %1").replace("%1", error.strerror or str(error))
        else:
            text = self.tr("Something unexpected went wrong; nothing was changed. Details are in the log file.")
        QMessageBox.warning(self, title, text)
        self.refused.emit(error)
