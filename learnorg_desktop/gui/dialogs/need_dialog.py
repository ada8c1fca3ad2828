"""Add or edit a learning need: a person OR an office/team, a skill OR a free topic."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from learnorg_desktop.enums import NeedOrigin
from learnorg_desktop.gui.dialogs.conflict import Edited, offer_reload
from learnorg_desktop.gui.dialogs.form_dialog import FormDialog, to_date, to_qdate
from learnorg_desktop.gui.models.skill_labels import level_label, origin_label, priority_label
from learnorg_desktop.gui.widgets.person_picker import PersonPicker
from learnorg_desktop.services import needs, organisation, skills
from learnorg_desktop.services.errors import ConflictError, ServiceError
from learnorg_desktop.services.needs import NeedInput, NeedRow
from learnorg_desktop.storage.database import Database


def _pair(first: QWidget, second: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first)
    layout.addWidget(second, 1)
    return box


class NeedDialog(FormDialog):
    """The need form; `need_saved(id)` once committed (the status changes elsewhere, through the lifecycle)."""

    need_saved = Signal(int)

    def __init__(self, db: Database, need_id: int | None = None, *, person_id: int | None = None,
                 office_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._need_id, self._version = db, need_id, None
        with db.read() as session:
            offices = organisation.list_offices(session)
            skill_rows = skills.list_skills(session)
            current = needs.get_need(session, need_id) if need_id is not None else None
        self.person_radio, self.collective_radio = QRadioButton(), QRadioButton()
        self.skill_radio, self.topic_radio = QRadioButton(), QRadioButton()
        self._owner_group, self._subject_group = QButtonGroup(self), QButtonGroup(self)
        for group, buttons in ((self._owner_group, (self.person_radio, self.collective_radio)),
                               (self._subject_group, (self.skill_radio, self.topic_radio))):
            for button in buttons:
                group.addButton(button)
        self.person_picker = PersonPicker(db)  # no parent yet: Tab reaches it in its row's turn, not first
        self.person_picker.setFixedHeight(150)
        self.office_combo, self.team_edit = QComboBox(), QLineEdit()
        self.office_combo.addItem("", None)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        self.skill_combo, self.topic_edit = QComboBox(), QLineEdit()
        self.skill_combo.setEditable(True)
        self.skill_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in skill_rows:
            self.skill_combo.addItem(row.name, row.id)
        self.origin_combo, self.priority_combo, self.level_combo = QComboBox(), QComboBox(), QComboBox()
        for origin in NeedOrigin:
            self.origin_combo.addItem(origin_label(origin), origin.value)
        for priority in (needs.PRIORITY_HIGH, needs.PRIORITY_NORMAL, needs.PRIORITY_LOW):
            self.priority_combo.addItem(priority_label(priority), priority)
        self.priority_combo.setCurrentIndex(1)
        self.level_combo.addItem("", None)
        for level in range(1, 5):
            self.level_combo.addItem(level_label(level), level)
        self.date_check = QCheckBox()
        self.date_edit = QDateEdit(QDate.currentDate().addMonths(6), calendarPopup=True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self._build_form()
        self.person_radio.toggled.connect(self._update_enabled)
        self.skill_radio.toggled.connect(self._update_enabled)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.retranslate()
        if current is not None:
            self._load(current)
        else:
            self.person_radio.setChecked(office_id is None or person_id is not None)
            self.collective_radio.setChecked(not self.person_radio.isChecked())
            self.skill_radio.setChecked(True)
            self.office_combo.setCurrentIndex(max(self.office_combo.findData(office_id), 0))
            if person_id is not None:
                self.person_picker.select_person(person_id)
        self.date_edit.setEnabled(self.date_check.isChecked())
        self._update_enabled()
        self.resize(520, self.sizeHint().height())

    def _build_form(self) -> None:
        self._labels = [QLabel() for _ in range(9)]
        rows = ((self.person_radio, self.person_picker, "person_id"),
                (self.collective_radio, _pair(self.office_combo, self.team_edit), "office_id"),
                (self.skill_radio, self.skill_combo, "skill_id"), (self.topic_radio, self.topic_edit, "topic"))
        for radio, widget, field in rows:
            self.form.addRow(radio, widget)
            self.fields[field] = widget
        self.fields["team"] = self.team_edit
        for label, widget, field in zip(self._labels[:5], (
                self.origin_combo, self.priority_combo, _pair(self.date_check, self.date_edit), self.level_combo,
                self.notes_edit), ("origin", "priority", "target_date", "target_level", "notes"), strict=True):
            self.add_row(label, widget, field)
        self.finish_layout()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a learning need") if self._need_id is None else
                            self.tr("Edit a learning need"))
        self.person_radio.setText(self.tr("A &person:"))
        self.collective_radio.setText(self.tr("&Collective:"))
        self.skill_radio.setText(self.tr("A &skill:"))
        self.topic_radio.setText(self.tr("A free &topic:"))
        texts = (self.tr("&Origin:"), self.tr("P&riority:"), self.tr("Target &date:"), self.tr("Target &level:"),
                 self.tr("&Notes:"))
        for label, text in zip(self._labels, texts, strict=False):
            label.setText(text)
        self.office_combo.setItemText(0, self.tr("(office)"))
        self.team_edit.setPlaceholderText(self.tr("Team, e.g. Équipe accueil"))
        self.level_combo.setItemText(0, self.tr("(none)"))

    def _update_enabled(self) -> None:
        person = self.person_radio.isChecked()
        self.person_picker.setEnabled(person)
        self.office_combo.setEnabled(not person)
        self.team_edit.setEnabled(not person)
        skill = self.skill_radio.isChecked()
        self.skill_combo.setEnabled(skill)
        self.topic_edit.setEnabled(not skill)

    def _load(self, row: NeedRow) -> None:
        self._version = row.row_version
        (self.person_radio if row.person_id is not None else self.collective_radio).setChecked(True)
        if row.person_id is not None:
            self.person_picker.select_person(row.person_id)
        self.office_combo.setCurrentIndex(max(self.office_combo.findData(row.office_id), 0))
        self.team_edit.setText(row.team)
        (self.skill_radio if row.skill_id is not None else self.topic_radio).setChecked(True)
        self.skill_combo.setCurrentIndex(max(self.skill_combo.findData(row.skill_id), 0))
        self.topic_edit.setText(row.topic)
        self.origin_combo.setCurrentIndex(max(self.origin_combo.findData(row.origin.value), 0))
        self.priority_combo.setCurrentIndex(max(self.priority_combo.findData(row.priority), 0))
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(row.target_level), 0))
        self.date_check.setChecked(row.target_date is not None)
        if row.target_date is not None:
            self.date_edit.setDate(to_qdate(row.target_date))
        self.notes_edit.setPlainText(row.notes)

    def need_input(self) -> NeedInput:
        person = self.person_radio.isChecked()
        skill = self.skill_radio.isChecked()
        return NeedInput(
            origin=NeedOrigin(self.origin_combo.currentData()),
            person_id=self.person_picker.current_person_id() if person else None,
            office_id=None if person else self.office_combo.currentData(),
            team="" if person else self.team_edit.text(),
            skill_id=self.skill_combo.currentData() if skill else None, topic="" if skill else self.topic_edit.text(),
            priority=self.priority_combo.currentData(), target_level=self.level_combo.currentData(),
            target_date=to_date(self.date_edit.date()) if self.date_check.isChecked() else None,
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        data = self.need_input()
        try:
            needs.validate_need(data)
            with self._db.transaction() as session:
                if self._need_id is None:
                    self._need_id = needs.create_need(session, data, date.today())
                else:
                    needs.update_need(session, self._need_id, data, expected_version=self._version)
        except ConflictError as error:
            offer_reload(self, Edited.NEED, error, self.reload, self.show_error)
            return
        except ServiceError as error:
            self.show_error(error)
            return
        self.need_saved.emit(self._need_id)
        self.accept()

    def reload(self) -> None:
        """The stored need and its version back in the form (after a conflict), replacing what was typed."""
        if self._need_id is None:
            return
        try:
            with self._db.read() as session:
                row = needs.get_need(session, self._need_id)
        except ServiceError as error:  # deleted meanwhile
            self.show_error(error)
            return
        self._load(row)
        self.last_error = None
        self.error_label.hide()
