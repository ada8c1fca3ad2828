"""One spreadsheet row -> cleaned field values, or the reasons it is rejected (no database here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.importers.columns import ColumnMapping, Field
from learnorg_desktop.importers.errors import RowError
from learnorg_desktop.importers.tabular import CellValue, RawTable, is_empty
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.parsing import normalise_email, parse_date
from learnorg_desktop.services.text import fold

FieldValue = str | date | PersonKind

KIND_WORDS: dict[str, PersonKind] = {
    **dict.fromkeys(("benevole", "benevoles", "volunteer", "volunteers", "b", "v"), PersonKind.VOLUNTEER),
    **dict.fromkeys(("salarie", "salariee", "salarie(e)", "salarie e", "salaries", "staff", "employee",
                     "employe", "employee(e)", "s", "e"), PersonKind.STAFF),
    **dict.fromkeys(("partenaire", "partenaires", "partner", "partners", "p"), PersonKind.PARTNER),
}
# Longest text each column accepts; longer values are rejected, never silently cut.
MAX_LENGTHS: dict[Field, int] = {
    Field.LAST_NAME: 120, Field.FIRST_NAME: 120, Field.PHONE: 40, Field.ROLE: 200, Field.LANGUAGES: 200,
    Field.OFFICE: 200,
}
_DATE_TYPES = (datetime, date, time)
_MULTILINE = frozenset({Field.NOTES, Field.DEPARTURE_REASON})
_DATES = frozenset({Field.ARRIVAL_DATE, Field.DEPARTURE_DATE})


@dataclass(frozen=True)
class ParsedRow:
    """The non-empty, cleaned values of one data row."""

    row: int
    values: dict[Field, FieldValue]

    def text(self, wanted: Field) -> str:
        value = self.values.get(wanted)
        return value if isinstance(value, str) else ""


def parse_kind(text: str) -> PersonKind:
    kind = _kind_word(text)
    if kind is None:
        raise ValidationError(
            "kind", f"'{text}' is not a kind of person (bénévole, salarié or partenaire)", code="bad_kind",
            value=text,
        )
    return kind


@lru_cache(maxsize=256)  # a kind column holds a handful of distinct spellings
def _kind_word(text: str) -> PersonKind | None:
    return KIND_WORDS.get(fold(text).strip().rstrip("."))


def as_text(value: CellValue, *, multiline: bool = False) -> str:
    """A cell as text: whole numbers lose their '.0', stray spaces go."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, _DATE_TYPES):
        text = value.isoformat()
    elif isinstance(value, timedelta):
        text = str(value)
    else:
        text = "" if value is None else str(value)
    if multiline:
        return "\n".join(line.strip() for line in text.strip().splitlines())
    return " ".join(text.split())


def data_rows(table: RawTable, mapping: ColumnMapping) -> Iterator[tuple[int, list[CellValue]]]:
    """(row number, cells) of the rows below the header that hold something."""
    for index in range(mapping.header_row + 1, len(table.rows)):
        cells = table.rows[index]
        if any(not is_empty(cells[c]) for c in mapping.columns if c < len(cells)):
            yield table.row_numbers[index], cells


def parse_row(row: int, cells: list[CellValue], mapping: ColumnMapping) -> tuple[ParsedRow, list[RowError]]:
    """Clean every mapped cell; each bad cell gives one RowError."""
    values: dict[Field, FieldValue] = {}
    errors: list[RowError] = []
    width = len(cells)
    for column, target in mapping.columns.items():
        cell = cells[column] if column < width else None
        if cell is None or cell == "" or (isinstance(cell, str) and cell.isspace()):
            continue
        try:
            values[target] = _clean(target, cell)
        except ValidationError as error:
            errors.append(RowError(row, target.value, error.message, error.code, str(error.params.get("value", ""))))
    if Field.LAST_NAME not in values and not any(e.field == Field.LAST_NAME.value for e in errors):
        errors.append(RowError(row, Field.LAST_NAME.value, "the last name is required", "required"))
    arrival, departure = values.get(Field.ARRIVAL_DATE), values.get(Field.DEPARTURE_DATE)
    if isinstance(arrival, date) and isinstance(departure, date) and departure < arrival:
        errors.append(RowError(row, Field.DEPARTURE_DATE.value, "the departure date is before the arrival date",
                               "departure_before_arrival"))
    return ParsedRow(row, values), errors


def _clean(target: Field, cell: CellValue) -> FieldValue:
    if isinstance(cell, _NOT_VALUES):
        kind = "date" if target in _DATES else "text"
        raise ValidationError(target.value, f"'{cell}' is not a {kind}", code="bad_value", value=cell)
    return _CLEANERS[target](target, cell)


def _date(target: Field, cell: CellValue) -> FieldValue:
    parsed = parse_date(cell, target.value)
    if parsed is None:  # blank cells are skipped before; kept for the type checker
        raise ValidationError(target.value, "the date is empty", code="bad_date")
    return parsed


def _email(_target: Field, cell: CellValue) -> FieldValue:
    return normalise_email(as_text(cell)) or ""


def _kind(_target: Field, cell: CellValue) -> FieldValue:
    return parse_kind(as_text(cell))


def _text(target: Field, cell: CellValue) -> FieldValue:
    text = as_text(cell, multiline=target in _MULTILINE)
    limit = MAX_LENGTHS.get(target)
    if limit is not None and len(text) > limit:
        raise ValidationError(target.value, f"longer than {limit} characters", code="too_long", value=text)
    return text


_NOT_VALUES = (time, timedelta, bool)  # a clock time or a tick box is never a date nor a name
_CLEANERS: dict[Field, Callable[[Field, CellValue], FieldValue]] = {
    **dict.fromkeys(Field, _text), Field.ARRIVAL_DATE: _date, Field.DEPARTURE_DATE: _date,
    Field.EMAIL: _email, Field.KIND: _kind,
}
