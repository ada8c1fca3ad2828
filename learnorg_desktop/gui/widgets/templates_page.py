"""The templates page of the onboarding tab: list, new, edit (new version), delete, load the defaults."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.gui.dialogs.template_dialog import TemplateDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.formatting import ui_language
from learnorg_desktop.gui.models.onboarding_models import TemplatesModel
from learnorg_desktop.services import onboarding_templates
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class TemplatesPage(QWidget):
    """Checklist templates; `templates_changed` after any change."""

    templates_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = TemplatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.doubleClicked.connect(lambda _i: self.edit_template())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.delete_button, self.defaults_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(lambda: self.new_template())
        self.edit_button.clicked.connect(lambda: self.edit_template())
        self.delete_button.clicked.connect(self.delete_template)
        self.defaults_button.clicked.connect(self.load_defaults)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Checklist templates"))
        self.hint_label.setText(self.tr(
            "A checklist is copied when it is given to someone: editing a template creates a new version and "
            "never changes the checklists already assigned."))
        self.new_button.setText(self.tr("&New template…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.defaults_button.setText(self.tr("&Load default templates"))

    def refresh(self) -> None:
        with self._db.read() as session:
            self.model.set_rows(onboarding_templates.list_templates(session))
        self._update_actions()

    def current_template_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _update_actions(self) -> None:
        selected = self.current_template_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _open(self, dialog: TemplateDialog) -> TemplateDialog:
        dialog.template_saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_template(self) -> TemplateDialog:
        return self._open(TemplateDialog(self._db, parent=self))

    def edit_template(self) -> TemplateDialog | None:
        template_id = self.current_template_id()
        return None if template_id is None else self._open(TemplateDialog(self._db, template_id, self))

    def _saved(self, template_id: int) -> None:
        self.refresh()
        row = self.model.row_of_id(template_id)
        if row is not None:
            self.table.selectRow(row)
        self.templates_changed.emit()

    def delete_template(self) -> None:
        template_id = self.current_template_id()
        if template_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete template"), self.tr(
            "Delete this template? Checklists already assigned keep their items."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.transaction() as session:
                onboarding_templates.delete_template(session, template_id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Delete template"), service_error_text(error))
        self.refresh()
        self.templates_changed.emit()

    def load_defaults(self) -> onboarding_templates.DefaultsReport:
        """Add the shipped templates in the interface's language; loading twice adds nothing."""
        with self._db.transaction() as session:
            report = onboarding_templates.load_default_templates(session, ui_language())
        self.refresh()
        self.templates_changed.emit()
        QMessageBox.information(self, self.tr("Default templates"), self.tr(
            "%1 templates added, %2 already there.").replace("%1", str(report.created))
            .replace("%2", str(report.skipped)))
        return report
