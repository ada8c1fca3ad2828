"""One person's checklist as a printable A4 PDF page: QTextDocument HTML painted on a QPdfWriter.

Pure Qt painting (no widget), so it may run in a background task.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from learnorg_desktop.gui.printing.pdf import write_html_pdf
from learnorg_desktop.services.onboarding_followup import ChecklistDetail, ItemRow

OVERDUE_COLOUR = "#b00020"
DONE_MARK, OPEN_MARK, LATE_MARK = "☑", "☐", "⚠"


translate = QCoreApplication.translate  # lupdate only sees translate("Context", "text") calls


def _date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _item_row(item: ItemRow, today: date) -> str:
    late = item.is_overdue(today)
    mark = DONE_MARK if item.done else (LATE_MARK if late else OPEN_MARK)
    style = f' style="color:{OVERDUE_COLOUR}"' if late else ""
    done = f"{_date(item.done_at)} – {escape(item.done_by or '')}" if item.done else ""
    details = escape(item.description)
    if item.comment:
        details += f"<br/><i>{escape(item.comment)}</i>"
    below = f"<br/><span style='font-size:8pt'>{details}</span>" if details else ""
    return (f"<tr{style}><td align='center'>{mark}</td><td><b>{escape(item.title)}</b>{below}</td>"
            f"<td style='white-space:nowrap'>{_date(item.due_on)}</td>"
            f"<td>{escape(item.responsible)}</td><td>{done}</td></tr>")


def checklist_html(detail: ChecklistDetail, today: date, organisation: str = "") -> str:
    """The page as HTML (the subset QTextDocument renders)."""
    version = translate("ChecklistPdf", "version %1").replace("%1", str(detail.template_version)) \
        if detail.template_version else ""
    title = translate("ChecklistPdf", "Onboarding of %1") if detail.kind.value == "onboarding" \
        else translate("ChecklistPdf", "Hand-over by %1")
    done = translate("ChecklistPdf", "%1 of %2 done").replace("%1", str(detail.done)).replace("%2", str(detail.total))
    facts = [
        (translate("ChecklistPdf", "Office"), detail.office_name or detail.office_code or ""),
        (translate("ChecklistPdf", "Checklist"),
         f"{detail.template_name} ({version})" if version else detail.template_name),
        (translate("ChecklistPdf", "Buddy"), detail.buddy or "–"),
        (translate("ChecklistPdf", "Started on"), _date(detail.started_on)),
        (translate("ChecklistPdf", "Progress"), done),
    ]
    head = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts)
    columns = ("", translate("ChecklistPdf", "Item"), translate("ChecklistPdf", "Due on"),
               translate("ChecklistPdf", "Responsible"), translate("ChecklistPdf", "Done"))
    widths = (4, 42, 14, 18, 22)  # percent of the page width
    header = "".join(f"<th align='left' width='{w}%'>{escape(c)}</th>" for c, w in zip(columns, widths, strict=True))
    rows = "".join(_item_row(i, today) for i in detail.items)
    # lupdate does not look into f-strings: these texts are translated beforehand.
    printed, late = translate("ChecklistPdf", "Printed on %1"), translate("ChecklistPdf", "overdue")
    parts = [
        f"<p style='font-size:8pt;color:#555'>{escape(organisation)}</p>" if organisation else "",
        f"<h2>{escape(title.replace('%1', detail.person))}</h2>",
        f"<table cellspacing='0' cellpadding='2'>{head}</table><br/>",
        f"<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-color:#999'>"
        f"<tr style='background:#eeeeee'>{header}</tr>{rows}</table>",
        _checkins_html(detail),
        f"<p style='font-size:8pt;color:#555'><br/>{escape(printed.replace('%1', _date(today)))} · "
        f"{LATE_MARK} {escape(late)}</p>",
    ]
    return "<html><body style='font-family:DejaVu Sans, sans-serif; font-size:9pt'>" + "".join(parts) + \
        "</body></html>"


def _checkins_html(detail: ChecklistDetail) -> str:
    if not detail.checkins:
        return ""
    day = translate("ChecklistPdf", "Day %1")
    rows = "".join(
        f"<tr><td>{day.replace('%1', str(c.day))}</td><td>{_date(c.held_on) or _date(c.due_on)}</td>"
        f"<td>{'★' * (c.rating or 0)}{'☆' * (5 - (c.rating or 0)) if c.rating else ''}</td>"
        f"<td>{escape(c.comment)}</td></tr>"
        for c in detail.checkins
    )
    title = translate("ChecklistPdf", "Newcomer check-ins")
    return (f"<h3>{escape(title)}</h3><table width='100%' border='1' cellspacing='0' "
            f"cellpadding='4'>{rows}</table>")


def write_checklist_pdf(detail: ChecklistDetail, path: Path, today: date, organisation: str = "") -> Path:
    """Render the page to `path` (A4, 15 mm margins) and return it."""
    return write_html_pdf(checklist_html(detail, today, organisation), path, detail.person)
