"""Table models of the needs views: the needs list, talent map, key-skill coverage and need matching."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.models.rows_model import RowsModel, short_date
from learnorg_desktop.gui.models.skill_labels import (
    level_label,
    need_status_label,
    origin_label,
    priority_label,
)
from learnorg_desktop.services.needs import CLOSED_STATUSES, PRIORITY_HIGH, NeedRow
from learnorg_desktop.services.talent import KeySkillCoverage, NeedMatch, NeedPeer, TalentEntry, Teacher

_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def need_owner(row: NeedRow | NeedPeer) -> str:
    """The person, else "Team (collective)" for a collective need."""
    if row.person:
        return row.person
    team = row.team or QCoreApplication.translate("NeedsModels", "Whole office")
    return QCoreApplication.translate("NeedsModels", "%1 (collective)").replace("%1", team)


def teacher_text(teacher: Teacher) -> str:
    office = f", {teacher.office_code}" if teacher.office_code else ""
    return f"{teacher.person} ({teacher.level}{office})"


class NeedsModel(RowsModel):
    """Needs as the list shows them, most urgent first; closed ones greyed, high priority in bold."""

    STATUS_COLUMN = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("NeedsModels", "Person or team"),
                QCoreApplication.translate("NeedsModels", "Office"),
                QCoreApplication.translate("NeedsModels", "Skill or topic"),
                QCoreApplication.translate("NeedsModels", "Origin"),
                QCoreApplication.translate("NeedsModels", "Priority"),
                QCoreApplication.translate("NeedsModels", "Target date"),
                QCoreApplication.translate("NeedsModels", "Status"),
                QCoreApplication.translate("NeedsModels", "Target level"))

    def cell(self, row: NeedRow, column: int, role: int) -> Any:
        closed = row.status in CLOSED_STATUSES
        if role == Qt.ItemDataRole.ForegroundRole:
            late = column == 5 and not closed and row.target_date is not None and row.target_date < self.today
            return QBrush(colours.overdue_text()) if late else (QBrush(colours.muted_text()) if closed else None)
        if role == Qt.ItemDataRole.FontRole and column == 4 and row.priority == PRIORITY_HIGH and not closed:
            return self._bold
        if role == _TOOLTIP and column in (0, 2) and row.notes:
            return row.notes
        if role != _DISPLAY:
            return None
        values = (need_owner(row), row.office_code or "", row.subject, origin_label(row.origin),
                  priority_label(row.priority), short_date(row.target_date), need_status_label(row.status),
                  level_label(row.target_level))
        return values[column]


class TalentModel(RowsModel):
    """For each skill, who can teach it and is willing to."""

    def row_id(self, row: TalentEntry) -> int:
        return row.skill_id

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("NeedsModels", "Skill"),
                QCoreApplication.translate("NeedsModels", "Category"),
                QCoreApplication.translate("NeedsModels", "Teachers"),
                QCoreApplication.translate("NeedsModels", "Who can teach it (level, office)"))

    def cell(self, row: TalentEntry, column: int, role: int) -> Any:
        names = ", ".join(teacher_text(t) for t in row.teachers)
        if role == _TOOLTIP and column == 3:
            return "\n".join(teacher_text(t) for t in row.teachers)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != _DISPLAY:
            return None
        return (row.skill, row.category or "", len(row.teachers), names)[column]


class CoverageModel(RowsModel):
    """Key skills: active holders at the target level against the target (worst gaps first)."""

    def row_id(self, row: KeySkillCoverage) -> int:
        return row.skill_id

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("NeedsModels", "Key skill"),
                QCoreApplication.translate("NeedsModels", "Holders"),
                QCoreApplication.translate("NeedsModels", "Target"),
                QCoreApplication.translate("NeedsModels", "Target level"),
                QCoreApplication.translate("NeedsModels", "Missing"))

    def cell(self, row: KeySkillCoverage, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:  # the palette's text stays readable on both
            return QBrush(colours.reached_background() if row.reached else colours.gap_background())
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != _DISPLAY:
            return None
        return (row.skill, row.holders, row.target_holders, level_label(row.target_level), row.missing)[column]


class MatchesModel(RowsModel):
    """For each open need: suggested hosts from the talent map and people with the same need."""

    def row_id(self, row: NeedMatch) -> int:
        return row.need.id

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("NeedsModels", "Person or team"),
                QCoreApplication.translate("NeedsModels", "Skill or topic"),
                QCoreApplication.translate("NeedsModels", "Could teach it"),
                QCoreApplication.translate("NeedsModels", "Same need"))

    def cell(self, row: NeedMatch, column: int, role: int) -> Any:
        if role == _TOOLTIP and column in (2, 3):
            lines = [teacher_text(t) for t in row.hosts] if column == 2 else \
                [need_owner(p) for p in row.peers]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and not row.hosts:
            return QBrush(colours.muted_text())
        if role != _DISPLAY:
            return None
        if column == 0:
            return need_owner(row.need)
        if column == 1:
            return row.need.subject
        if column == 2:
            if not row.hosts:
                return QCoreApplication.translate("NeedsModels", "nobody inside yet")
            return ", ".join(teacher_text(t) for t in row.hosts[:4]) + (" …" if len(row.hosts) > 4 else "")
        return str(len(row.peers)) if row.peers else ""
