"""A thin read-only table model over a list of DTOs: subclasses say what each column shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def short_date(value: Any) -> str:
    """A date in the user's short format; empty for None."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class RowsModel(QAbstractTableModel):
    """Rows are DTOs (frozen dataclasses); `cell(row, column, role)` answers every role but ids."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- what subclasses define ----------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        """The column titles (translated); no columns by default."""
        return ()

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What `data` returns for a valid index; None for roles the column does not use."""
        return None

    def row_id(self, row: Any) -> Any:
        return getattr(row, "id", None)

    # --- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: Any) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == row_id), None)

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self.headers()
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(headers):
            return headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        return self.cell(row, index.column(), role)
