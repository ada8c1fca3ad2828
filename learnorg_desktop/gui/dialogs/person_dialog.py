"""Add or edit one person; validation goes through services.people and names the faulty field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QWidget

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.gui import colours
from learnorg_desktop.gui.dialogs.conflict import Edited, offer_reload
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.forms.ui_person_dialog import Ui_PersonDialog
from learnorg_desktop.gui.keyboard import tab_leaves_text_areas
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.services import organisation, people, privacy
from learnorg_desktop.services.errors import ConflictError, ServiceError, ValidationError
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.database import Database


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PersonDialog(QDialog):
    """The person form; `person_saved(id)` is emitted once the change is committed."""

    person_saved = Signal(int)

    def __init__(self, db: Database, person_id: int | None = None, *, default_office_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._person_id = person_id
        self._version: int | None = None
        self._stored_departure: date | None = None
        self.last_error: ServiceError | None = None
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._fields: dict[str, QWidget] = {
            "kind": self.ui.kindCombo, "last_name": self.ui.lastNameEdit, "first_name": self.ui.firstNameEdit,
            "email": self.ui.emailEdit, "arrival_date": self.ui.arrivalDateEdit,
            "departure_date": self.ui.departureDateEdit,
        }
        self._fill_choices()
        for check, edit in self._date_pairs():
            check.toggled.connect(edit.setEnabled)
            edit.setDate(QDate.currentDate())
        self.ui.departureCheck.toggled.connect(self.ui.departureReasonEdit.setEnabled)
        self.ui.departureReasonEdit.setEnabled(False)
        self.ui.errorLabel.hide()
        self._style_fields()
        tab_leaves_text_areas(self)
        self.ui.consentsButton.clicked.connect(self.open_consents)
        self.consents_dialog: QDialog | None = None
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.retranslate()
        if person_id is None:
            self._select_data(self.ui.officeCombo, default_office_id)
        else:
            self._load(person_id)

    def person_id(self) -> int | None:
        return self._person_id

    def _style_fields(self) -> None:
        """The sensitive-notes field in amber and the error line in red, in the colour scheme's variants."""
        ui = self.ui
        colours.keep_styled(ui.errorLabel, colours.error_style)
        colours.keep_styled(ui.sensitiveLabel, lambda: f"color: {colours.warning_text().name()}; font-weight: bold;")
        colours.keep_styled(ui.sensitiveNotesEdit, lambda: (
            f"QPlainTextEdit {{ border: 2px solid {colours.notice().border.name()};"
            f" background: {colours.highlight_background().name()}; }}"))
        colours.keep_styled(ui.sensitiveHint, lambda: (
            "background: {0}; color: {2}; border: 1px solid {1}; border-radius: 3px; padding: 3px;"
            .format(*(c.name() for c in colours.notice()))))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self._person_id is None:
            self.setWindowTitle(self.tr("Add a person"))
        else:
            self.setWindowTitle(self.tr("Edit a person"))
        for i, kind in enumerate(PersonKind):
            self.ui.kindCombo.setItemText(i, kind_label(kind))
        self.ui.sensitiveHint.setText(self.tr("Sensitive (health, personal situation…): shown only in this form, "
                                              "never in lists or reports. Write only what is needed."))
        self.ui.consentsButton.setToolTip("" if self._person_id else self.tr("Save the person first."))
        self._show_consents()

    # --- loading -------------------------------------------------------------------------------
    def _date_pairs(self) -> tuple[tuple[QCheckBox, QDateEdit], ...]:
        return ((self.ui.arrivalCheck, self.ui.arrivalDateEdit), (self.ui.departureCheck, self.ui.departureDateEdit))

    def _fill_choices(self) -> None:
        for kind in PersonKind:
            self.ui.kindCombo.addItem(kind_label(kind), kind.value)
        with self._db.read() as session:
            offices = organisation.list_offices(session)
            roles = organisation.list_roles(session)
        self.ui.officeCombo.addItem(self.tr("(no office)"), None)
        for office in offices:
            self.ui.officeCombo.addItem(f"{office.code} – {office.name}", office.id)
        self.ui.roleCombo.addItem("")
        self.ui.roleCombo.addItems([name for _, name in roles])
        self.ui.roleCombo.setCurrentIndex(0)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _load(self, person_id: int) -> None:
        with self._db.read() as session:
            detail = people.get(session, person_id)
        self._version = detail.row_version
        self._stored_departure = detail.data.departure_date
        data = detail.data
        self._select_data(self.ui.kindCombo, PersonKind(data.kind).value)
        self.ui.lastNameEdit.setText(data.last_name)
        self.ui.firstNameEdit.setText(data.first_name)
        self.ui.emailEdit.setText(data.email or "")
        self.ui.phoneEdit.setText(data.phone)
        self._select_data(self.ui.officeCombo, data.office_id)
        self.ui.roleCombo.setCurrentText(data.role)
        for (check, edit), value in zip(self._date_pairs(), (data.arrival_date, data.departure_date), strict=True):
            check.setChecked(value is not None)
            if value is not None:
                edit.setDate(to_qdate(value))
        self.ui.departureReasonEdit.setText(data.departure_reason)
        self.ui.languagesEdit.setText(data.languages)
        self.ui.notesEdit.setPlainText(data.notes)
        self.ui.sensitiveNotesEdit.setPlainText(data.sensitive_notes)

    # --- consents ------------------------------------------------------------------------------
    def _show_consents(self) -> None:
        """"2 given, 1 withdrawn" beside the Consents… button (enabled once the person exists)."""
        self.ui.consentsButton.setEnabled(self._person_id is not None)
        if self._person_id is None:
            self.ui.consentsSummary.setText(self.tr("Recorded once the person is saved."))
            return
        with self._db.read() as session:
            rows = privacy.list_consents(session, self._person_id)
        active = sum(1 for r in rows if r.active)
        if not rows:
            text = self.tr("None recorded.")
        elif active == len(rows):
            text = self.tr("%1 given.").replace("%1", str(active))
        else:
            text = self.tr("%1 given, %2 withdrawn.").replace("%1", str(active)).replace("%2", str(len(rows) - active))
        self.ui.consentsSummary.setText(text)

    def open_consents(self) -> QDialog | None:
        if self._person_id is None:
            return None
        from learnorg_desktop.gui.dialogs.consents_dialog import ConsentsDialog

        name = f"{self.ui.firstNameEdit.text()} {self.ui.lastNameEdit.text()}".strip()
        dialog = ConsentsDialog(self._db, self._person_id, name, self)
        dialog.consents_changed.connect(self._show_consents)
        dialog.finished.connect(dialog.deleteLater)
        self.consents_dialog = dialog
        dialog.open()
        return dialog

    # --- saving --------------------------------------------------------------------------------
    def person_input(self) -> PersonInput:
        """What the form currently says, not yet validated."""
        arrival = to_date(self.ui.arrivalDateEdit.date()) if self.ui.arrivalCheck.isChecked() else None
        departure = to_date(self.ui.departureDateEdit.date()) if self.ui.departureCheck.isChecked() else None
        return PersonInput(
            kind=PersonKind(self.ui.kindCombo.currentData()), last_name=self.ui.lastNameEdit.text(),
            first_name=self.ui.firstNameEdit.text(), email=self.ui.emailEdit.text(),
            phone=self.ui.phoneEdit.text(), office_id=self.ui.officeCombo.currentData(),
            role=self.ui.roleCombo.currentText(), arrival_date=arrival, departure_date=departure,
            departure_reason=self.ui.departureReasonEdit.text() if departure else "",
            languages=self.ui.languagesEdit.text(), notes=self.ui.notesEdit.toPlainText(),
            sensitive_notes=self.ui.sensitiveNotesEdit.toPlainText(),
        )

    def save(self) -> None:
        """Validate, write in one transaction, and close; on a refusal stay open and point at the field."""
        data = self.person_input()
        try:
            people.validate(data)
            if not self._departure_confirmed(data.departure_date):
                return
            with self._db.transaction() as session:
                if self._person_id is None:
                    self._person_id = people.create(session, data)
                else:
                    people.update(session, self._person_id, data, expected_version=self._version)
        except ConflictError as error:
            self._conflict(error)
            return
        except ServiceError as error:
            self._show_error(error)
            return
        self.person_saved.emit(self._person_id)
        self.accept()

    def _departure_confirmed(self, departure: date | None) -> bool:
        """A departure entered here warns about lost skills exactly as "Record departure…" does."""
        if self._person_id is None or departure is None or departure == self._stored_departure:
            return True
        from learnorg_desktop.gui.dialogs.departure_dialog import confirm_lost_skills  # it imports this module

        go_on, _lost = confirm_lost_skills(self, self._db, self._person_id, departure)
        return go_on

    def _show_error(self, error: ServiceError) -> None:
        self.last_error = error
        self.ui.errorLabel.setText(service_error_text(error))
        self.ui.errorLabel.show()
        widget = self._fields.get(error.field) if isinstance(error, ValidationError) else None
        if widget is not None:
            widget.setFocus()
            if hasattr(widget, "selectAll"):
                widget.selectAll()

    def _conflict(self, error: ConflictError) -> None:
        self.last_error = error
        if self._person_id is not None:
            offer_reload(self, Edited.PERSON, error, self.reload, self._show_error)

    def reload(self) -> None:
        """The stored person and its version back in the form (after a conflict), replacing what was typed."""
        if self._person_id is None:
            return
        try:
            self._load(self._person_id)
        except ServiceError as error:  # deleted meanwhile
            self._show_error(error)
            return
        self.last_error = None
        self.ui.errorLabel.hide()
