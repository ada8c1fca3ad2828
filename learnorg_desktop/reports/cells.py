"""Writing user text into spreadsheet cells safely: never run as a formula, never refused by openpyxl."""

from __future__ import annotations

from typing import Any

# A text starting with one of these is run as a formula by spreadsheet programs (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
