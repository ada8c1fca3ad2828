"""Table models of the Sessions view: the calendar, the attendance list and the feedback grid."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from learnorg_desktop.enums import SessionStatus
from learnorg_desktop.gui import colours
from learnorg_desktop.gui.models.rows_model import RowsModel
from learnorg_desktop.gui.models.session_labels import format_label, local_datetime, session_status_label
from learnorg_desktop.services.session_attendance import AttendanceRow
from learnorg_desktop.services.session_calendar import SessionRow
from learnorg_desktop.services.session_feedback import SCORE_MAX, SCORE_MIN

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole


class SessionsModel(RowsModel):
    """The calendar: one line per session, by start time."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Date and time"), self.tr("Title"), self.tr("Format"), self.tr("Office"), self.tr("Skills"),
                self.tr("Hosts"), self.tr("Invited / present / seats"), self.tr("Status"))

    def cell(self, row: SessionRow, column: int, role: int) -> Any:
        if role == _Role.DisplayRole:
            return self._display(row, column)
        if role == _Role.ToolTipRole and column in (1, 4, 5):
            return self._display(row, column)
        if role == _Role.ForegroundRole and row.status is SessionStatus.CANCELLED:
            return colours.muted_text()
        return None

    def _display(self, row: SessionRow, column: int) -> str:
        seats = str(row.capacity) if row.capacity is not None else "–"
        values = (local_datetime(row.starts_at), row.title, format_label(row.format), row.office_code or "",
                  ", ".join(row.skills), ", ".join(row.host_names), f"{row.invited} / {row.attended} / {seats}",
                  session_status_label(row.status))
        return values[column]


class AttendanceModel(RowsModel):
    """Everyone on a session's list with an "attended" checkbox; `attended_ids()` is what to save."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._attended: set[int] = set()

    def headers(self) -> Sequence[str]:
        return (self.tr("Attended"), self.tr("Person"), self.tr("Office"), self.tr("Invited"))

    def row_id(self, row: AttendanceRow) -> int:
        return row.person_id

    def set_rows(self, rows: Sequence[AttendanceRow]) -> None:
        self._attended = {r.person_id for r in rows if r.attended}
        super().set_rows(rows)

    def attended_ids(self) -> set[int]:
        return set(self._attended)

    def cell(self, row: AttendanceRow, column: int, role: int) -> Any:
        if column == 0 and role == _Role.CheckStateRole:
            return Qt.CheckState.Checked if row.person_id in self._attended else Qt.CheckState.Unchecked
        if role != _Role.DisplayRole:
            return None
        return (None, row.person, row.office_code or "",
                self.tr("yes") if row.invited else self.tr("walk-in"))[column]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() == 0 else flags

    def setData(self, index: _Index, value: Any, role: int = _Role.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != _Role.CheckStateRole:
            return False
        person_id = self.row_at(index.row()).person_id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, (int, Qt.CheckState)) else False
        if checked:
            self._attended.add(person_id)
        else:
            self._attended.discard(person_id)
        self.dataChanged.emit(index, index, [role])
        return True


@dataclass
class FeedbackLine:
    """One attendee's editable line: scores (None until given), comment and follow-up."""

    person_id: int
    person: str
    usefulness: int | None = None
    quality: int | None = None
    comment: str = ""
    applied: bool | None = None
    applied_comment: str = ""


USEFULNESS, QUALITY, COMMENT, APPLIED, APPLIED_COMMENT = 1, 2, 3, 4, 5
SCORE_COLUMNS = (USEFULNESS, QUALITY)


class FeedbackModel(RowsModel):
    """The feedback grid: scores 1–5 and comments, then the follow-up (applied yes/no and comment)."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Attendee"), self.tr("Usefulness (1-5)"), self.tr("Quality (1-5)"), self.tr("Comment"),
                self.tr("Applied"), self.tr("Follow-up comment"))

    def row_id(self, row: FeedbackLine) -> int:
        return row.person_id

    def applied_text(self, value: bool | None) -> str:
        return "" if value is None else (self.tr("yes") if value else self.tr("no"))

    def cell(self, row: FeedbackLine, column: int, role: int) -> Any:
        if role not in (_Role.DisplayRole, _Role.EditRole):
            return None
        if column == APPLIED:
            return self.applied_text(row.applied) if role == _Role.DisplayRole else row.applied
        value = (row.person, row.usefulness, row.quality, row.comment, None, row.applied_comment)[column]
        return "" if value is None and role == _Role.DisplayRole else value

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() > 0 else flags

    def setData(self, index: _Index, value: Any, role: int = _Role.EditRole) -> bool:
        if not index.isValid() or role != _Role.EditRole or index.column() == 0:
            return False
        line: FeedbackLine = self.row_at(index.row())
        column = index.column()
        if column in SCORE_COLUMNS:
            score = _score(value)
            if score is None:
                return False  # typed or pasted text that is not a score from 1 to 5
            setattr(line, "usefulness" if column == USEFULNESS else "quality", score)
        elif column == APPLIED:
            if value is not None and not isinstance(value, bool):
                return False
            line.applied = value
        else:
            setattr(line, "comment" if column == COMMENT else "applied_comment", str(value))
        self.dataChanged.emit(index, index, [_Role.DisplayRole, _Role.EditRole])
        return True


def _score(value: Any) -> int | None:
    try:
        score = int(str(value).strip())
    except ValueError:
        return None
    return score if SCORE_MIN <= score <= SCORE_MAX else None


@dataclass
class ReassessLine:
    """An attendee on one of the session's skills: the new level (None: none recorded) and "need met"."""

    person_id: int
    person: str
    skill_id: int
    skill: str
    level: int | None = None
    confirmed: bool = False


LEVEL, CONFIRMED = 2, 3


class ReassessModel(RowsModel):
    """One line per attendee and session skill: new level 0–4 (editable) and a "confirm need met" box."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Attendee"), self.tr("Skill"), self.tr("New level (0-4)"), self.tr("Confirm need met"))

    def row_id(self, row: ReassessLine) -> tuple[int, int]:
        return row.person_id, row.skill_id

    def cell(self, row: ReassessLine, column: int, role: int) -> Any:
        if column == CONFIRMED:
            if role == _Role.CheckStateRole:
                return Qt.CheckState.Checked if row.confirmed else Qt.CheckState.Unchecked
            return None
        if role == _Role.EditRole and column == LEVEL:
            return row.level
        if role != _Role.DisplayRole:
            return None
        return (row.person, row.skill, "" if row.level is None else str(row.level))[column]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == LEVEL:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.isValid() and index.column() == CONFIRMED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = _Role.EditRole) -> bool:
        if not index.isValid():
            return False
        line: ReassessLine = self.row_at(index.row())
        if index.column() == CONFIRMED and role == _Role.CheckStateRole:
            line.confirmed = Qt.CheckState(value) == Qt.CheckState.Checked
        elif index.column() == LEVEL and role == _Role.EditRole:
            level = None if value in (None, "") else _level(value)
            if level is None and value not in (None, ""):
                return False
            line.level = level
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True


def _level(value: Any) -> int | None:
    try:
        level = int(str(value).strip())
    except ValueError:
        return None
    return level if 0 <= level <= 4 else None
