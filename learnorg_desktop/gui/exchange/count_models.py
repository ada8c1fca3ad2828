"""Tables of what a package holds or did, per kind of record, with a totals row (models and their view)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from learnorg_desktop.gui.exchange.labels import entity_label
from learnorg_desktop.gui.formatting import number
from learnorg_desktop.gui.models.rows_model import RowsModel

OUTCOMES = ("created", "updated", "unchanged", "deleted", "conflicts")


@dataclass(frozen=True)
class CountRow:
    """One kind of record (None for the totals row) and its numbers, in the model's column order."""

    entity: str | None
    values: tuple[int, ...]


def _outcomes(counts: Any) -> tuple[int, ...]:
    """EntityCounts (a fresh report) or its JSON form (the history) as numbers in OUTCOMES order."""
    if isinstance(counts, Mapping):
        return tuple(int(counts.get(name, 0)) for name in OUTCOMES)
    return tuple(int(getattr(counts, name)) for name in OUTCOMES)


class _CountsModel(RowsModel):
    """Rows of numbers under a first column naming the kind of record; the last row holds the totals."""

    def _set(self, rows: list[CountRow]) -> None:
        """The rows and their totals; nothing at all (not a row of zeros) when there is nothing to count."""
        width = len(self.headers()) - 1
        totals = tuple(sum(row.values[i] for row in rows) for i in range(width))
        self.set_rows([*rows, CountRow(None, totals)] if rows else [])

    def cell(self, row: CountRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entity_label(row.entity) if row.entity else self.tr("Total")
            return number(row.values[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.entity is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def totals(self) -> tuple[int, ...]:
        """The numbers of the totals row."""
        rows = self.rows()
        return rows[-1].values if rows else ()


class OutcomeCountsModel(_CountsModel):
    """What an import did or would do: new, updated, unchanged, deleted, in conflict."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Kind of record"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"),
                self.tr("Deleted"), self.tr("Conflicts"))

    def set_counts(self, counts: Mapping[str, Any]) -> None:
        """`counts` per table: EntityCounts or their JSON form; kinds with nothing in them are left out."""
        rows = [CountRow(name, _outcomes(c)) for name, c in counts.items()]
        self._set([row for row in rows if any(row.values)])


class RecordCountsModel(_CountsModel):
    """What a sent package holds: records per kind."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Kind of record"), self.tr("Records"))

    def set_counts(self, counts: Mapping[str, Any]) -> None:
        self._set([CountRow(name, (int(count),)) for name, count in counts.items() if count])


def counts_view(model: RowsModel) -> QTableView:
    """A compact, read-only table of counts."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QTableView.SelectionMode.NoSelection)
    fit_columns(view)
    return view


def fit_columns(view: QTableView) -> None:
    """The kind of record takes the room left; the numbers fit their titles (call again after setModel)."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
