"""A small demo association plus hostile user text, and the reports written from it (shared by report tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from learnorg_desktop.demo import generate
from learnorg_desktop.enums import PersonKind, SessionFormat, SessionStatus
from learnorg_desktop.models import KnowledgeSession, SessionAttendance, SessionFeedback
from learnorg_desktop.reports.report_workbook import ReportOptions, ReportResult, write_report
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.database import Database

TODAY = date(2026, 2, 3)
START, END = date(2025, 2, 4), date(2026, 2, 3)
HOSTILE_NAME = "=HYPERLINK(\"http://evil.example\",\"x\")"
HOSTILE_TITLE = "@SUM(1+1)*cmd"
HOSTILE_COMMENT = "-2+3+cmd|' /C calc'!A0"
MALLORY_EMAIL = "mallory.unique@evil.example"


def build(path: Path) -> Database:
    """60 demo people, then one person, session and feedback whose texts look like formulas."""
    db = Database.open(path)
    generate(db, people=60, seed=3, today=TODAY)
    with db.transaction() as session:
        office = organisation.office_by_code(session, "LYON").id
        person = people.create(session, PersonInput(
            PersonKind.VOLUNTEER, HOSTILE_NAME, "+Mallory", MALLORY_EMAIL, phone="+33 6 00 00 00 00",
            office_id=office, arrival_date=date(2024, 1, 1)))
        origin = organisation.local_office_uuid(session)
        held = KnowledgeSession(title=HOSTILE_TITLE, format=SessionFormat.WORKSHOP, status=SessionStatus.HELD,
                                office_id=office, starts_at=datetime(2025, 6, 3, 9, tzinfo=UTC),
                                duration_minutes=90, origin_office_uuid=origin)
        session.add(held)
        session.flush()
        session.add_all([
            SessionAttendance(session_id=held.id, person_id=person, invited=True, attended=True,
                              origin_office_uuid=origin),
            SessionFeedback(session_id=held.id, person_id=person, usefulness=5, quality=4, comment=HOSTILE_COMMENT,
                            given_on=date(2025, 6, 3), origin_office_uuid=origin),
        ])
    return db


def report(db: Database, path: Path, **options: object) -> ReportResult:
    with db.read() as session:
        return write_report(session, path, ReportOptions(START, END, **options),  # type: ignore[arg-type]
                            today=TODAY, now=datetime(2026, 2, 3, 10, 30))
