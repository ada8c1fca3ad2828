"""Add or edit a skill of the catalogue, or a category; checks go through services.skills."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from learnorg_desktop.gui.dialogs.form_dialog import FormDialog
from learnorg_desktop.gui.models.skill_labels import level_label
from learnorg_desktop.services import skills
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.skills import SkillInput
from learnorg_desktop.storage.database import Database


class SkillDialog(FormDialog):
    """The skill form; `skill_saved(id)` once committed. A key skill needs a target (people and level)."""

    skill_saved = Signal(int)

    def __init__(self, db: Database, skill_id: int | None = None, *, category_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._skill_id = db, skill_id
        self.name_edit = QLineEdit()
        self.category_combo = QComboBox()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(70)
        self.key_check = QCheckBox()
        self.holders_spin = QSpinBox(minimum=0, maximum=9999)
        self.level_combo = QComboBox()
        self.expires_check = QCheckBox()
        self._labels = [QLabel() for _ in range(6)]
        for label, widget, field in zip(self._labels, (
                self.name_edit, self.category_combo, self.description_edit, self.holders_spin, self.level_combo,
                self.expires_check), ("name", "category_id", "description", "target_holders", "target_level",
                                      "expires"), strict=True):
            self.add_row(label, widget, field)
            if field == "description":
                self.form.addRow("", self.key_check)
        self.finish_layout()
        self.key_check.toggled.connect(self._key_toggled)
        with db.read() as session:
            categories = skills.list_categories(session)
            current = skills.get_skill(session, skill_id) if skill_id is not None else None
        self.category_combo.addItem("", None)
        for category in categories:
            self.category_combo.addItem(category.name, category.id)
        self.level_combo.addItem("", None)
        for level in range(1, 5):
            self.level_combo.addItem(level_label(level), level)
        self.retranslate()
        if current is not None:
            self._load(current)
        else:
            self.category_combo.setCurrentIndex(max(self.category_combo.findData(category_id), 0))
            self._key_toggled(False)
        self.resize(460, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a skill") if self._skill_id is None else self.tr("Edit a skill"))
        texts = (self.tr("&Name:"), self.tr("&Category:"), self.tr("&Description:"), self.tr("Target &people:"),
                 self.tr("Target &level:"), self.tr("E&xpires:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.category_combo.setItemText(0, self.tr("(no category)"))
        self.level_combo.setItemText(0, self.tr("(none)"))
        self.key_check.setText(self.tr("&Key skill: the organisation sets a target"))
        self.expires_check.setText(self.tr("Assessments carry a valid-until date (e.g. first aid)"))
        self.holders_spin.setSpecialValueText(self.tr("(none)"))
        self.holders_spin.setToolTip(self.tr("How many active people should hold this skill"))

    def _key_toggled(self, checked: bool) -> None:
        for widget in (self.holders_spin, self.level_combo):
            widget.setEnabled(checked)

    def _load(self, row: skills.SkillRow) -> None:
        self.name_edit.setText(row.name)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(row.category_id), 0))
        self.description_edit.setPlainText(row.description)
        self.key_check.setChecked(row.is_key)
        self._key_toggled(row.is_key)
        self.holders_spin.setValue(row.target_holders or 0)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(row.target_level), 0))
        self.expires_check.setChecked(row.expires)

    def skill_input(self) -> SkillInput:
        """What the form says, not yet validated (a non-key skill keeps no target)."""
        key = self.key_check.isChecked()
        return SkillInput(
            name=self.name_edit.text(), category_id=self.category_combo.currentData(),
            description=self.description_edit.toPlainText(), is_key=key,
            target_holders=(self.holders_spin.value() or None) if key else None,
            target_level=self.level_combo.currentData() if key else None, expires=self.expires_check.isChecked(),
        )

    def save(self) -> None:
        data = self.skill_input()
        try:
            skills.validate_skill(data)
            with self._db.transaction() as session:
                if self._skill_id is None:
                    self._skill_id = skills.create_skill(session, data)
                else:
                    skills.update_skill(session, self._skill_id, data)
        except ServiceError as error:
            self.show_error(error)
            return
        self.skill_saved.emit(self._skill_id)
        self.accept()


class CategoryDialog(FormDialog):
    """Add or rename a category; `category_saved(id)` once committed."""

    category_saved = Signal(int)

    def __init__(self, db: Database, category: skills.CategoryRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._category_id = category.id if category else None
        self.name_edit = QLineEdit(category.name if category else "")
        self.description_edit = QLineEdit(category.description if category else "")
        self._name_label, self._description_label = QLabel(), QLabel()
        self.add_row(self._name_label, self.name_edit, "name")
        self.add_row(self._description_label, self.description_edit, "description")
        self.finish_layout()
        self.retranslate()
        self.resize(420, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a category") if self._category_id is None else self.tr("Edit a category"))
        self._name_label.setText(self.tr("&Name:"))
        self._description_label.setText(self.tr("&Description:"))

    def save(self) -> None:
        try:
            with self._db.transaction() as session:
                if self._category_id is None:
                    self._category_id = skills.create_category(session, self.name_edit.text(),
                                                               self.description_edit.text())
                else:
                    skills.update_category(session, self._category_id, self.name_edit.text(),
                                           self.description_edit.text())
        except ServiceError as error:
            self.show_error(error)
            return
        self.category_saved.emit(self._category_id)
        self.accept()
