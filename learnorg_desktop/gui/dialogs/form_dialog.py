"""A form dialog base: a QFormLayout, an error line naming the refused field, OK/Cancel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.keyboard import tab_leaves_text_areas
from learnorg_desktop.services.errors import ServiceError, ValidationError


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FormDialog(QDialog):
    """Subclasses add rows to `form`, register widgets in `fields` by service field name, and override save()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_error: ServiceError | None = None
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout(self)
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.save)

    def finish_layout(self) -> None:
        """Call once every row is added: the error line and the buttons go last."""
        self.form.addRow(self.error_label)
        self.form.addRow(self.buttons)
        tab_leaves_text_areas(self)

    def add_row(self, label: QLabel, widget: QWidget, field: str | None = None) -> None:
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        if field is not None:
            self.fields[field] = widget

    def save(self) -> None:
        """OK pressed: each form validates and writes through its service, then accepts."""
        self.accept()

    def show_error(self, error: ServiceError) -> None:
        """Say what is wrong and put the cursor in the refused field."""
        self.last_error = error
        text = service_error_text(error)
        field = error.field.rsplit(".", 1)[-1] if isinstance(error, ValidationError) else ""
        widget = self.fields.get(field)
        label = self.form.labelForField(widget) if widget is not None else None
        if isinstance(error, ValidationError) and isinstance(label, QLabel) and text.startswith(error.field):
            # Name the field as the form labels it, not by its code name.
            text = label.text().replace("&", "").rstrip(" :\u00a0") + text[len(error.field):]
        self.error_label.setText(text)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()
            select_all = getattr(widget, "selectAll", None)
            if callable(select_all):
                select_all()
