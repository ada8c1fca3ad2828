"""Qt models of the self-diagnosis: the campaigns list, and the scores of one campaign side by side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.formatting import number
from learnorg_desktop.gui.models.rows_model import RowsModel, short_date
from learnorg_desktop.services.diagnostic import CampaignRow
from learnorg_desktop.services.diagnostic_scores import MIN_RESPONSES, DimensionScore, ScoreCell

_Index = QModelIndex | QPersistentModelIndex
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
HIDDEN_TEXT = "< 5"  # stands for "fewer than MIN_RESPONSES responses"; the same in every language
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw score (float) or None, for tests and charts


class CampaignsModel(RowsModel):
    """Campaigns, most recent first: name, opening date, state and number of responses."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Campaign"), self.tr("Opened on"), self.tr("State"), self.tr("Responses"))

    def cell(self, row: CampaignRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return short_date(row.opened_on)
            if column == 2:
                return self.tr("Open") if row.is_open else self.tr("Closed on %1").replace(
                    "%1", short_date(row.closed_on))
            return number(row.responses)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return _ALIGN_RIGHT
        return None


@dataclass(frozen=True)
class ScoreColumn:
    """One result shown as a column: its title (office, group or everyone) and the service's cell."""

    title: str
    tooltip: str
    cell: ScoreCell


class ScoresModel(QAbstractTableModel):
    """Rows are the dimensions; column 0 names them, then one column per result (hidden cells read "< 5")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._dimensions: list[tuple[str, str]] = []  # (code, title)
        self._columns: list[ScoreColumn] = []

    def set_scores(self, dimensions: Sequence[tuple[str, str]], columns: Sequence[ScoreColumn]) -> None:
        self.beginResetModel()
        self._dimensions, self._columns = list(dimensions), list(columns)
        self.endResetModel()

    def columns(self) -> list[ScoreColumn]:
        return list(self._columns)

    def score(self, row: int, column: int) -> DimensionScore:
        """The service's score behind a cell (column ≥ 1)."""
        code = self._dimensions[row][0]
        return next(s for s in self._columns[column - 1].cell.dimensions if s.dimension == code)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._dimensions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or not self._dimensions else 1 + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section <= len(self._columns):
            return None
        if section == 0:
            return self.tr("Dimension") if role == Qt.ItemDataRole.DisplayRole else None
        column = self._columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column.title}\n{self._responses_text(column.cell)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip + ("\n" + self.hidden_tooltip() if column.cell.suppressed else "")
        return None

    def _responses_text(self, cell: ScoreCell) -> str:
        if cell.suppressed:
            return self.tr("%1 responses").replace("%1", HIDDEN_TEXT)
        count = cell.responses or 0
        return self.tr("1 response") if count == 1 else self.tr("%1 responses").replace("%1", number(count))

    def hidden_tooltip(self) -> str:
        return self.tr("Fewer than %1 responses: not shown, to keep the answers anonymous.").replace(
            "%1", str(MIN_RESPONSES))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() \
                or not 0 <= index.column() < self.columnCount():
            return None
        if index.column() == 0:
            return self._dimensions[index.row()][1] if role == Qt.ItemDataRole.DisplayRole else None
        return self._score_data(self.score(index.row(), index.column()), role)

    def _score_data(self, score: DimensionScore, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if score.suppressed:
                return HIDDEN_TEXT
            if score.score is None:
                return "–"
            return self.tr("%1 (n = %2)").replace("%1", number(score.score, 1)).replace(
                "%2", number(score.answers or 0))
        if role == SCORE_ROLE:
            return score.score
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(score)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_CENTER
        if role == Qt.ItemDataRole.BackgroundRole and score.score is not None:
            return _tint(score.score)
        return None

    def _tooltip(self, score: DimensionScore) -> str:
        if score.suppressed:
            return self.hidden_tooltip()
        if score.score is None:
            return self.tr("Nobody answered the statements of this dimension.")
        answers = score.answers or 0
        return self.tr("%1 out of 100, from %2 answers").replace("%1", number(score.score, 1)) \
            .replace("%2", number(answers))


def _tint(score: float) -> QColor:
    """A blue, deeper for higher scores, under the palette's text (light or dark scheme)."""
    return colours.score_background(score / 100.0)
