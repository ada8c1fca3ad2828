"""A file's cells as plain Python values, whatever its format, with the row numbers the user sees."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from learnorg_desktop.importers.errors import EmptyFileError, UnreadableFileError, UnsupportedFormatError

CellValue = str | int | float | bool | date | datetime | time | timedelta | None

SPREADSHEET_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_EXTENSIONS = (".csv", ".txt", ".tsv")
SUPPORTED_EXTENSIONS = CSV_EXTENSIONS + SPREADSHEET_EXTENSIONS
# Refused before reading: far beyond any association's registry, and keeps memory bounded.
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class RawTable:
    """Rows of cell values; `row_numbers[i]` is the 1-based spreadsheet row (or CSV line) of `rows[i]`."""

    rows: list[list[CellValue]]
    row_numbers: list[int]
    source: str = ""
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.rows) != len(self.row_numbers):
            raise ValueError("rows and row_numbers differ in length")

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def is_empty(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_table(path: Path) -> RawTable:
    """Read the first sheet (or the CSV) at `path`; raises an ImportFileError subclass, never anything else."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        raise UnsupportedFormatError(
            path, f"'{suffix or path.name}' files cannot be imported (use .csv, .xlsx, .xls or .ods)",
            extension=suffix,
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UnreadableFileError(path, error.strerror or "cannot open the file", code="cannot_open") from None
    if size == 0:
        raise EmptyFileError(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise UnreadableFileError(path, "the file is larger than 200 MB", code="too_large")
    # Imported lazily: each reader pulls its own parser only when needed.
    if suffix in CSV_EXTENSIONS:
        from learnorg_desktop.importers.csv_source import read_csv

        table = read_csv(path)
    else:
        from learnorg_desktop.importers.workbook import read_workbook

        table = read_workbook(path)
    if not any(not is_empty(c) for row in table.rows for c in row):
        raise EmptyFileError(path, "the file holds no data")
    return table
