"""One person's checklist as an Excel sheet: a heading block, then one row per item (dates as dates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from learnorg_desktop.reports.cells import plain_text
from learnorg_desktop.services.onboarding_followup import ChecklistDetail


@dataclass(frozen=True)
class SheetLabels:
    """The sheet's texts; the GUI passes translated ones."""

    sheet: str = "Checklist"
    person: str = "Person"
    office: str = "Office"
    template: str = "Template"
    version: str = "version"
    buddy: str = "Buddy"
    started: str = "Started on"
    progress: str = "Progress"
    columns: tuple[str, ...] = ("#", "Item", "Due on", "Responsible", "Done", "Done on", "Done by", "Comment",
                                "Overdue")
    yes: str = "yes"
    no: str = ""
    checkins: str = "Check-ins"
    checkin_columns: tuple[str, ...] = ("Day", "Planned on", "Held on", "Rating (1-5)", "Comment")


WIDTHS = (5, 48, 12, 24, 7, 12, 22, 40, 9)
DATE_FORMAT = "DD/MM/YYYY"


def write_checklist_sheet(detail: ChecklistDetail, path: Path, today: date,
                          labels: SheetLabels | None = None) -> Path:
    """Write the workbook and return its path."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    texts = labels or SheetLabels()
    book = Workbook()
    sheet = book.active
    sheet.title = texts.sheet[:31]
    bold = Font(bold=True)
    version = f" ({texts.version} {detail.template_version})" if detail.template_version else ""
    heading: list[tuple[str, Any]] = [
        (texts.person, detail.person), (texts.office, detail.office_code or ""),
        (texts.template, detail.template_name + version), (texts.buddy, detail.buddy or ""),
        (texts.started, detail.started_on), (texts.progress, f"{detail.done}/{detail.total}"),
    ]
    for label, value in heading:
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 1).font = bold
    sheet.append([])
    sheet.append(list(texts.columns))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    late_fill = PatternFill("solid", fgColor="FDE2E1")
    for item in detail.items:
        done_on = item.done_at.date() if item.done_at else None
        sheet.append([item.position, item.title, item.due_on, item.responsible, texts.yes if item.done else texts.no,
                      done_on, item.done_by or "", item.comment, texts.yes if item.is_overdue(today) else ""])
        if item.is_overdue(today):
            for cell in sheet[sheet.max_row]:
                cell.fill = late_fill
    _checkins(sheet, detail, texts, bold)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
            plain_text(cell)  # titles, comments and names come from users: never a live formula
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + column)].width = width
    book.save(path)
    return path


def _checkins(sheet: Any, detail: ChecklistDetail, texts: SheetLabels, bold: Any) -> None:
    if not detail.checkins:
        return
    sheet.append([])
    sheet.append([texts.checkins])
    sheet.cell(sheet.max_row, 1).font = bold
    sheet.append(list(texts.checkin_columns))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for c in detail.checkins:
        sheet.append([c.day, c.due_on, c.held_on, c.rating, c.comment])
