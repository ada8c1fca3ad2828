"""The report's first sheet: who and when, the dashboard indicators, the monthly trends and their charts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from learnorg_desktop.reports.cells import StreamCells
from learnorg_desktop.reports.report_charts import TrendBlock, bar_chart, line_chart
from learnorg_desktop.reports.report_labels import Labels
from learnorg_desktop.reports.report_sheets import DECIMAL_1, DECIMAL_2, PERCENT, declare_table, header_cells
from learnorg_desktop.services.indicators import Indicators

WIDTHS = {"A": 52, "B": 16, "C": 22, "D": 22, "E": 22, "F": 22}
CHART_COLUMN = "D"  # beside the indicators (columns A:B), above the trends table
CHART_STEP = 14  # rows between two charts (a 6.5 cm chart spans about 13 default rows)


def _alignment(horizontal: str) -> Any:
    from openpyxl.styles import Alignment

    return Alignment(horizontal=horizontal)


@dataclass(frozen=True)
class Heading:
    """The facts printed above the indicators."""

    organisation: str
    office: str | None  # "CODE – Name", None for the whole organisation
    generated: datetime
    anonymised: bool


def _indicator_rows(ind: Indicators) -> list[tuple[str, float | int | None, str | None]]:
    """(label key, value, number format) in reading order; None values show as "n/a"."""
    t, o, k, s = ind.turnover, ind.onboarding, ind.skills, ind.satisfaction
    active = {p.kind.value: p.active for p in ind.people}
    return [
        ("active", ind.active, None), ("active_volunteer", active.get("volunteer", 0), None),
        ("active_staff", active.get("staff", 0), None), ("active_partner", active.get("partner", 0), None),
        ("arrivals", sum(p.arrivals for p in ind.people), None),
        ("departures", sum(p.departures for p in ind.people), None),
        ("turnover", t.rate, PERCENT), ("turnover_departures", t.departures, None),
        ("median_stay", t.median_stay_days, "0"),
        ("onboarding_checklists", o.checklists, None), ("onboarding_rate", o.completion_rate, PERCENT),
        ("onboarding_days", o.median_days_to_complete, DECIMAL_1), ("onboarding_overdue", o.overdue_items, None),
        ("needs_opened", ind.needs.opened, None), ("needs_met", ind.needs.met, None),
        ("needs_open_now", ind.needs.open_now, None),
        ("key_skills", len(k.key_skills), None), ("key_skills_reached", k.key_skills_reached, None),
        ("key_coverage", k.coverage, PERCENT), ("single_holders", k.single_holder_skills, None),
        ("sessions_held", sum(m.count for m in ind.sessions_held), None),
        ("participation", ind.participation.rate, PERCENT), ("participants", ind.participation.participants, None),
        ("feedback_answers", s.answers, None), ("usefulness", s.usefulness, DECIMAL_2),
        ("quality", s.quality, DECIMAL_2), ("gain", ind.learning_gain.mean_change, DECIMAL_2),
        ("gain_assessments", ind.learning_gain.assessments, None),
        ("applied", ind.application.rate, PERCENT), ("followups", ind.application.answered, None),
        ("resources_added", sum(m.count for m in ind.resources_added), None),
    ]


class _Rows:
    """Appends rows to the write-only sheet and knows the current row number."""

    def __init__(self, sheet: Any) -> None:
        self.sheet, self.row = sheet, 0

    def __call__(self, values: Sequence[Any] = ()) -> int:
        self.sheet.append(list(values))
        self.row += 1
        return self.row


def write_summary(book: Any, ind: Indicators, heading: Heading, labels: Labels) -> None:
    """The summary sheet, written top to bottom; charts are anchored to the right of the tables."""
    from openpyxl.styles import Font

    sheet = book.create_sheet(labels.sheets["summary"])
    _page(sheet)
    cells, add, texts = StreamCells(sheet), _Rows(sheet), labels.texts
    bold = Font(bold=True)
    add([cells.styled(f"{texts['title']} – {heading.organisation}".strip(" –"), font=Font(bold=True, size=16))])
    facts: list[tuple[str, list[Any]]] = [
        ("organisation", [cells.text(heading.organisation)]),
        ("office", [cells.text(heading.office) if heading.office else texts["whole"]]),
        ("period_start", [cells.formatted(ind.start, labels.date_format)]),
        ("period_end", [cells.formatted(ind.end, labels.date_format)]),
        ("generated", [cells.formatted(heading.generated, labels.datetime_format)]),
        ("anonymised", [texts["anonymised_note"] if heading.anonymised else texts["no"]]),
    ]
    for key, values in facts:
        add([cells.styled(texts[key], font=bold), *values])
    add()
    _indicators(add, cells, ind, labels)
    add()
    block = _trends(add, cells, ind, labels)
    _charts(sheet, block, labels)


def _page(sheet: Any) -> None:
    """Column widths, and printing on landscape pages one page wide (set before the first row is written)."""
    for letter, width in WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0


def _indicators(add: _Rows, cells: StreamCells, ind: Indicators, labels: Labels) -> None:
    from openpyxl.styles import Font

    right = _alignment("right")
    add([cells.styled(labels.texts["indicators"], font=Font(bold=True, size=13))])
    headers = [labels.headers["indicator"], labels.headers["value"]]
    first = add(header_cells(cells, headers))
    for key, value, number_format in _indicator_rows(ind):
        shown = cells.styled(labels.texts["na"], alignment=right) if value is None else (
            cells.formatted(value, number_format) if number_format else value)
        last = add([labels.indicators[key], shown])
    declare_table(add.sheet, "Indicators", f"A{first}:B{last}", headers)


def _trends(add: _Rows, cells: StreamCells, ind: Indicators, labels: Labels) -> TrendBlock:
    from openpyxl.styles import Font

    add([cells.styled(labels.texts["trends"], font=Font(bold=True, size=13))])
    left = _alignment("left")
    keys = ("month", "sessions_held", "active", "participants_90", "participation_rate", "resources_added")
    headers = [labels.headers[k] for k in keys]
    first = add(header_cells(cells, headers))
    last = first
    for held, point, added in zip(ind.sessions_held, ind.participation_series, ind.resources_added, strict=True):
        rate = None if point.rate is None else cells.formatted(point.rate, PERCENT)
        month = cells.styled(held.month, number_format=labels.month_format, alignment=left)
        last = add([month, held.count, point.active,
                    point.participants, rate, added.count])
    if last == first:
        last = add([])  # a table needs a data row
    declare_table(add.sheet, "Trends", f"A{first}:F{last}", headers)
    return TrendBlock(header_row=first, first_row=first + 1, last_row=last)


def _charts(sheet: Any, block: TrendBlock, labels: Labels) -> None:
    texts, month = labels.texts, labels.month_format
    charts = [bar_chart(sheet, block, 2, texts["chart_sessions"], month),
              line_chart(sheet, block, 5, texts["chart_participation"], month),
              bar_chart(sheet, block, 6, texts["chart_resources"], month)]
    for index, chart in enumerate(charts):
        sheet.add_chart(chart, f"{CHART_COLUMN}{2 + index * CHART_STEP}")
