"""The people × skills heatmap model: reads the sparse level dict directly, no per-cell objects.

At 5,000 people × 200 skills the view only ever asks for the visible cells, so `data` is a dict
lookup and a palette lookup; brushes are built once per level.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.models.skill_labels import level_label
from learnorg_desktop.services.skill_matrix import SkillMatrix

_Index = QModelIndex | QPersistentModelIndex

# Viridis in 5 steps (colour-blind safe, sequential, prints in grey), light for "none", dark for "can teach".
LEVEL_COLOURS = ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154")
# Text on each step with a contrast ratio of at least 5.5:1.
TEXT_COLOURS = ("#000000", "#000000", "#000000", "#ffffff", "#ffffff")

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 10
EXPIRED_ROLE = Qt.ItemDataRole.UserRole + 11

# Plain ints: `data` runs for every visible cell and role, enum comparisons cost more.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_LEVEL = int(LEVEL_ROLE)
_EXPIRED = int(EXPIRED_ROLE)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter.value)


def _role(role: Any) -> int:
    return role if isinstance(role, int) else role.value


class SkillMatrixModel(QAbstractTableModel):
    """Rows are people, columns skills; DisplayRole is the level (int), BackgroundRole its colour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: SkillMatrix | None = None
        self._people: tuple[int, ...] = ()
        self._skills: tuple[int, ...] = ()
        self._levels: dict[tuple[int, int], int] | Any = {}
        self._expired: frozenset[tuple[int, int]] = frozenset()
        self.backgrounds = tuple(QBrush(QColor(c)) for c in LEVEL_COLOURS)
        # Expired cells are hatched in their level's colour over the base, with muted text (read at paint time:
        # the base, hence the text on it, follows the colour scheme).
        self.hatched = tuple(QBrush(QColor(c), Qt.BrushStyle.BDiagPattern) for c in LEVEL_COLOURS)
        self.texts = tuple(QBrush(QColor(c)) for c in TEXT_COLOURS)

    # --- data -----------------------------------------------------------------------------------
    def set_matrix(self, matrix: SkillMatrix | None) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self._people = matrix.person_ids if matrix else ()
        self._skills = matrix.skill_ids if matrix else ()
        self._levels = matrix.levels if matrix else {}
        self._expired = matrix.expired if matrix else frozenset()
        self.endResetModel()

    def matrix(self) -> SkillMatrix | None:
        return self._matrix

    def person_id(self, row: int) -> int:
        return self._people[row]

    def skill_id(self, column: int) -> int:
        return self._skills[column]

    # --- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._skills)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        role = _role(role)
        row, column = index.row(), index.column()
        if row >= len(self._people) or column >= len(self._skills):
            return None
        if role == _ALIGN:
            return _CENTRE
        key = (self._people[row], self._skills[column])
        level = self._levels.get(key)
        if level is None:
            return None
        if role in (_DISPLAY, _LEVEL):
            return level
        if role == _BACKGROUND:
            return (self.hatched if key in self._expired else self.backgrounds)[level]
        if role == _FOREGROUND:
            return QBrush(colours.muted_text()) if key in self._expired else self.texts[level]
        if role == _EXPIRED:
            return key in self._expired
        if role == _TOOLTIP:
            return self._tooltip(row, column, level, key in self._expired)
        return None

    def _tooltip(self, row: int, column: int, level: int, expired: bool) -> str:
        assert self._matrix is not None
        text = f"{self._matrix.person_names[row]} – {self._matrix.skill_names[column]}\n{level_label(level)}"
        if expired:
            text += "\n" + QCoreApplication.translate("SkillMatrixModel", "Expired: no longer counts as held.")
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = _role(role)
        if self._matrix is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self._skills):
            return self._matrix.skill_names[section]
        if orientation is Qt.Orientation.Vertical and 0 <= section < len(self._people):
            return self._matrix.person_names[section]
        return None
