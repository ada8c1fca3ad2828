"""Import people from a spreadsheet: choose the file, confirm the columns, preview, then import."""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.gui.tasks import run_with_progress
from learnorg_desktop.importers.columns import ColumnMapping, Field, detect_mapping, mapping_for_row
from learnorg_desktop.importers.errors import NoHeaderError, RowError
from learnorg_desktop.importers.people_rows import as_text
from learnorg_desktop.importers.tabular import RawTable, read_table
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.people_import import ImportReport, run_import
from learnorg_desktop.storage.database import Database

_HEADER_ROWS_OFFERED = 30
_ModelIndex = QModelIndex | QPersistentModelIndex
_FIELD_NAMES = frozenset(f.value for f in Field)
translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def field_text(name: str | None) -> str:
    """A target field as the user sees it (also the import's RowError.field)."""
    labels = {
        Field.LAST_NAME: translate("ImportWizard", "Last name"),
        Field.FIRST_NAME: translate("ImportWizard", "First name"),
        Field.EMAIL: translate("ImportWizard", "E-mail"), Field.PHONE: translate("ImportWizard", "Phone"),
        Field.KIND: translate("ImportWizard", "Kind"), Field.OFFICE: translate("ImportWizard", "Office"),
        Field.ROLE: translate("ImportWizard", "Role"), Field.ARRIVAL_DATE: translate("ImportWizard", "Arrival date"),
        Field.DEPARTURE_DATE: translate("ImportWizard", "Departure date"),
        Field.DEPARTURE_REASON: translate("ImportWizard", "Departure reason"),
        Field.LANGUAGES: translate("ImportWizard", "Languages"), Field.NOTES: translate("ImportWizard", "Notes"),
    }
    return labels[Field(name)] if name in _FIELD_NAMES else (name or "")


def row_error_text(error: RowError) -> str:
    """The reason a row is rejected, in the user's language when the code is known."""
    known = {
        "bad_date": translate("ImportWizard", "'%1' is not a valid date (expected dd/mm/yyyy)."),
        "bad_email": translate("ImportWizard", "'%1' is not a valid e-mail address."),
        "bad_kind": translate("ImportWizard", "'%1' is not a kind of person (bénévole, salarié or partenaire)."),
        "bad_value": translate("ImportWizard", "'%1' is not an acceptable value."),
        "unknown_office": translate("ImportWizard", "Unknown office '%1'."),
        "duplicate_in_file": translate("ImportWizard", "Duplicate of row %1."),
        "required": translate("ImportWizard", "This field is required."),
        "too_long": translate("ImportWizard", "This text is too long."),
        "date_too_late": translate("ImportWizard", "%1 is too far in the future."),
        "departure_before_arrival": translate("ImportWizard", "The departure date is before the arrival date."),
        "ambiguous": translate(
            "ImportWizard", "Several people with this name already exist; add an e-mail to tell them apart."),
    }
    text = known.get(error.code)
    return text.replace("%1", error.value) if text else error.message


def file_error_text(error: BaseException) -> str:
    """Why a file (or the whole import) is refused, in the user's language when the code is known."""
    if not isinstance(error, ServiceError):
        text = translate("ImportWizard", "Unexpected error (%1); nothing was saved.")
        return text.replace("%1", type(error).__name__)
    unsafe = translate("ImportWizard", "This file looks dangerous (it would expand enormously) and was not opened.")
    known = {
        "unsupported_format": translate("ImportWizard", "Only .csv, .xlsx, .xls and .ods files can be imported."),
        "too_large": translate("ImportWizard", "The file is larger than 200 MB."),
        "cannot_open": translate("ImportWizard", "The file cannot be opened."),
        "binary": translate("ImportWizard", "This is not a text (CSV) file."),
        "bad_encoding": translate("ImportWizard", "The text encoding is neither UTF-8 nor Windows-1252."),
        "bad_csv": translate("ImportWizard", "The CSV file is malformed."),
        "corrupt": translate("ImportWizard", "The file is damaged or is not a real spreadsheet."),
        "zip_members": unsafe, "zip_size": unsafe, "zip_ratio": unsafe, "xml_entities": unsafe,
        "empty_file": translate("ImportWizard", "The file holds no data."),
        "no_header": translate(
            "ImportWizard", "No header row was found (a column named 'Nom' or 'Last name' is needed)."),
        "unknown_office": translate("ImportWizard", "The default office does not exist."),
    }
    return known.get(error.code, error.message)


class RowErrorModel(QAbstractTableModel):
    """Rejected rows: row number, column, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: list[RowError] = []

    def set_errors(self, errors: list[RowError]) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        display_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # long messages in tooltips
        if not index.isValid() or role not in display_roles:
            return None
        error = self._errors[index.row()]
        return (error.row, field_text(error.field), row_error_text(error))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.editingFinished.connect(self._typed)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV file or an Excel or LibreOffice spreadsheet listing people."))
        self.browse_button.setText(self.tr("&Browse…"))

    def _typed(self) -> None:
        # editingFinished also fires when focus leaves: only a changed path is read again.
        text = self.path_edit.text().strip()
        if text and text != self._wizard.path_text:
            self._wizard.set_file(Path(text))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), self.path_edit.text(),
            self.tr("Spreadsheets (*.csv *.xlsx *.xls *.ods);;All files (*)"))
        if path:
            self._wizard.set_file(Path(path))

    def isComplete(self) -> bool:
        return self._wizard.table is not None


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.combos: list[QComboBox] = []
        self.header_spin = QSpinBox()
        self.header_spin.valueChanged.connect(self._header_changed)
        self.office_combo, self.kind_combo = QComboBox(), QComboBox()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.header_spin, self.office_combo, self.kind_combo), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(scroll)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Confirm the columns"))
        self.setSubTitle(self.tr("Check which information each column holds; unknown columns are ignored."))
        texts = (self.tr("&Header row:"), self.tr("Default &office:"), self.tr("Default &kind:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)

    def initializePage(self) -> None:
        table, mapping = self._wizard.table, self._wizard.mapping
        assert table is not None and mapping is not None
        self._fill_defaults()
        self.note_label.setText("" if mapping.columns else self.tr(
            "No header was recognised: choose the header row and what each column holds."))
        last = min(len(table.rows), _HEADER_ROWS_OFFERED) - 1
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(table.row_numbers[0], table.row_numbers[max(last, 0)])
        self.header_spin.setValue(table.row_numbers[mapping.header_row])
        self.header_spin.blockSignals(False)
        self._build_combos(mapping)

    def _fill_defaults(self) -> None:
        self.office_combo.clear()
        self.office_combo.addItem(self.tr("(none)"), None)
        with self._wizard.db.read() as session:
            offices = organisation.list_offices(session)
        for office in offices:
            self.office_combo.addItem(f"{office.code} — {office.name}", office.code)
            if office.id == self._wizard.default_office_id:
                self.office_combo.setCurrentIndex(self.office_combo.count() - 1)
        self.kind_combo.clear()
        for kind in PersonKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)

    def _header_changed(self, row_number: int) -> None:
        table = self._wizard.table
        if table is None:
            return
        index = min(bisect_left(table.row_numbers, row_number), len(table.rows) - 1)
        self._wizard.mapping = mapping_for_row(table, index)
        self._build_combos(self._wizard.mapping)

    def _build_combos(self, mapping: ColumnMapping) -> None:
        table = self._wizard.table
        assert table is not None
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        header = table.rows[mapping.header_row]
        sample = table.rows[mapping.header_row + 1] if mapping.header_row + 1 < len(table.rows) else []
        self.combos = []
        for column in range(table.width):
            title = as_text(header[column]) if column < len(header) else ""
            example = as_text(sample[column]) if column < len(sample) else ""
            label = QLabel(self.tr("Column %1: %2").replace("%1", str(column + 1)).replace("%2", title or "—"))
            label.setToolTip(example)
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for target in Field:
                combo.addItem(field_text(target.value), target.value)
            chosen = mapping.columns.get(column)
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            self._grid.addWidget(label, column, 0)
            self._grid.addWidget(combo, column, 1)
            self.combos.append(combo)

    def chosen_mapping(self) -> ColumnMapping:
        assert self._wizard.mapping is not None
        columns = {i: Field(c.currentData()) for i, c in enumerate(self.combos) if c.currentData()}
        return ColumnMapping(header_row=self._wizard.mapping.header_row, columns=columns)

    def validatePage(self) -> bool:
        mapping = self.chosen_mapping()
        targets = list(mapping.columns.values())
        if len(set(targets)) != len(targets):
            QMessageBox.warning(self, self.tr("Columns"), self.tr("Two columns hold the same information."))
            return False
        if mapping.missing_required():
            QMessageBox.warning(self, self.tr("Columns"), self.tr("Choose the column holding the last name."))
            return False
        self._wizard.mapping = mapping
        self._wizard.default_office_code = self.office_combo.currentData()
        self._wizard.default_kind = PersonKind(self.kind_combo.currentData())
        return True


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)  # the French text is long: wrap rather than cut
        self.model = RowErrorModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for section in (0, 1):  # Qt samples at most 1000 rows to size these, so big files stay fast
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # room for the long French texts
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.view)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing is saved until you click Import."))

    def initializePage(self) -> None:
        self._wizard.preview = None
        self.model.set_errors([])
        self.summary_label.setText(self.tr("Checking the file…"))
        self.errors_label.clear()
        self._wizard.start_preview()

    def show_report(self, report: ImportReport) -> None:
        self.summary_label.setText(
            self.tr("%1 to create, %2 to update, %3 unchanged, %4 rejected.")
            .replace("%1", str(report.created)).replace("%2", str(report.updated))
            .replace("%3", str(report.skipped)).replace("%4", str(report.rejected)))
        self.errors_label.setText(self.tr("Rejected rows (they will not be imported):") if report.errors else "")
        self.model.set_errors(report.errors)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.preview is not None


class ImportWizard(QWizard):
    """Choose a file, confirm its columns, preview, import; emits `people_imported(created, updated)`."""

    people_imported = Signal(int, int)
    file_loaded = Signal()
    preview_ready = Signal()

    def __init__(self, db: Database, default_office_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.default_office_id = db, default_office_id
        self.path_text = ""
        self.table: RawTable | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None
        self.default_office_code: str | None = None
        self.default_kind = PersonKind.VOLUNTEER
        self.last_error: BaseException | None = None
        self._task: object = None
        self.file_page, self.mapping_page = _FilePage(self), _MappingPage(self)
        self.preview_page = _PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.retranslate()
        self.setMinimumSize(520, 420)  # below this the French labels and error rows get clipped
        self.resize(720, 540)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import people"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        for page in (self.file_page, self.mapping_page, self.preview_page):
            page.retranslate()

    def set_file(self, path: Path) -> None:
        """Read `path` in the background, then detect its columns."""
        self.table = self.mapping = None
        self.path_text = str(path)
        self.file_page.path_edit.setText(self.path_text)
        self.file_page.status_label.setText(self.tr("Reading the file…"))
        self.file_page.completeChanged.emit()
        self._task = run_with_progress(self, self.tr("Reading the file…"), lambda _p: _read(path),
                                       self._file_read, self._file_failed)

    def _file_read(self, result: tuple[RawTable, ColumnMapping]) -> None:
        self.table, self.mapping = result
        rows = len(self.table.rows) - self.mapping.header_row - 1
        self.file_page.status_label.setText(self.tr("%1 rows below the header.").replace("%1", str(rows)))
        self.file_page.completeChanged.emit()
        self.file_loaded.emit()

    def _file_failed(self, error: BaseException) -> None:
        self.file_page.status_label.setText("")
        self._show_error(self.tr("This file cannot be imported"), error)

    def start_preview(self) -> None:
        """The dry run: the real import, rolled back, so the preview is exactly what will happen."""
        self._task = run_with_progress(self, self.tr("Checking the file…"), self._work(dry_run=True),
                                       self._previewed, self._preview_failed, self.back)

    def _previewed(self, report: ImportReport) -> None:
        self.preview = report
        self.preview_page.show_report(report)
        self.preview_ready.emit()

    def _preview_failed(self, error: BaseException) -> None:
        self.preview_page.summary_label.setText("")
        self._show_error(self.tr("The preview failed"), error)

    def _work(self, *, dry_run: bool) -> Any:
        table, mapping = self.table, self.mapping
        assert table is not None and mapping is not None
        office, kind = self.default_office_code, self.default_kind
        return lambda progress: run_import(self.db, table, mapping, default_office_code=office,
                                           default_kind=kind, dry_run=dry_run, progress=progress)

    def accept(self) -> None:
        """Finish = import for real, in the background, in one transaction."""
        if self.report is not None:
            super().accept()
            return
        self._task = run_with_progress(self, self.tr("Importing…"), self._work(dry_run=False), self._imported,
                                       self._import_failed, self._import_cancelled)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.people_imported.emit(report.created, report.updated)
        super().accept()

    def _import_failed(self, error: BaseException) -> None:
        self._show_error(self.tr("The import failed; nothing was saved"), error)

    def _import_cancelled(self) -> None:
        QMessageBox.information(self, self.tr("Import cancelled"), self.tr("Nothing was saved."))

    def _show_error(self, title: str, error: BaseException) -> None:
        self.last_error = error
        QMessageBox.warning(self, title, file_error_text(error))


def _read(path: Path) -> tuple[RawTable, ColumnMapping]:
    """Worker thread: read and detect; with no recognisable header the user maps the columns by hand."""
    table = read_table(path)
    try:
        mapping = detect_mapping(table)
    except NoHeaderError:
        mapping = ColumnMapping(header_row=0)
    return table, mapping
