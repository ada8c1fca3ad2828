"""Table models of the skills views: catalogue, a person's current levels and history, role proposals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.models.rows_model import RowsModel, short_date
from learnorg_desktop.gui.models.skill_labels import interest_label, level_label, source_label, yes_no
from learnorg_desktop.services.assessments import EXPIRY_WARNING_DAYS, AssessmentRow, CurrentLevel
from learnorg_desktop.services.role_gaps import NeedProposal
from learnorg_desktop.services.skills import SkillRow

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


class SkillsModel(RowsModel):
    """The catalogue's live skills, one per row."""

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("SkillsModels", "Skill"),
                QCoreApplication.translate("SkillsModels", "Category"),
                QCoreApplication.translate("SkillsModels", "Key skill"),
                QCoreApplication.translate("SkillsModels", "Target"),
                QCoreApplication.translate("SkillsModels", "Expires"),
                QCoreApplication.translate("SkillsModels", "Description"))

    def cell(self, row: SkillRow, column: int, role: int) -> Any:
        if role == _TOOLTIP and column in (0, 5):
            return row.description or None
        if role != _DISPLAY:
            return None
        target = ""
        if row.target_holders is not None:
            target = QCoreApplication.translate("SkillsModels", "%1 people at level %2") \
                .replace("%1", str(row.target_holders)).replace("%2", str(row.target_level or ""))
        values = (row.name, row.category or "", yes_no(row.is_key) if row.is_key else "", target,
                  yes_no(row.expires) if row.expires else "", row.description)
        return values[column]


def validity_role(valid_until: date | None, expired: bool, today: date, role: int) -> Any:
    """Lapsed dates in red, dates lapsing within the warning period on an amber background."""
    if valid_until is None:
        return None
    if role == Qt.ItemDataRole.ForegroundRole and expired:
        return QBrush(colours.overdue_text())
    soon = not expired and valid_until <= today + timedelta(days=EXPIRY_WARNING_DAYS)
    if role == Qt.ItemDataRole.BackgroundRole and soon:
        return QBrush(colours.expiring_background())
    if role == _TOOLTIP and expired:
        return QCoreApplication.translate("SkillsModels", "Expired: this level no longer counts.")
    if role == _TOOLTIP and soon:
        return QCoreApplication.translate("SkillsModels", "Expires within %1 days.") \
            .replace("%1", str(EXPIRY_WARNING_DAYS))
    return None


class CurrentLevelsModel(RowsModel):
    """A person's current level on each assessed skill; expired rows are greyed."""

    VALID_COLUMN = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def row_id(self, row: CurrentLevel) -> int:
        return row.skill_id

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("SkillsModels", "Skill"),
                QCoreApplication.translate("SkillsModels", "Level"),
                QCoreApplication.translate("SkillsModels", "Interest"),
                QCoreApplication.translate("SkillsModels", "Willing to share"),
                QCoreApplication.translate("SkillsModels", "Valid until"),
                QCoreApplication.translate("SkillsModels", "Assessed on"),
                QCoreApplication.translate("SkillsModels", "Source"))

    def cell(self, row: CurrentLevel, column: int, role: int) -> Any:
        if column == self.VALID_COLUMN:
            value = validity_role(row.valid_until, row.expired, self.today, role)
            if value is not None:
                return value
        if role == Qt.ItemDataRole.ForegroundRole and row.expired:
            return QBrush(colours.muted_text())
        if role != _DISPLAY:
            return None
        values = (row.skill, level_label(row.level), interest_label(row.interest),
                  yes_no(row.willing_to_share), short_date(row.valid_until), short_date(row.assessed_on),
                  source_label(row.source))
        return values[column]


class HistoryModel(RowsModel):
    """Every assessment of one person on one skill, oldest first."""

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("SkillsModels", "Assessed on"),
                QCoreApplication.translate("SkillsModels", "Level"),
                QCoreApplication.translate("SkillsModels", "Source"),
                QCoreApplication.translate("SkillsModels", "Interest"),
                QCoreApplication.translate("SkillsModels", "Willing to share"),
                QCoreApplication.translate("SkillsModels", "Valid until"))

    def cell(self, row: AssessmentRow, column: int, role: int) -> Any:
        if role != _DISPLAY:
            return None
        values = (short_date(row.assessed_on), level_label(row.level), source_label(row.source),
                  interest_label(row.interest), yes_no(row.willing_to_share), short_date(row.valid_until))
        return values[column]


class ProposalsModel(RowsModel):
    """Skills the person's role expects and they lack; each can be ticked to become a need."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checked: set[int] = set()

    def row_id(self, row: NeedProposal) -> int:
        return row.skill_id

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._checked = {r.skill_id for r in rows}  # all proposed: the coordinator unticks
        super().set_rows(rows)

    def checked(self) -> list[NeedProposal]:
        return [r for r in self._rows if r.skill_id in self._checked]

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("SkillsModels", "Skill"),
                QCoreApplication.translate("SkillsModels", "Expected level"),
                QCoreApplication.translate("SkillsModels", "Current level"))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell(self, row: NeedProposal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            checked = row.skill_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role != _DISPLAY:
            return None
        current = level_label(row.current_level) if row.current_level is not None else \
            QCoreApplication.translate("SkillsModels", "not assessed")
        if row.expired:
            current = QCoreApplication.translate("SkillsModels", "%1 (expired)").replace("%1", current)
        return (row.skill, level_label(row.expected_level), current)[column]

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        skill_id = self._rows[index.row()].skill_id
        state = value.value if hasattr(value, "value") else value
        if state == Qt.CheckState.Checked.value:
            self._checked.add(skill_id)
        else:
            self._checked.discard(skill_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
