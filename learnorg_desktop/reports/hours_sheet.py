"""Learning and hosting hours per person as an Excel sheet: dates as dates, hours as numbers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.reports.cells import plain_text
from learnorg_desktop.services.session_hours import HoursReport, PersonHours, hours

DATE_FORMAT = "DD/MM/YYYY"
HOURS_FORMAT = "0.0"
WIDTHS = (32, 10, 14, 14, 12, 14, 12, 12)


@dataclass(frozen=True)
class HoursLabels:
    """The sheet's texts; the GUI passes translated ones."""

    sheet: str = "Hours"
    period: str = "Period"
    columns: tuple[str, ...] = ("Person", "Office", "Kind", "Learning hours", "Sessions attended",
                                "Hosting hours", "Sessions hosted", "Total hours")


def write_hours_sheet(report: HoursReport, path: Path, labels: HoursLabels | None = None,
                      kind_labels: Mapping[PersonKind, str] | None = None) -> Path:
    """Write the per-person table of `report` and return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    texts = labels or HoursLabels()
    book = Workbook()
    sheet = book.active
    sheet.title = texts.sheet[:31]
    bold = Font(bold=True)
    sheet.append([texts.period, report.start, report.end])
    sheet.cell(1, 1).font = bold
    for column in (2, 3):
        sheet.cell(1, column).number_format = DATE_FORMAT
    sheet.append([])
    sheet.append(list(texts.columns))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    header_row = sheet.max_row
    for person in report.people:
        sheet.append(_row(person, kind_labels or {}))
        _style_row(sheet, sheet.max_row)
    sheet.freeze_panes = sheet.cell(header_row + 1, 2)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(ord("A") + index - 1)].width = width
    book.save(path)
    return path


def _row(person: PersonHours, kind_labels: Mapping[PersonKind, str]) -> list[Any]:
    return [person.person, person.office_code or "", kind_labels.get(person.kind, person.kind.value),
            hours(person.learning_minutes), person.sessions_attended, hours(person.hosting_minutes),
            person.sessions_hosted, hours(person.total_minutes)]


def _style_row(sheet: Any, row: int) -> None:
    for column in (4, 6, 8):
        sheet.cell(row, column).number_format = HOURS_FORMAT
    for column in (1, 2, 3):
        plain_text(sheet.cell(row, column))
