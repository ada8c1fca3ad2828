"""The Excel report coordinators send to boards, funders and headquarters (docs/reports.md).

`write_report` streams a summary sheet and one table per subject into a temporary file beside the
target, then renames it: a cancelled or failed export leaves neither a half-written report nor
openpyxl's own temporary files behind. Everything is read inside one read transaction, so the
sheets agree with each other even while someone else saves.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from learnorg_desktop.reports.report_labels import Labels
from learnorg_desktop.reports.report_queries import Scope
from learnorg_desktop.reports.report_subjects import SUBJECTS, Context
from learnorg_desktop.reports.report_summary import Heading, write_summary
from learnorg_desktop.services import indicators, organisation
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.progress import NO_PROGRESS, Progress

STEP = 100  # progress units per sheet; rows move the bar within a sheet's share
CREATOR = "LearnOrg Desktop"


@dataclass(frozen=True)
class ReportOptions:
    """What to report on: the period (inclusive days), one office or all, the language, anonymised or not."""

    start: date
    end: date
    office_code: str | None = None
    lang: str = "fr"
    anonymised: bool = False


@dataclass(frozen=True)
class ReportResult:
    """The written file and the number of data rows of each subject sheet, by sheet name."""

    path: Path
    rows: dict[str, int]


def write_report(session: Session, path: Path, options: ReportOptions, *, today: date,
                 now: datetime | None = None, progress: Progress = NO_PROGRESS) -> ReportResult:
    """Write the report to `path` (replaced only once complete) and return what it holds."""
    from openpyxl import Workbook

    labels = Labels(options.lang)
    if options.end < options.start:
        raise ValidationError("end", "the period ends before it starts", code="ends_before_start")
    office = organisation.office_by_code(session, options.office_code) if options.office_code else None
    scope = Scope(options.start, options.end, office.id if office else None)
    total = STEP * (len(SUBJECTS) + 2)
    progress.report(0, total, labels.texts["step_summary"])
    figures = indicators.compute(session, office_id=scope.office_id, start=scope.start, end=scope.end, today=today)
    heading = Heading(organisation.organisation_name(session), f"{office.code} – {office.name}" if office else None,
                      now or datetime.now(), options.anonymised)
    book = Workbook(write_only=True)
    book.properties.creator = CREATOR  # not the account name openpyxl would otherwise leave out anyway
    path = Path(path)
    temp = _temp_beside(path)
    try:
        write_summary(book, figures, heading, labels)
        rows = _subjects(book, Context(session, labels, scope, today, options.anonymised, lambda n, t: None),
                         progress, total)
        progress.report(total - STEP, total, labels.texts["step_save"])
        book.save(temp)
        progress.check()
        os.replace(temp, path)
    except BaseException:
        _discard(book)
        temp.unlink(missing_ok=True)
        raise
    progress.report(total, total, "")
    return ReportResult(path, rows)


def _subjects(book: Any, ctx: Context, progress: Progress, total: int) -> dict[str, int]:
    rows: dict[str, int] = {}
    for index, (key, write) in enumerate(SUBJECTS, start=1):
        base = index * STEP
        title = ctx.labels.sheets[key]
        progress.report(base, total, ctx.labels.texts["step_sheet"].replace("%1", title))

        def tick(done: int, expected: int, base: int = base, title: str = title) -> None:
            share = min(done * STEP // expected, STEP - 1) if expected else 0
            progress.report(base + share, total, ctx.labels.texts["step_sheet"].replace("%1", title))

        ctx.tick = tick
        rows[title] = write(book, ctx).rows
    return rows


def _temp_beside(path: Path) -> Path:
    """An empty temporary file in the target's folder, so the final rename never crosses file systems."""
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part", dir=path.parent)
    os.close(handle)
    return Path(name)


def _discard(book: Any) -> None:
    """Close and delete the sheets' streamed rows that openpyxl keeps in temporary files until it saves."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        rows = getattr(sheet, "_rows", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()  # ends the streamed rows first, or closing the writer leaves them dangling
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
