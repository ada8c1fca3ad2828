"""Thin Qt models of the onboarding tab: open checklists, one checklist's items, templates, template items."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.gui.models.rows_model import RowsModel
from learnorg_desktop.services.onboarding_followup import ItemRow, OpenChecklistRow
from learnorg_desktop.services.onboarding_templates import TemplateItemInput, TemplateRow

_Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate  # lupdate only sees translate("Context", "text") calls


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def warning_icon() -> Any:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class _ListModel(RowsModel):
    """RowsModel whose subclasses answer `data` themselves (icons, check boxes, colours per column)."""

    def row_of_id(self, row_id: int) -> int | None:
        return self.row_of(row_id)

    def _valid(self, index: _Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self.headers())


class OpenChecklistsModel(_ListModel):
    """Open onboardings, most urgent first (the service sorts); overdue rows in red with an icon."""

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> tuple[str, ...]:
        return (
            translate("OnboardingModels", "Person"),
            translate("OnboardingModels", "Office"),
            translate("OnboardingModels", "Checklist"),
            translate("OnboardingModels", "Progress"),
            translate("OnboardingModels", "Overdue"),
            translate("OnboardingModels", "Next due"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: OpenChecklistRow = self._rows[index.row()]
        late = row.overdue > 0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and late and index.column() in (0, 4, 5):
            return QBrush(colours.overdue_text())
        if role == Qt.ItemDataRole.DecorationRole and late and index.column() == 0:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole and late:
            since = translate("OnboardingModels", "Overdue since %1")
            return since.replace("%1", format_date(row.oldest_overdue))
        if role == ROW_ID_ROLE:
            return row.id
        return None

    def _text(self, row: OpenChecklistRow, column: int) -> str:
        version = f" (v{row.template_version})" if row.template_version else ""
        values = (row.person, row.office_code or "", row.template_name + version, f"{row.done}/{row.total}",
                  str(row.overdue) if row.overdue else "", format_date(row.next_due))
        return values[column]


class ChecklistItemsModel(_ListModel):
    """One checklist's items; the first column is a check box (the tab decides who ticks it)."""

    # (item id, checked): a click on a box asks; the panel writes through the service and reloads.
    toggle_requested = Signal(int, bool)

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index) or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.toggle_requested.emit(self._rows[index.row()].id, checked)
        return False  # the row changes only once the service has recorded who and when

    def headers(self) -> tuple[str, ...]:
        return (
            "",
            translate("OnboardingModels", "Item"),
            translate("OnboardingModels", "Due on"),
            translate("OnboardingModels", "Responsible"),
            translate("OnboardingModels", "Done on"),
            translate("OnboardingModels", "Done by"),
            translate("OnboardingModels", "Comment"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if self._valid(index) and index.column() == 0 else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        item: ItemRow = self._rows[index.row()]
        late = item.is_overdue(self.today)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(colours.overdue_text())
        if role == Qt.ItemDataRole.DecorationRole and late and index.column() == 1:
            return warning_icon()
        if role == Qt.ItemDataRole.FontRole and late and index.column() in (1, 2):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return item.description or None
        if role == ROW_ID_ROLE:
            return item.id
        return None

    def _text(self, item: ItemRow, column: int) -> str:
        done_on = format_date(item.done_at.date()) if item.done_at else ""
        values = ("", item.title, format_date(item.due_on), item.responsible, done_on, item.done_by or "",
                  item.comment)
        return values[column]


class TemplatesModel(_ListModel):
    """The checklist templates."""

    def headers(self) -> tuple[str, ...]:
        return (
            translate("OnboardingModels", "Template"),
            translate("OnboardingModels", "Kind"),
            translate("OnboardingModels", "Audience"),
            translate("OnboardingModels", "Office"),
            translate("OnboardingModels", "Language"),
            translate("OnboardingModels", "Version"),
            translate("OnboardingModels", "Items"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: TemplateRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = translate("OnboardingModels", "Onboarding") if row.kind.value == "onboarding" \
                else translate("OnboardingModels", "Departure")
            audience = kind_label(row.audience) if row.audience else translate("OnboardingModels", "Everyone")
            office = row.office_code or translate("OnboardingModels", "All offices")
            values = (row.name, kind, audience, office, row.language.upper(), str(row.version), str(row.item_count))
            return values[index.column()]
        if role == ROW_ID_ROLE:
            return row.id
        return None


class TemplateItemsModel(_ListModel):
    """The editable steps of the template being edited: title, due days, responsible, description."""

    def headers(self) -> tuple[str, ...]:
        return (
            translate("OnboardingModels", "Item"),
            translate("OnboardingModels", "Due (days after the start)"),
            translate("OnboardingModels", "Responsible"),
            translate("OnboardingModels", "Description"),
        )

    def items(self) -> list[TemplateItemInput]:
        return list(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self._valid(index) else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index) or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        item: TemplateItemInput = self._rows[index.row()]
        values: tuple[Any, ...] = (item.title, item.due_days, item.responsible_text, item.description)
        return values[index.column()]

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index) or role != Qt.ItemDataRole.EditRole:
            return False
        names = ("title", "due_days", "responsible_text", "description")
        name = names[index.column()]
        if name == "due_days":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        self._rows[index.row()] = replace(self._rows[index.row()], **{name: value if name == "due_days" else
                                                                      str(value)})
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def insert_item(self, row: int, item: TemplateItemInput) -> None:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, item)
        self.endInsertRows()

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move_item(self, row: int, delta: int) -> int:
        """Move a step up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # beginMoveRows wants the destination *before* which the row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target
