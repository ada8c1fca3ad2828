"""Start someone's onboarding: the proposed template, a buddy among active people, and the start date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QWidget

from learnorg_desktop.enums import ChecklistKind
from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.dialogs.person_dialog import to_date, to_qdate
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.formatting import ui_language
from learnorg_desktop.services import onboarding_assign, onboarding_templates, people
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class AssignDialog(QDialog):
    """Choose template, buddy and start; `checklist_assigned(checklist id)` once saved."""

    checklist_assigned = Signal(int)

    def __init__(self, db: Database, person_id: int, template_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._person_id = db, person_id
        self.last_error: ServiceError | None = None
        today = date.today()
        with db.read() as session:
            person = people.get(session, person_id)
            templates = onboarding_templates.list_templates(session, ChecklistKind.ONBOARDING)
            proposed = onboarding_assign.propose_template(session, person_id, language=ui_language())
            buddies = onboarding_assign.people_choices(session, today, office_id=person.data.office_id,
                                                       exclude=person_id)
        self.person_label = QLabel(f"<b>{person.data.first_name} {person.data.last_name}</b>".replace("  ", " "))
        self.template_combo, self.buddy_combo = QComboBox(), QComboBox()
        for t in templates:
            self.template_combo.addItem(f"{t.name} (v{t.version})", t.id)
        wanted = template_id if template_id is not None else (proposed.id if proposed else None)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(wanted), 0))
        self.buddy_combo.addItem("", None)
        for b in buddies:
            self.buddy_combo.addItem(f"{b.name} ({b.office_code})" if b.office_code else b.name, b.id)
        self.start_edit = QDateEdit(to_qdate(person.data.arrival_date or today))
        self.start_edit.setCalendarPopup(True)
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.save)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        form.addRow(self.person_label)
        for label, widget in zip(self._labels, (self.template_combo, self.buddy_combo, self.start_edit), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start onboarding"))
        self._labels[0].setText(self.tr("&Checklist:"))
        self._labels[1].setText(self.tr("&Buddy / mentor:"))
        self._labels[2].setText(self.tr("&Starts on:"))
        self.buddy_combo.setItemText(0, self.tr("(choose later)"))

    def save(self) -> None:
        template_id = self.template_combo.currentData()
        try:
            if template_id is None:
                raise ServiceError("no onboarding template", code="no_template")
            with self._db.transaction() as session:
                checklist_id = onboarding_assign.assign(
                    session, self._person_id, template_id, date.today(), buddy_id=self.buddy_combo.currentData(),
                    start=to_date(self.start_edit.date()))
        except ServiceError as error:
            self.last_error = error
            self.error_label.setText(service_error_text(error))
            self.error_label.show()
            return
        self.checklist_assigned.emit(checklist_id)
        self.accept()


