"""A session's attendance sheet as an A4 PDF, to be signed on paper: QTextDocument HTML on a QPdfWriter.

Pure Qt painting (no widget), so it may run in a background task.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from learnorg_desktop.gui.models.session_labels import format_label, local_datetime
from learnorg_desktop.gui.printing.pdf import write_html_pdf
from learnorg_desktop.services.session_attendance import AttendanceRow
from learnorg_desktop.services.session_calendar import SessionRow

translate = QCoreApplication.translate  # lupdate only sees translate("Context", "text") calls


def _facts(row: SessionRow) -> list[tuple[str, str]]:
    place = " · ".join(p for p in (row.place, row.online_link) if p)
    return [
        (translate("AttendancePdf", "Date"), local_datetime(row.starts_at)),
        (translate("AttendancePdf", "Duration"),
         translate("AttendancePdf", "%1 min").replace("%1", str(row.duration_minutes))),
        (translate("AttendancePdf", "Format"), format_label(row.format)),
        (translate("AttendancePdf", "Place"), place or "–"),
        (translate("AttendancePdf", "Skills"), ", ".join(row.skills) or "–"),
        (translate("AttendancePdf", "Hosts"), ", ".join(row.host_names) or "–"),
    ]


def attendance_html(row: SessionRow, people: Sequence[AttendanceRow], organisation: str = "") -> str:
    """The sheet as HTML (the subset QTextDocument renders): facts, then one line per person to sign."""
    head = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in _facts(row))
    columns = ("#", translate("AttendancePdf", "Name"), translate("AttendancePdf", "Office"),
               translate("AttendancePdf", "Signature"))
    widths = (7, 43, 12, 38)  # percent of the page width
    header = "".join(f"<th align='left' width='{w}%'>{escape(c)}</th>" for c, w in zip(columns, widths, strict=True))
    # Roomy cells (cellpadding below): people sign by hand.
    lines = "".join(f"<tr><td>{n}</td><td>{escape(p.person)}</td><td>{escape(p.office_code or '')}</td>"
                    f"<td></td></tr>" for n, p in enumerate(people, start=1))
    blanks = "".join("<tr><td></td><td></td><td></td><td></td></tr>" for _ in range(3))  # walk-ins
    sheet = translate("AttendancePdf", "Attendance sheet")
    parts = [
        f"<p style='font-size:8pt;color:#555'>{escape(organisation)}</p>" if organisation else "",
        f"<h2>{escape(sheet)} – {escape(row.title)}</h2>",
        f"<table cellspacing='0' cellpadding='2'>{head}</table><br/>",
        f"<table width='100%' border='1' cellspacing='0' cellpadding='9' style='border-color:#999'>"
        f"<tr style='background:#eeeeee'>{header}</tr>{lines}{blanks}</table>",
    ]
    return "<html><body style='font-family:DejaVu Sans, sans-serif; font-size:10pt'>" + "".join(parts) + \
        "</body></html>"


def write_attendance_pdf(row: SessionRow, people: Sequence[AttendanceRow], path: Path,
                         organisation: str = "") -> Path:
    """Render the page to `path` (A4, 15 mm margins) and return it."""
    return write_html_pdf(attendance_html(row, people, organisation), path, row.title)
