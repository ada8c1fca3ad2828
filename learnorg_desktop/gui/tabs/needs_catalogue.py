"""The skills catalogue view: categories and skills, the starter catalogue and spreadsheet imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.gui.dialogs.skill_dialog import CategoryDialog, SkillDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.formatting import ui_language
from learnorg_desktop.gui.keyboard import delete_key
from learnorg_desktop.gui.models.skills_models import SkillsModel
from learnorg_desktop.gui.tabs.needs_person import make_table
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.services import skills
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database

IMPORT_FILTER = "Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;*"


class CatalogueView(LazyView):
    """Categories (filter and edit) and the skills table; `catalogue_changed` after any change."""

    catalogue_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = SkillsModel(self)
        self.category_combo = QComboBox()
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_combo.currentIndexChanged.connect(lambda _i: self._load_skills())
        self.add_category_button, self.edit_category_button = QPushButton(), QPushButton()
        self.delete_category_button = QPushButton()
        self.table = make_table(self.model, self)
        for column, width in enumerate((260, 230, 80, 150, 70)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_skill())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.starter_button, self.import_button = QPushButton(), QPushButton()
        self.count_label, self._category_label = QLabel(), QLabel()
        self._connect_buttons()
        self._layout()
        self.retranslate()

    def _connect_buttons(self) -> None:
        for button, slot in ((self.add_category_button, self.add_category),
                             (self.edit_category_button, self.edit_category),
                             (self.delete_category_button, self.delete_category), (self.add_button, self.add_skill),
                             (self.edit_button, self.edit_skill), (self.delete_button, self.delete_skill),
                             (self.starter_button, self.load_starter), (self.import_button, self.import_catalogue)):
            button.clicked.connect(slot)
        delete_key(self.table, self.delete_button)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._category_label)
        top.addWidget(self.category_combo)
        for button in (self.add_category_button, self.edit_category_button, self.delete_category_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.starter_button)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Skills"))
        self._category_label.setText(self.tr("Category:"))
        if self.category_combo.count():
            self.category_combo.setItemText(0, self.tr("All categories"))
        self.add_category_button.setText(self.tr("New category…"))
        self.edit_category_button.setText(self.tr("Rename…"))
        self.delete_category_button.setText(self.tr("Delete category"))
        self.add_button.setText(self.tr("&Add a skill…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.starter_button.setText(self.tr("Load starter catalogue"))
        self.starter_button.setToolTip(self.tr(
            "Adds the skills suggested for solidarity NGOs; your own skills and changes are kept."))
        self.import_button.setText(self.tr("&Import catalogue…"))
        self._update_count()

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self._db.read() as session:
            categories = skills.list_categories(session)
        kept = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for category in categories:
            self.category_combo.addItem(f"{category.name} ({category.skill_count})", category.id)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(kept), 0))
        self.category_combo.blockSignals(False)
        self._categories = {c.id: c for c in categories}
        self._load_skills()

    def _load_skills(self, select_id: int | None = None) -> None:
        kept = select_id if select_id is not None else self.current_skill_id()
        with self._db.read() as session:
            self.model.set_rows(skills.list_skills(session, category_id=self.category_combo.currentData()))
        row = self.model.row_of(kept) if kept is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("1 skill") if count == 1 else self.tr("%1 skills").replace("%1", str(count)))

    def _update_actions(self) -> None:
        selected = self.current_skill_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        has_category = self.category_combo.currentData() is not None
        self.edit_category_button.setEnabled(has_category)
        self.delete_category_button.setEnabled(has_category)

    def current_skill_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _changed(self, skill_id: int | None = None) -> None:
        self.refresh()
        if skill_id is not None:
            self._load_skills(skill_id)
        self.catalogue_changed.emit()

    # --- skills ----------------------------------------------------------------------------------
    def add_skill(self) -> SkillDialog:
        dialog = SkillDialog(self._db, category_id=self.category_combo.currentData(), parent=self)
        return self._open(dialog)

    def edit_skill(self) -> SkillDialog | None:
        skill_id = self.current_skill_id()
        return None if skill_id is None else self._open(SkillDialog(self._db, skill_id, parent=self))

    def _open(self, dialog: SkillDialog) -> SkillDialog:
        dialog.skill_saved.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_skill(self) -> None:
        skill_id = self.current_skill_id()
        if skill_id is None:
            return
        name = self.model.row_at(self.model.row_of(skill_id) or 0).name
        answer = QMessageBox.question(self, self.tr("Delete a skill"), self.tr(
            "Delete the skill “%1”? Assessments and needs keep it in their history.").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(lambda session: skills.delete_skill(session, skill_id), self.tr("Delete a skill"))

    # --- categories -----------------------------------------------------------------------------
    def add_category(self) -> CategoryDialog:
        dialog = CategoryDialog(self._db, parent=self)
        dialog.category_saved.connect(lambda _id: self._changed())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_category(self) -> CategoryDialog | None:
        category = self._categories.get(self.category_combo.currentData())
        if category is None:
            return None
        dialog = CategoryDialog(self._db, category, parent=self)
        dialog.category_saved.connect(lambda _id: self._changed())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_category(self) -> None:
        category_id = self.category_combo.currentData()
        if category_id is not None:
            self._write(lambda session: skills.delete_category(session, category_id), self.tr("Delete category"))

    def _write(self, action: object, title: str) -> bool:
        try:
            with self._db.transaction() as session:
                action(session)  # type: ignore[operator]
        except ServiceError as error:
            QMessageBox.warning(self, title, service_error_text(error))
            return False
        self._changed()
        return True

    # --- files -----------------------------------------------------------------------------------
    def load_starter(self) -> None:
        from learnorg_desktop.catalogue.starter import load_starter_catalogue

        report = None
        try:
            with self._db.transaction() as session:
                report = load_starter_catalogue(session, ui_language())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Load starter catalogue"), service_error_text(error))
            return
        self._changed()
        QMessageBox.information(self, self.tr("Load starter catalogue"), self.tr(
            "%1 skills and %2 categories added; %3 skills were already there.")
            .replace("%1", str(report.skills_created)).replace("%2", str(report.categories_created))
            .replace("%3", str(report.skills_skipped)))

    def import_catalogue(self, path: Path | None = None) -> bool:
        """Import a CSV/XLSX catalogue; on any bad row nothing is written and every bad row is listed."""
        from learnorg_desktop.catalogue.spreadsheet import CatalogueImportError, import_catalogue_file

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a skills catalogue"), "", IMPORT_FILTER)
            if not chosen:
                return False
            path = Path(chosen)
        title = self.tr("Import a skills catalogue")
        try:
            with self._db.transaction() as session:
                report = import_catalogue_file(session, path)
        except CatalogueImportError as error:
            self._show_bad_rows(title, error)
            return False
        except (ServiceError, OSError) as error:
            text = service_error_text(error) if isinstance(error, ServiceError) else str(error)
            QMessageBox.warning(self, title, text)
            return False
        self._changed()
        QMessageBox.information(self, title, self.tr("%1 skills added, %2 updated, %3 new categories.")
                                .replace("%1", str(report.created)).replace("%2", str(report.updated))
                                .replace("%3", str(report.categories_created)))
        return True

    def _show_bad_rows(self, title: str, error: object) -> None:
        errors = getattr(error, "errors", [])
        lines = [self.tr("Row %1 (%2): %3").replace("%1", str(e.row)).replace("%2", e.field or "")
                 .replace("%3", e.message) for e in errors]
        box = QMessageBox(QMessageBox.Icon.Warning, title, self.tr(
            "Nothing was imported: %1 rows must be corrected first.").replace("%1", str(len(errors))),
            QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(lines[:15]) + ("\n…" if len(lines) > 15 else ""))
        box.setDetailedText("\n".join(lines))
        self.last_bad_rows = [e.row for e in errors]
        box.open()

