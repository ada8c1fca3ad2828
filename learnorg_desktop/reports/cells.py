"""Writing user text into spreadsheet cells safely: never run as a formula, never refused by openpyxl."""

from __future__ import annotations

from copy import copy
from typing import Any

# A text starting with one of these is run as a formula by spreadsheet programs (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel's limit for one cell; a longer text makes it "repair" the file.
MAX_CELL_TEXT = 32_767


def clean_text(value: str) -> str:
    """Control characters removed: openpyxl refuses to write them (IllegalCharacterError)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def plain_text(cell: Any) -> None:
    """Keep a user's text that looks like a formula as text: a string cell with Excel's quote prefix."""
    value = cell.value
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True


def put_text(sheet: Any, row: int, col: int, value: str) -> Any:
    """Write user text at (row, col) as text, whatever it starts with; returns the cell."""
    cell = sheet.cell(row, col)
    cell.value = clean_text(value)
    plain_text(cell)
    return cell


def needs_care(value: str) -> bool:
    """True when `value` would run as a formula or holds characters openpyxl refuses."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return (value.startswith(FORMULA_STARTS) or len(value) > MAX_CELL_TEXT
            or ILLEGAL_CHARACTERS_RE.search(value) is not None)


class StreamCells:
    """Cells for one write-only sheet: user text kept as text, numbers and dates with their format.

    A write-only sheet takes plain values, or cells for what needs a style. Each format's style is
    built once and copied: setting `number_format` on every cell costs several times more.
    """

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self._styles: dict[str, Any] = {}

    def text(self, value: str) -> Any:
        """The value itself when harmless, else a text cell with Excel's quote prefix (never a formula)."""
        if not needs_care(value):
            return value
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value=clean_text(value)[:MAX_CELL_TEXT])
        plain_text(cell)
        return cell

    def formatted(self, value: Any, number_format: str) -> Any:
        """A number or date cell shown with `number_format`."""
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value=value)
        cell._style = copy(self._style(number_format))
        return cell

    def styled(self, value: Any, **style: Any) -> Any:
        """A cell with a one-off style (fonts of headings): not for the bulk of the rows."""
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, value=clean_text(value) if isinstance(value, str) else value)
        plain_text(cell)
        for name, setting in style.items():
            setattr(cell, name, setting)
        return cell

    def _style(self, number_format: str) -> Any:
        style = self._styles.get(number_format)
        if style is None:
            from openpyxl.cell import WriteOnlyCell

            template = WriteOnlyCell(self.sheet)
            template.number_format = number_format
            style = self._styles[number_format] = template._style
        return style
