"""One streamed sheet holding one Excel table: header row, typed columns, frozen header, filter buttons.

The sheet is written row by row (openpyxl write-only mode): column widths and frozen panes must be
set before the first row, the table and its conditional formats are declared after the last one.
In write-only mode openpyxl cannot read the header back, so the table's columns are named here.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from learnorg_desktop.reports.cells import StreamCells
from learnorg_desktop.reports.report_labels import Labels
from learnorg_desktop.services.errors import ServiceError

# Excel's last row; the header takes one.
MAX_DATA_ROWS = 1_048_575
TABLE_STYLE = "TableStyleMedium2"
HEADER_FILL = "4472C4"  # the header blue of TableStyleMedium2
PERCENT, DECIMAL_1, DECIMAL_2 = "0.0%", "0.0", "0.00"


@dataclass(frozen=True)
class Column:
    """A column: its header key (report_labels.HEADERS) or its literal header, its kind and width.

    Kinds: "text" (user text, never a formula), "label" (the report's own words), "int", "dec1",
    "dec2", "percent", "date", "datetime".
    """

    key: str
    kind: str = "text"
    width: float = 14
    header: str | None = None  # a literal header (a skill name in the matrix) instead of a key


class TooManyRows(ServiceError):
    """A sheet would exceed Excel's 1,048,576 rows: a shorter period or one office is needed."""

    code = "too_many_rows"


def local_naive(value: datetime) -> datetime:
    """Excel has no time zones: a stored UTC instant is shown in the computer's local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def unique_headers(headers: Iterable[str]) -> list[str]:
    """Table column names must be unique (case-insensitive) and on one line."""
    seen: set[str] = set()
    result = []
    for header in headers:
        name = " ".join(header.split()) or "-"
        candidate, n = name, 2
        while candidate.casefold() in seen:
            candidate, n = f"{name} ({n})", n + 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


class TableSheet:
    """Write `columns` as a table on a new write-only sheet, one `append` per row, then `close`."""

    def __init__(self, book: Any, title: str, table_name: str, columns: Sequence[Column], labels: Labels,
                 *, freeze_col: int = 1) -> None:
        self.sheet = book.create_sheet(title[:31])
        self.cells = StreamCells(self.sheet)
        self.table_name, self.columns, self.rows = table_name, list(columns), 0
        self.headers = unique_headers(c.header if c.header is not None else labels.headers[c.key] for c in columns)
        self._converters = self._build_converters(labels)
        for index, column in enumerate(self.columns, start=1):
            self.sheet.column_dimensions[column_letter(index)].width = column.width
        self.sheet.freeze_panes = f"{column_letter(freeze_col + 1)}2" if freeze_col else "A2"
        _print_setup(self.sheet)
        self.sheet.append(header_cells(self.cells, self.headers))

    def _build_converters(self, labels: Labels) -> list[tuple[int, Callable[[Any], Any]]]:
        cells = self.cells
        by_kind: dict[str, Callable[[Any], Any]] = {
            "text": lambda v: cells.text(v) if isinstance(v, str) else v,
            "date": lambda v: cells.formatted(v, labels.date_format),
            "datetime": lambda v: cells.formatted(local_naive(v), labels.datetime_format),
            "percent": lambda v: cells.formatted(v, PERCENT),
            "dec1": lambda v: cells.formatted(v, DECIMAL_1),
            "dec2": lambda v: cells.formatted(v, DECIMAL_2),
        }
        # Plain ints and the report's own labels go through untouched: most cells cost nothing extra.
        return [(i, by_kind[c.kind]) for i, c in enumerate(self.columns) if c.kind in by_kind]

    def append(self, values: Sequence[Any]) -> None:
        if self.rows >= MAX_DATA_ROWS:
            raise TooManyRows(f"more than {MAX_DATA_ROWS} rows for the {self.table_name} sheet",
                              sheet=self.table_name)
        row = list(values)
        for index, convert in self._converters:
            value = row[index]
            if value is not None:
                row[index] = convert(value)
        self.sheet.append(row)
        self.rows += 1

    @property
    def data_ref(self) -> str:
        """The data cells (without the header), for conditional formats."""
        return f"A2:{column_letter(len(self.columns))}{self.rows + 1}"

    def close(self) -> int:
        """Declare the table over what was written; returns the number of data rows."""
        if self.rows == 0:
            self.sheet.append([])  # Excel refuses a table without a data row
        declare_table(self.sheet, self.table_name, f"A1:{column_letter(len(self.columns))}{max(self.rows, 1) + 1}",
                      self.headers)
        return self.rows


def _print_setup(sheet: Any) -> None:
    """Printed landscape, one page wide, the header repeated on every page."""
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = "1:1"


def header_cells(cells: StreamCells, headers: Sequence[str]) -> list[Any]:
    """Bold white on blue, as the table style draws it: LibreOffice does not draw table styles."""
    from openpyxl.styles import Alignment, Font, PatternFill

    font, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor=HEADER_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    return [cells.styled(h, font=font, fill=fill, alignment=wrap) for h in headers]


def declare_table(sheet: Any, name: str, ref: str, headers: Sequence[str]) -> None:
    """An Excel table over `ref` whose first row holds `headers` (written by the caller)."""
    from openpyxl.worksheet.table import Table, TableStyleInfo

    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    table._initialise_columns()
    for column, header in zip(table.tableColumns, headers, strict=True):
        column.name = header
    with warnings.catch_warnings():  # "add table columns manually": done just above
        warnings.simplefilter("ignore", UserWarning)
        sheet.add_table(table)
