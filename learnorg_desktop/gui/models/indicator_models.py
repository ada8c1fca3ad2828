"""The global dashboard's indicator table: one row per figure, grouped under section rows, each with its definition."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from learnorg_desktop.gui.models.rows_model import RowsModel

INFO_COLUMN = 3  # the "?" column: a click there opens the definition


@dataclass(frozen=True)
class IndicatorRow:
    """One line of the table, already translated and formatted ("–" for a figure that cannot be computed).

    A section row (`section` True) only carries its title in `label`.
    """

    key: str
    label: str
    value: str = ""
    detail: str = ""
    definition: str = ""
    section: bool = False


class IndicatorsModel(RowsModel):
    """Read-only rows of `IndicatorRow`; the definition is also the row's tooltip and "What's this?" text."""

    def headers(self) -> Sequence[str]:
        return (QCoreApplication.translate("IndicatorsModel", "Indicator"),
                QCoreApplication.translate("IndicatorsModel", "Value"),
                QCoreApplication.translate("IndicatorsModel", "Details"), "")

    def row_id(self, row: Any) -> Any:
        return row.key

    def row_for_key(self, key: str) -> IndicatorRow | None:
        index = self.row_of(key)
        return None if index is None else self.row_at(index)

    def section_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.section]

    def cell(self, row: Any, column: int, role: int) -> Any:
        indicator: IndicatorRow = row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(indicator, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
            return indicator.definition or None
        if role == Qt.ItemDataRole.FontRole and (indicator.section or column == 1):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, INFO_COLUMN):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == INFO_COLUMN and not indicator.section:
            return QCoreApplication.translate("IndicatorsModel", "Definition of %1").replace("%1", indicator.label)
        return None

    @staticmethod
    def _text(row: IndicatorRow, column: int) -> str:
        if row.section:
            return row.label if column == 0 else ""
        return (row.label, row.value, row.detail, "?")[column]
