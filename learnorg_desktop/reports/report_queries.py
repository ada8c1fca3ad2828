"""Streaming queries for the report's big sheets: attendance and feedback of every session of a period.

The services read one session's attendance or feedback at a time (what the screens need); a report
over 500,000 attendance rows needs them all, read in chunks (`yield_per`) so memory stays bounded.
The scope follows the Sessions sheet: sessions starting in the period, of the office when one is given.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.models import KnowledgeSession, Office, Person, SessionAttendance, SessionFeedback
from learnorg_desktop.services.holdings import person_name
from learnorg_desktop.services.session_calendar import day_start

CHUNK = 5_000


@dataclass(frozen=True)
class Scope:
    """Which sessions a report covers: starting within start..end (inclusive days), of one office or all."""

    start: date
    end: date
    office_id: int | None = None


@dataclass(frozen=True)
class AttendanceLine:
    """One person on one session's list."""

    starts_at: datetime
    title: str
    session_office: str | None
    person_id: int
    person: str
    person_office: str | None
    invited: bool
    attended: bool


@dataclass(frozen=True)
class FeedbackLine:
    """One attendee's reaction to a session, and the follow-up weeks later."""

    starts_at: datetime
    title: str
    session_office: str | None
    person_id: int | None
    person: str | None
    usefulness: int
    quality: int
    given_on: date
    applied: bool | None
    applied_on: date | None
    comment: str
    applied_comment: str


def _sessions_in(scope: Scope) -> ColumnElement[bool]:
    clauses = [KnowledgeSession.deleted.is_(False), KnowledgeSession.starts_at >= day_start(scope.start),
               KnowledgeSession.starts_at < day_start(scope.end + timedelta(days=1))]
    if scope.office_id is not None:
        clauses.append(KnowledgeSession.office_id == scope.office_id)
    return and_(*clauses)


def _stream(session: Session, stmt: Select[Any]) -> Iterator[Any]:
    # Core rows in chunks: the ORM would wrap each of the 500,000 rows for nothing.
    result = session.connection().execution_options(yield_per=CHUNK).execute(stmt)
    try:
        yield from result
    finally:
        result.close()


def _attendance_base(scope: Scope) -> Select[Any]:
    return (select().select_from(SessionAttendance)
            .join(KnowledgeSession, KnowledgeSession.id == SessionAttendance.session_id)
            .where(SessionAttendance.deleted.is_(False), _sessions_in(scope)))


def count_attendance(session: Session, scope: Scope) -> int:
    return int(session.scalar(_attendance_base(scope).add_columns(func.count())) or 0)


def attendance(session: Session, scope: Scope) -> Iterator[AttendanceLine]:
    """Everyone on the list of a session in scope, by session start then list order."""
    session_office, person_office = aliased(Office), aliased(Office)
    stmt = (
        _attendance_base(scope)
        .add_columns(KnowledgeSession.starts_at, KnowledgeSession.title, session_office.code, Person.id,
                     person_name(), person_office.code, SessionAttendance.invited, SessionAttendance.attended)
        .join(Person, Person.id == SessionAttendance.person_id)
        .outerjoin(session_office, session_office.id == KnowledgeSession.office_id)
        .outerjoin(person_office, person_office.id == Person.office_id)
        .order_by(KnowledgeSession.starts_at, KnowledgeSession.id, SessionAttendance.id)
    )
    for row in _stream(session, stmt):
        yield AttendanceLine(*row)


def _feedback_base(scope: Scope) -> Select[Any]:
    return (select().select_from(SessionFeedback)
            .join(KnowledgeSession, KnowledgeSession.id == SessionFeedback.session_id)
            .where(SessionFeedback.deleted.is_(False), _sessions_in(scope)))


def count_feedback(session: Session, scope: Scope) -> int:
    return int(session.scalar(_feedback_base(scope).add_columns(func.count())) or 0)


def feedback(session: Session, scope: Scope) -> Iterator[FeedbackLine]:
    """Feedback on the sessions in scope (a person may be unknown: anonymous feedback)."""
    stmt = (
        _feedback_base(scope)
        .add_columns(KnowledgeSession.starts_at, KnowledgeSession.title, Office.code, SessionFeedback.person_id,
                     person_name(), SessionFeedback.usefulness, SessionFeedback.quality, SessionFeedback.given_on,
                     SessionFeedback.applied, SessionFeedback.applied_on, SessionFeedback.comment,
                     SessionFeedback.applied_comment)
        .outerjoin(Person, Person.id == SessionFeedback.person_id)
        .outerjoin(Office, Office.id == KnowledgeSession.office_id)
        .order_by(KnowledgeSession.starts_at, KnowledgeSession.id, SessionFeedback.id)
    )
    for row in _stream(session, stmt):
        yield FeedbackLine(*row)
