"""The office a new database belongs to: code, name, and whether it is headquarters."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel


@dataclass(frozen=True)
class NewOffice:
    """What the user typed; services.organisation.initialise validates it."""

    code: str
    name: str
    organisation: str
    headquarters: bool


class NewDatabaseDialog(QDialog):
    """Asks for the office of a database being created."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_edit, self.name_edit, self.organisation_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.code_edit.setMaxLength(32)
        self.hq_check = QCheckBox()
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.accept)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout(self)
        for label, edit in zip(self._labels, (self.code_edit, self.name_edit, self.organisation_edit), strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow(self.hq_check)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New database"))
        self._labels[0].setText(self.tr("Office &code:"))
        self._labels[1].setText(self.tr("Office &name:"))
        self._labels[2].setText(self.tr("O&rganisation:"))
        self.code_edit.setPlaceholderText(self.tr("e.g. HQ, LYON"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Headquarters, Lyon office"))
        self.hq_check.setText(self.tr("This office is the &headquarters"))

    def office(self) -> NewOffice:
        return NewOffice(self.code_edit.text(), self.name_edit.text(), self.organisation_edit.text(),
                         self.hq_check.isChecked())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
