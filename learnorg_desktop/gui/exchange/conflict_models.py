"""The conflicts list, one conflict's fields side by side with a per-field choice, and what the choice means."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from learnorg_desktop.exchange.conflicts import ConflictRow, Pick
from learnorg_desktop.gui.exchange.field_labels import BOOKKEEPING, exchanged_field_label, field_value_text
from learnorg_desktop.gui.exchange.labels import entity_label
from learnorg_desktop.gui.formatting import date_time
from learnorg_desktop.gui.models.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
# Bookkeeping that differs between any two versions and that nobody chooses.
HIDDEN_FIELDS = frozenset({"uuid", "updated_at", "_known"})


@dataclass(frozen=True)
class ConflictItem:
    """A conflict with what the screens show of it: a readable name and the names its references stand for."""

    conflict: ConflictRow
    label: str
    references: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return self.conflict.id

    @property
    def here(self) -> dict[str, Any]:
        """This office's version: the kept one, unless the import took the other office's newer change."""
        return self.conflict.kept if self.conflict.kept_local else self.conflict.other

    @property
    def there(self) -> dict[str, Any]:
        return self.conflict.other if self.conflict.kept_local else self.conflict.kept


def resolution(conflict: ConflictRow, take_other: set[str]) -> tuple[Pick, set[str] | None]:
    """resolve_conflict's arguments for a choice of fields (`take_other`: those taking the other office's value)."""
    differing = set(conflict.differing_fields)
    from_set_aside = (take_other & differing) if conflict.kept_local else (differing - take_other)
    if not from_set_aside:
        return Pick.KEPT, None
    if from_set_aside == differing:
        return Pick.OTHER, None
    return Pick.KEPT, from_set_aside


class ConflictsModel(RowsModel):
    """One row per conflict: kind of record, record, other office, when it was found, status."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Kind of record"), self.tr("Record"), self.tr("Other office"), self.tr("Detected"),
                self.tr("Status"))

    def status_text(self, conflict: ConflictRow) -> str:
        texts = {
            "kept": self.tr("Resolved: the version in use was kept"),
            "other": self.tr("Resolved: the set-aside version was taken"),
            "merged": self.tr("Resolved field by field"),
            "superseded": self.tr("Resolved with another conflict on this record"),
        }
        if conflict.resolved_at is None:
            return self.tr("To review")
        return texts.get(conflict.resolution or "", self.tr("Resolved"))

    def cell(self, row: ConflictItem, column: int, role: int) -> Any:
        conflict = row.conflict
        if role == Qt.ItemDataRole.DisplayRole:
            return (entity_label(conflict.entity), row.label or conflict.record_uuid[:8], conflict.peer_office,
                    date_time(conflict.detected_at), self.status_text(conflict))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return conflict.record_uuid
        return None


@dataclass(frozen=True)
class FieldRow:
    """One field of the record in both versions."""

    name: str
    here: Any
    there: Any

    @property
    def differs(self) -> bool:
        return bool(self.here != self.there)


class ConflictFieldsModel(RowsModel):
    """Field, this office's value, the other office's value, and (for differing fields) which one to keep."""

    CHOICE_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.item: ConflictItem | None = None
        self.take_other: set[str] = set()
        self.editable = False

    def set_conflict(self, item: ConflictItem | None, *, editable: bool) -> None:
        """Differing fields first; each starts on the value now in the database."""
        self.item, self.editable = item, editable
        rows: list[FieldRow] = []
        if item is not None:
            names = (set(item.here) | set(item.there)) - HIDDEN_FIELDS
            rows = [FieldRow(n, item.here.get(n), item.there.get(n)) for n in names]
            rows = [r for r in rows if r.differs or r.name not in BOOKKEEPING]
            rows.sort(key=lambda r: (not r.differs, exchanged_field_label(r.name).casefold()))
        self.take_other = set() if item is None or item.conflict.kept_local else \
            {r.name for r in rows if r.differs}
        self.set_rows(rows)

    def headers(self) -> Sequence[str]:
        peer = self.item.conflict.peer_office if self.item else ""
        return (self.tr("Field"), self.tr("This office"), self.tr("Other office (%1)").replace("%1", peer),
                self.tr("Take the other office's value"))

    def row_id(self, row: FieldRow) -> str:
        return row.name

    def cell(self, row: FieldRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column < self.CHOICE_COLUMN:
            if column == 0:
                return exchanged_field_label(row.name)
            assert self.item is not None
            value = row.here if column == 1 else row.there
            return field_value_text(self.item.conflict.entity, row.name, value, self.item.references)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            value = row.here if column == 1 else row.there
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CHOICE_COLUMN and row.differs:
            return Qt.CheckState.Checked if row.name in self.take_other else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHOICE_COLUMN and self.row_at(index.row()).differs \
                and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        name = self.row_at(index.row()).name
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self.take_other.add(name)
        else:
            self.take_other.discard(name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def choose_all(self, other: bool) -> None:
        """Every differing field on one side (the two whole-version buttons show it before they apply)."""
        self.take_other = {r.name for r in self.rows() if r.differs} if other else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.CHOICE_COLUMN),
                                  self.index(self.rowCount() - 1, self.CHOICE_COLUMN))
