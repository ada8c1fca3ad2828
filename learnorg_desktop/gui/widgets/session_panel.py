"""The selected session in detail: facts, attendance to tick, outputs, feedback and follow-up grid."""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import SessionStatus
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.session_labels import format_label, local_datetime, session_status_label
from learnorg_desktop.gui.models.session_models import (
    APPLIED,
    SCORE_COLUMNS,
    AttendanceModel,
    FeedbackLine,
    FeedbackModel,
)
from learnorg_desktop.gui.undo_edits import attendance_edit
from learnorg_desktop.gui.widgets.spin_delegate import SpinDelegate
from learnorg_desktop.services import session_attendance, session_calendar, session_feedback, sessions
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.session_calendar import SessionRow
from learnorg_desktop.services.session_feedback import FeedbackInput, FollowUpInput
from learnorg_desktop.storage.database import Database

_Index = QModelIndex | QPersistentModelIndex


class AppliedDelegate(QStyledItemDelegate):
    """Edits the follow-up answer with a three-way choice: not asked yet, yes, no."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, FeedbackModel)
        for value in (None, True, False):
            combo.addItem(model.applied_text(value) or "–", value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _right(button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(button)
    return box


def _table(model: QAbstractItemModel, editable: bool) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if not editable:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


class SessionPanel(QWidget):
    """Shows one session; `session_changed(id)` after each save, `failed(text)` when the service refuses."""

    session_changed = Signal(int)
    failed = Signal(str)
    undoable = Signal(object)  # an UndoableEdit, for the window's undo stack

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.row: SessionRow | None = None
        self.attendance_model, self.feedback_model = AttendanceModel(self), FeedbackModel(self)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.facts.setOpenExternalLinks(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.attendance_table = _table(self.attendance_model, editable=False)
        for column, width in enumerate((70, 150, 70)):  # wide enough for the French headers
            self.attendance_table.setColumnWidth(column, width)
        self.feedback_table = _table(self.feedback_model, editable=True)
        for column in SCORE_COLUMNS:
            self.feedback_table.setItemDelegateForColumn(column, SpinDelegate(1, 5, self.feedback_table))
        self.feedback_table.setItemDelegateForColumn(APPLIED, AppliedDelegate(self.feedback_table))
        for column, width in enumerate((130, 95, 95, 160, 120)):
            self.feedback_table.setColumnWidth(column, width)
        self.notes_edit, self.lessons_edit = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.notes_edit, self.lessons_edit):
            edit.setFixedHeight(44)
            edit.setTabChangesFocus(True)  # Tab moves on; no tab characters in notes
        self.attendance_table.setMinimumHeight(100)
        self.feedback_table.setMinimumHeight(150)
        self.save_attendance_button, self.save_outputs_button = QPushButton(), QPushButton()
        self.save_feedback_button, self.save_follow_up_button = QPushButton(), QPushButton()
        self.save_attendance_button.clicked.connect(self.save_attendance)
        self.save_outputs_button.clicked.connect(self.save_outputs)
        self.save_feedback_button.clicked.connect(self.save_feedback)
        self.save_follow_up_button.clicked.connect(self.save_follow_up)
        self._build()
        self.retranslate()
        self.show_session(None)

    def _build(self) -> None:
        self.attendance_box, self.outputs_box, self.feedback_box = QGroupBox(), QGroupBox(), QGroupBox()
        box = QVBoxLayout(self.attendance_box)
        box.addWidget(self.attendance_table)
        box.addWidget(self.save_attendance_button, 0, Qt.AlignmentFlag.AlignRight)
        self.outputs_form = QFormLayout(self.outputs_box)
        self.notes_label, self.lessons_label = QLabel(), QLabel()
        self.outputs_form.addRow(self.notes_label, self.notes_edit)
        self.outputs_form.addRow(self.lessons_label, self.lessons_edit)
        self.outputs_form.addRow(_right(self.save_outputs_button))
        box = QVBoxLayout(self.feedback_box)
        box.addWidget(self.feedback_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_feedback_button)
        buttons.addWidget(self.save_follow_up_button)
        box.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(self.facts, 1)
        top.addWidget(self.attendance_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 2)
        layout.addWidget(self.outputs_box)
        layout.addWidget(self.feedback_box, 3)

    def retranslate(self) -> None:
        self.attendance_box.setTitle(self.tr("Attendance"))
        self.outputs_box.setTitle(self.tr("Outputs"))
        self.feedback_box.setTitle(self.tr("Feedback and follow-up"))
        self.notes_label.setText(self.tr("Notes:"))
        self.lessons_label.setText(self.tr("Lessons learned:"))
        self.save_attendance_button.setText(self.tr("Save attendance"))
        self.save_outputs_button.setText(self.tr("Save outputs"))
        self.save_feedback_button.setText(self.tr("Save feedback"))
        self.save_follow_up_button.setText(self.tr("Save follow-up"))
        self._show_facts()

    # --- showing -------------------------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        if session_id is None:
            self.row = None
            self.attendance_model.set_rows([])
            self.feedback_model.set_rows([])
            self.notes_edit.clear()
            self.lessons_edit.clear()
        else:
            self._load(session_id)
        self._show_facts()
        self._update_enabled()

    def _load(self, session_id: int) -> None:
        with self._db.read() as session:
            self.row = session_calendar.get_row(session, session_id)
            attendance = session_attendance.list_attendance(session, session_id)
            feedback = {f.person_id: f for f in session_feedback.list_feedback(session, session_id)}
            record = sessions.get_record(session, session_id)
        self.attendance_model.set_rows(attendance)
        lines = []
        for person in (a for a in attendance if a.attended):
            given = feedback.get(person.person_id)
            lines.append(FeedbackLine(person.person_id, person.person) if given is None else FeedbackLine(
                person.person_id, person.person, given.usefulness, given.quality, given.comment, given.applied,
                given.applied_comment))
        self.feedback_model.set_rows(lines)
        self.notes_edit.setPlainText(record.notes)
        self.lessons_edit.setPlainText(record.lessons_learned)

    def _show_facts(self) -> None:
        row = self.row
        if row is None:
            self.facts.setText(self.tr("Select a session to see its details."))
            return
        link = f"<a href='{html.escape(row.online_link)}'>{html.escape(row.online_link)}</a>" if row.online_link else ""
        where = " · ".join(p for p in (html.escape(row.place), link) if p) or "–"
        # Translated outside the f-strings: lupdate does not see tr() calls inside them.
        minutes = self.tr("%1 min").replace("%1", str(row.duration_minutes))
        place, skills, hosts = self.tr("Place:"), self.tr("Skills:"), self.tr("Hosts:")
        community = self.tr("Community:")
        lines = (
            f"<h3>{html.escape(row.title)}</h3>",
            f"{local_datetime(row.starts_at)} · {minutes} · "
            f"{html.escape(format_label(row.format))} · <b>{html.escape(session_status_label(row.status))}</b>",
            f"<br><b>{place}</b> {where}",
            f"<br><b>{skills}</b> {html.escape(', '.join(row.skills) or '–')}",
            f"<br><b>{hosts}</b> {html.escape(', '.join(row.host_names) or '–')}",
            f"<br><b>{community}</b> {html.escape(row.community)}" if row.community else "",
        )
        description = self._description()
        self.facts.setText("".join(lines) + (f"<p>{html.escape(description)}</p>" if description else ""))

    def _description(self) -> str:
        assert self.row is not None
        with self._db.read() as session:
            return sessions.get_record(session, self.row.id).data.description

    def _update_enabled(self) -> None:
        status = self.row.status if self.row is not None else None
        self.save_attendance_button.setEnabled(status is not None and status is not SessionStatus.CANCELLED)
        self.save_outputs_button.setEnabled(status is not None)
        held = status is SessionStatus.HELD
        self.save_feedback_button.setEnabled(held)
        self.save_follow_up_button.setEnabled(held)

    # --- saving --------------------------------------------------------------------------------
    def _write(self, work: Any) -> bool:
        """Run `work(session)` in one transaction; a refusal is reported, the view reloaded either way."""
        assert self.row is not None
        session_id = self.row.id
        try:
            with self._db.transaction() as session:
                work(session)
        except ServiceError as error:
            self.failed.emit(service_error_text(error))
            return False
        self.show_session(session_id)
        self.session_changed.emit(session_id)
        return True

    def save_attendance(self) -> bool:
        """Write the ticks; the window's undo stack can put back who was present before."""
        assert self.row is not None
        sid, present, now = self.row.id, self.attendance_model.attended_ids(), datetime.now().astimezone()
        before = {r.person_id for r in self.attendance_model.rows() if r.attended}  # as read from the database
        if not self._write(lambda s: session_attendance.set_attendance(s, sid, present, now)):
            return False
        if before != present:
            self.undoable.emit(attendance_edit(self._db, self.tr("Save attendance"), sid, before, present, now,
                                               lambda: self._reload_after_undo(sid)))
        return True

    def _reload_after_undo(self, session_id: int) -> None:
        if self.row is not None and self.row.id == session_id:
            self.show_session(session_id)
        self.session_changed.emit(session_id)

    def save_outputs(self) -> bool:
        assert self.row is not None
        sid, notes, lessons = self.row.id, self.notes_edit.toPlainText(), self.lessons_edit.toPlainText()
        return self._write(lambda s: sessions.save_outputs(s, sid, notes=notes, lessons_learned=lessons))

    def save_feedback(self) -> bool:
        assert self.row is not None
        # Lines left blank are not saved; a half-filled line is refused by the service (score 0).
        rows = [FeedbackInput(line.person_id, line.usefulness or 0, line.quality or 0, line.comment)
                for line in self.feedback_model.rows() if line.usefulness or line.quality or line.comment]
        sid = self.row.id
        return self._write(lambda s: session_feedback.save_feedback(s, sid, rows, date.today()))

    def save_follow_up(self) -> bool:
        assert self.row is not None
        rows = [FollowUpInput(line.person_id, line.applied, line.applied_comment)
                for line in self.feedback_model.rows() if line.usefulness is not None]
        sid = self.row.id
        return self._write(lambda s: session_feedback.record_follow_up(s, sid, rows, date.today()))
