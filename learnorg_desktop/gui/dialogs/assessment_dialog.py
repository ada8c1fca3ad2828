"""Record one dated level of a person on a skill (earlier ones stay as history)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QWidget

from learnorg_desktop.enums import AssessmentSource
from learnorg_desktop.gui.dialogs.form_dialog import FormDialog, to_date
from learnorg_desktop.gui.models.skill_labels import interest_label, level_label, source_label
from learnorg_desktop.services import assessments, skills
from learnorg_desktop.services.assessments import INTEREST_MAX, AssessmentInput
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class AssessmentDialog(FormDialog):
    """Skill, level 0-4, date, source, interest, willingness, and a valid-until date for expiring skills."""

    assessment_recorded = Signal(int)

    def __init__(self, db: Database, person_id: int, person_name: str, *, skill_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._person_id = db, person_id
        with db.read() as session:
            self._skills = skills.list_skills(session)
        self.skill_combo = QComboBox()
        self.skill_combo.setEditable(True)  # type to find a skill among dozens
        self.skill_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in self._skills:
            self.skill_combo.addItem(row.name, row.id)
        self.level_combo = QComboBox()
        for level in range(5):
            self.level_combo.addItem(level_label(level), level)
        self.level_combo.setCurrentIndex(2)
        self.date_edit = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.source_combo = QComboBox()
        for source in (AssessmentSource.SELF, AssessmentSource.MANAGER):
            self.source_combo.addItem(source_label(source), source.value)
        self.interest_combo = QComboBox()
        self.interest_combo.addItem("", None)
        for interest in range(INTEREST_MAX + 1):
            self.interest_combo.addItem(interest_label(interest), interest)
        self.share_check = QCheckBox()
        self.valid_edit = QDateEdit(QDate.currentDate().addYears(2), calendarPopup=True)
        self._person_label = QLabel(person_name)
        self.form.addRow(self._person_label)
        self._labels = [QLabel() for _ in range(7)]
        for label, widget, field in zip(self._labels, (
                self.skill_combo, self.level_combo, self.date_edit, self.source_combo, self.interest_combo,
                self.share_check, self.valid_edit), ("skill_id", "level", "assessed_on", "source", "interest",
                                                     "willing_to_share", "valid_until"), strict=True):
            self.add_row(label, widget, field)
        self.finish_layout()
        self.skill_combo.currentIndexChanged.connect(self._skill_changed)
        if skill_id is not None:
            self.skill_combo.setCurrentIndex(max(self.skill_combo.findData(skill_id), 0))
        self.retranslate()
        self._skill_changed()
        self.resize(440, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record an assessment"))
        texts = (self.tr("&Skill:"), self.tr("&Level:"), self.tr("&Date:"), self.tr("S&ource:"),
                 self.tr("&Interest:"), self.tr("S&haring:"), self.tr("&Valid until:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.interest_combo.setItemText(0, self.tr("(not asked)"))
        self.share_check.setText(self.tr("Willing to share this skill with others"))

    def _expires(self) -> bool:
        skill_id = self.skill_combo.currentData()
        return any(row.expires for row in self._skills if row.id == skill_id)

    def _skill_changed(self) -> None:
        expires = self._expires()
        self.valid_edit.setEnabled(expires)
        self.valid_edit.setToolTip("" if expires else self.tr("Only skills that expire carry a date."))

    def assessment_input(self) -> AssessmentInput:
        return AssessmentInput(
            person_id=self._person_id, skill_id=self.skill_combo.currentData() or 0,
            level=self.level_combo.currentData(), assessed_on=to_date(self.date_edit.date()),
            source=AssessmentSource(self.source_combo.currentData()), interest=self.interest_combo.currentData(),
            willing_to_share=self.share_check.isChecked(),
            valid_until=to_date(self.valid_edit.date()) if self._expires() else None,
        )

    def save(self) -> None:
        try:
            with self._db.transaction() as session:
                assessment_id = assessments.record_assessment(session, self.assessment_input())
        except ServiceError as error:
            self.show_error(error)
            return
        self.assessment_recorded.emit(assessment_id)
        self.accept()
