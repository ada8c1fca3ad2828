"""Enter one anonymous self-diagnosis response: group, office, date, each statement on the scale, a comment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import PersonKind, RespondentGroup
from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.dialogs.person_dialog import to_date, to_qdate
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.formatting import ui_language
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.services import diagnostic, organisation
from learnorg_desktop.services.diagnostic import ResponseInput
from learnorg_desktop.services.diagnostic_questionnaire import Questionnaire, load_questionnaire
from learnorg_desktop.services.errors import ServiceError, ValidationError
from learnorg_desktop.storage.database import Database


def group_label(group: RespondentGroup) -> str:
    """Respondent groups share the person kinds' names (staff member, volunteer, partner)."""
    return kind_label(PersonKind(group.value))


class AnswerDialog(QDialog):
    """One paper or spoken response typed in; `response_saved(response id)` once stored."""

    response_saved = Signal(int)

    def __init__(self, db: Database, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self.campaign_id = db, campaign_id
        self.last_error: ServiceError | None = None
        self.lang = ui_language()
        self.questionnaire: Questionnaire = load_questionnaire()
        with db.read() as session:
            self.campaign = diagnostic.get_campaign(session, campaign_id)
            offices = organisation.list_offices(session)
            local = organisation.local_office(session)
        self.group_combo, self.office_combo = QComboBox(), QComboBox()
        self.group_combo.addItem("", None)
        for group in RespondentGroup:
            self.group_combo.addItem(group_label(group), group.value)  # Qt keeps a StrEnum as a plain str
        self.office_combo.addItem("", None)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.code)
        self.office_combo.setCurrentIndex(max(self.office_combo.findData(local.code if local else None), 0))
        self.date_edit = QDateEdit(to_qdate(max(date.today(), self.campaign.opened_on)))
        self.date_edit.setCalendarPopup(True)
        self.answer_combos: dict[str, QComboBox] = {}
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setFixedHeight(70)
        self.comment_edit.setTabChangesFocus(True)  # Tab moves on; no tab characters in a comment
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.save)
        self._labels = [QLabel() for _ in range(4)]
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._layout(self._statements_page())
        self.retranslate()
        self.resize(760, 620)

    def _statements_page(self) -> QScrollArea:
        """One box per dimension, a combo per statement; the page scrolls to fit small screens."""
        page = QWidget()
        layout = QVBoxLayout(page)
        scale = self.questionnaire.scale[self.lang]
        for dimension in self.questionnaire.dimensions:
            box = QGroupBox(dimension.title[self.lang])
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)  # the statement takes the width; the answers line up on the right
            for row, statement in enumerate(dimension.statements):
                label = QLabel(statement.text[self.lang])
                label.setWordWrap(True)
                combo = QComboBox()
                combo.setMinimumWidth(230)
                combo.addItem("", None)  # blank = "I don't know": the statement is skipped
                for value, text in enumerate(scale, start=1):
                    combo.addItem(f"{value} – {text}", value)
                combo.setAccessibleDescription(statement.text[self.lang])
                label.setBuddy(combo)
                grid.addWidget(label, row, 0)
                grid.addWidget(combo, row, 1)
                self.answer_combos[statement.code] = combo
            layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.scroll = scroll
        return scroll

    def _layout(self, statements: QScrollArea) -> None:
        top = QFormLayout()
        for label, widget in zip(self._labels, (self.group_combo, self.office_combo, self.date_edit,
                                                self.comment_edit), strict=True):
            label.setBuddy(widget)
        top.addRow(self._labels[0], self.group_combo)
        top.addRow(self._labels[1], self.office_combo)
        top.addRow(self._labels[2], self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(top)
        layout.addWidget(statements, 1)
        bottom = QFormLayout()
        bottom.addRow(self._labels[3], self.comment_edit)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enter an answer – %1").replace("%1", self.campaign.name))
        self._intro.setText(self.tr("The answer is anonymous: no name is recorded. Leave a statement blank when "
                                    "the respondent does not know."))
        self._labels[0].setText(self.tr("Respondent &group:"))
        self._labels[1].setText(self.tr("&Office:"))
        self._labels[2].setText(self.tr("Answered &on:"))
        self._labels[3].setText(self.tr("&Comments:"))
        self.group_combo.setItemText(0, self.tr("(choose)"))
        self.office_combo.setItemText(0, self.tr("(not given)"))
        for combo in self.answer_combos.values():
            combo.setItemText(0, self.tr("— (no answer)"))

    def answers(self) -> dict[str, int]:
        """The statements answered so far (blank ones left out)."""
        return {code: combo.currentData() for code, combo in self.answer_combos.items()
                if combo.currentData() is not None}

    def set_answers(self, answers: dict[str, int]) -> None:
        for code, value in answers.items():
            combo = self.answer_combos[code]
            combo.setCurrentIndex(combo.findData(value))

    def response(self) -> ResponseInput:
        group = self.group_combo.currentData()
        return ResponseInput(office_code=self.office_combo.currentData(),
                             group=RespondentGroup(group) if group else None,  # type: ignore[arg-type]
                             answered_on=to_date(self.date_edit.date()), answers=self.answers(),
                             comment=self.comment_edit.toPlainText())

    def save(self) -> None:
        try:
            with self._db.transaction() as session:
                response_id = diagnostic.add_response(session, self.campaign_id, self.response())
        except ServiceError as error:
            self._show_error(error)
            return
        self.response_saved.emit(response_id)
        self.accept()

    def _show_error(self, error: ServiceError) -> None:
        self.last_error = error
        self.error_label.setText(service_error_text(error))
        self.error_label.show()
        field = error.field if isinstance(error, ValidationError) else ""
        widget = {"kind": self.group_combo, "office": self.office_combo, "date": self.date_edit,
                  "notes": self.comment_edit}.get(field) or self.answer_combos.get(field)
        if widget is not None:
            if field in self.answer_combos:
                self.scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
