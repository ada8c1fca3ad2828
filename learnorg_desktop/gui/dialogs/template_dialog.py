"""Create or edit a checklist template: name, audience, office, language, and its ordered steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import ChecklistKind, PersonKind
from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.gui.models.onboarding_models import TemplateItemsModel
from learnorg_desktop.services import onboarding_templates, organisation
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.onboarding_templates import TemplateInput, TemplateItemInput
from learnorg_desktop.storage.database import Database


class TemplateDialog(QDialog):
    """The template form; `template_saved(id)` once committed. Saving an edit makes a new version."""

    template_saved = Signal(int)

    def __init__(self, db: Database, template_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._template_id = db, template_id
        self.last_error: ServiceError | None = None
        self.items_model = TemplateItemsModel(self)
        self._build()
        self.retranslate()
        if template_id is not None:
            self._load(template_id)
        self.resize(820, 560)

    def _build(self) -> None:
        self.name_edit, self.description_edit = QLineEdit(), QLineEdit()
        self.kind_combo, self.audience_combo = QComboBox(), QComboBox()
        self.office_combo, self.language_combo = QComboBox(), QComboBox()
        for kind in ChecklistKind:
            self.kind_combo.addItem("", kind.value)
        self.audience_combo.addItem("", None)
        for person_kind in PersonKind:
            self.audience_combo.addItem(kind_label(person_kind), person_kind.value)
        with self._db.read() as session:
            offices = organisation.list_offices(session)
        self.office_combo.addItem("", None)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.table = QTableView()
        self.table.setModel(self.items_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((280, 150, 170)):
            self.table.setColumnWidth(column, width)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(lambda: self.items_model.remove_item(self._current_row()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.save, QDialogButtonBox.StandardButton.Save)
        self._labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, widget in zip(self._labels, (self.name_edit, self.kind_combo, self.audience_combo,
                                                self.office_combo, self.language_combo, self.description_edit),
                                 strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New template") if self._template_id is None else self.tr("Edit template"))
        texts = (self.tr("&Name:"), self.tr("&Kind:"), self.tr("&Audience:"), self.tr("&Office:"),
                 self.tr("&Language:"), self.tr("&Description:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.kind_combo.setItemText(0, self.tr("Onboarding"))
        self.kind_combo.setItemText(1, self.tr("Departure (hand-over)"))
        self.audience_combo.setItemText(0, self.tr("Everyone"))
        self.office_combo.setItemText(0, self.tr("All offices"))
        self.add_button.setText(self.tr("Add &item"))
        self.remove_button.setText(self.tr("&Remove item"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))

    def _load(self, template_id: int) -> None:
        with self._db.read() as session:
            detail = onboarding_templates.get_template(session, template_id)
        data = detail.data
        self.name_edit.setText(data.name)
        self.description_edit.setText(data.description)
        for combo, value in ((self.kind_combo, ChecklistKind(data.kind).value),
                             (self.audience_combo, data.audience.value if data.audience else None),
                             (self.office_combo, data.office_id), (self.language_combo, data.language)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.items_model.set_rows(data.items)
        self.setWindowTitle(f"{self.windowTitle()} – v{detail.version}")

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.items_model.rowCount() - 1

    def _move(self, delta: int) -> None:
        row = self.items_model.move_item(self._current_row(), delta)
        self.table.selectRow(row)

    def add_item(self) -> None:
        row = self.items_model.rowCount()
        last = self.items_model.items()[-1].due_days if row else 0
        self.items_model.insert_item(row, TemplateItemInput(self.tr("New item"), due_days=last))
        self.table.selectRow(row)
        self.table.edit(self.items_model.index(row, 0))

    def template_input(self) -> TemplateInput:
        audience = self.audience_combo.currentData()
        return TemplateInput(
            name=self.name_edit.text(), kind=ChecklistKind(self.kind_combo.currentData()),
            audience=PersonKind(audience) if audience else None, office_id=self.office_combo.currentData(),
            language=self.language_combo.currentData(), description=self.description_edit.text(),
            items=self.items_model.items(),
        )

    def save(self) -> None:
        data = self.template_input()
        try:
            with self._db.transaction() as session:
                if self._template_id is None:
                    self._template_id = onboarding_templates.create_template(session, data)
                else:
                    onboarding_templates.update_template(session, self._template_id, data)
        except ServiceError as error:
            self.last_error = error
            self.error_label.setText(service_error_text(error))
            self.error_label.show()
            return
        self.template_saved.emit(self._template_id)
        self.accept()
