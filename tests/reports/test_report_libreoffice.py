"""The report opens in LibreOffice (headless): it converts to CSV, every sheet, and the content is there.

A file LibreOffice had to repair would lose its tables or fail to convert; the check runs on the
real program, so it is skipped, with the reason, where LibreOffice is not installed.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reports import report_data
from tests.reports.report_data import HOSTILE_TITLE

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed on this machine")

# Text CSV, UTF-8 (76), comma, quote, first line as is, ... and the last token -1: one file per sheet.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _convert(source: Path, target: str, out: Path) -> None:
    env = {**os.environ, "HOME": str(out)}  # a private LibreOffice profile: no lock with another instance
    subprocess.run([str(SOFFICE), "--headless", "--norestore", "--convert-to", target, "--outdir", str(out),
                    str(source)], check=True, capture_output=True, timeout=90, env=env)


def test_libreoffice_reads_every_sheet(tmp_path: Path) -> None:
    db = report_data.build(tmp_path / "org.sqlite3")
    try:
        report_data.report(db, tmp_path / "report.xlsx", lang="en")
    finally:
        db.close()
    out = tmp_path / "csv"
    out.mkdir()
    _convert(tmp_path / "report.xlsx", CSV_ALL_SHEETS, out)
    files = {p.stem.removeprefix("report-"): p for p in out.glob("*.csv")}
    assert {"Summary", "People", "Sessions", "Attendance", "Feedback", "Self-diagnosis"} <= set(files)
    with files["Summary"].open(encoding="utf-8") as handle:
        summary = list(csv.reader(handle))
    assert summary[0][0].startswith("Activity report")
    assert any(row[:1] == ["Sessions held"] and row[1].isdigit() for row in summary)
    with files["Sessions"].open(encoding="utf-8") as handle:
        sessions = list(csv.reader(handle))
    assert sessions[0][:2] == ["Starts", "Title"]
    assert HOSTILE_TITLE in [row[1] for row in sessions]  # shown as text, not evaluated
