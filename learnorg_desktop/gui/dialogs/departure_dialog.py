"""Record that someone left: a date (today by default) and a reason; the person is kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.dialogs.person_dialog import to_date
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.services import people, talent
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class DepartureDialog(QDialog):
    """Asks for the departure date and reason; `departure_recorded(id)` once saved."""

    departure_recorded = Signal(int)

    def __init__(self, db: Database, person_id: int, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._person_id = db, person_id
        self.last_error: ServiceError | None = None
        self.lost_skills: list[talent.SingleHolder] = []
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.reason_edit = QLineEdit()
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.save)
        self._name_label = QLabel(person_name)
        self._date_label, self._reason_label = QLabel(), QLabel()
        self._date_label.setBuddy(self.date_edit)
        self._reason_label.setBuddy(self.reason_edit)
        form = QFormLayout(self)
        form.addRow(self._name_label)
        form.addRow(self._date_label, self.date_edit)
        form.addRow(self._reason_label, self.reason_edit)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.retranslate()
        self.resize(380, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a departure"))
        self._date_label.setText(self.tr("&Departure date:"))
        self._reason_label.setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. moved away, end of contract"))

    def save(self) -> None:
        if not self.confirm_lost_skills(to_date(self.date_edit.date())):
            return
        try:
            with self._db.transaction() as session:
                people.record_departure(session, self._person_id, to_date(self.date_edit.date()),
                                        self.reason_edit.text())
        except ServiceError as error:
            self.last_error = error
            self.error_label.setText(service_error_text(error))
            self.error_label.show()
            self.date_edit.setFocus()
            return
        self.departure_recorded.emit(self._person_id)
        self.accept()

    def confirm_lost_skills(self, when: date) -> bool:
        """Warn when nobody else would hold some of this person's skills from `when`; True to go on."""
        go_on, self.lost_skills = confirm_lost_skills(self, self._db, self._person_id, when)
        return go_on


def confirm_lost_skills(parent: QWidget, db: Database, person_id: int,
                        when: date) -> tuple[bool, list[talent.SingleHolder]]:
    """Ask before a departure leaves skills without an active holder: (go on?, the skills that would be lost)."""
    with db.read() as session:
        lost = talent.skills_left_without_holder(session, person_id, when)
    if not lost:
        return True, lost
    key = QCoreApplication.translate("DepartureDialog", " (key skill)")
    names = "\n".join(f"• {s.skill}" + (key if s.is_key else "") for s in lost)
    text = QCoreApplication.translate(
        "DepartureDialog", "After this departure, nobody active would hold these skills:\n\n%1\n\n"
        "Record the departure anyway? (Plan to pass these skills on in time.)").replace("%1", names)
    title = QCoreApplication.translate("DepartureDialog", "Skills would leave with this person")
    answer = QMessageBox.warning(parent, title, text,
                                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                 QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes, lost
