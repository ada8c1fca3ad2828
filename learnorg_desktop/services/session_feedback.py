"""Attendees' reaction right after a session (1–5) and, weeks later, whether they applied it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.models import Person, SessionFeedback
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.holdings import person_name
from learnorg_desktop.services.session_attendance import attendee_ids
from learnorg_desktop.services.sessions import load_session, require_held

SCORE_MIN, SCORE_MAX = 1, 5


@dataclass(frozen=True)
class FeedbackInput:
    """One attendee's line of the feedback grid."""

    person_id: int
    usefulness: int
    quality: int
    comment: str = ""


@dataclass(frozen=True)
class FollowUpInput:
    """Weeks later: did the attendee apply what they learned? `applied=None` clears the answer."""

    person_id: int
    applied: bool | None
    comment: str = ""


@dataclass(frozen=True)
class FeedbackRow:
    """An attendee's feedback and follow-up."""

    person_id: int | None
    person: str | None
    usefulness: int
    quality: int
    comment: str
    given_on: date
    applied: bool | None
    applied_on: date | None
    applied_comment: str


@dataclass(frozen=True)
class FeedbackSummary:
    """Averages for one session (None when nobody answered)."""

    answers: int
    usefulness: float | None
    quality: float | None
    followed_up: int
    applied: int


def _score(value: int, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError(field, f"'{value}' is not a score from 1 to 5", code="bad_score", value=value)
    return value


def _prefix(rows: Sequence[object], index: int) -> str:
    return f"rows[{index}]." if len(rows) > 1 else ""


def _check_attendees(session: Session, session_id: int, person_ids: Sequence[int], rows: Sequence[object]) -> None:
    present = attendee_ids(session, session_id)
    for index, person_id in enumerate(person_ids):
        if person_id not in present:
            raise ValidationError(f"{_prefix(rows, index)}person_id", f"person {person_id} did not attend",
                                  code="not_an_attendee", person=person_id)


def _existing(session: Session, session_id: int) -> dict[int, SessionFeedback]:
    rows = session.scalars(select(SessionFeedback).where(
        SessionFeedback.session_id == session_id, SessionFeedback.deleted.is_(False),
        SessionFeedback.person_id.is_not(None)))
    return {r.person_id: r for r in rows if r.person_id is not None}


def save_feedback(session: Session, session_id: int, rows: Sequence[FeedbackInput], today: date) -> None:
    """Save the feedback grid: one line per attendee, updated if already given. A bad line writes nothing."""
    require_held(session, session_id)
    for index, row in enumerate(rows):
        _score(row.usefulness, f"{_prefix(rows, index)}usefulness")
        _score(row.quality, f"{_prefix(rows, index)}quality")
    _check_attendees(session, session_id, [r.person_id for r in rows], rows)
    existing = _existing(session, session_id)
    origin = organisation.local_office_uuid(session)
    for row in rows:
        record = existing.get(row.person_id)
        if record is None:
            record = existing[row.person_id] = SessionFeedback(
                session_id=session_id, person_id=row.person_id, origin_office_uuid=origin, given_on=today,
                usefulness=row.usefulness, quality=row.quality)
            session.add(record)
        record.usefulness, record.quality, record.comment = row.usefulness, row.quality, row.comment.strip()
    session.flush()


def record_follow_up(session: Session, session_id: int, rows: Sequence[FollowUpInput], on: date) -> None:
    """Record, weeks later, whether attendees applied what they learned (on their existing feedback)."""
    if require_held(session, session_id).starts_at.date() > on:
        raise ValidationError("applied_on", "the follow-up comes after the session", code="follow_up_too_early")
    existing = _existing(session, session_id)
    for index, row in enumerate(rows):
        if row.person_id not in existing:
            raise ValidationError(f"{_prefix(rows, index)}person_id",
                                  f"person {row.person_id} gave no feedback to follow up", code="no_feedback",
                                  person=row.person_id)
    for row in rows:
        record = existing[row.person_id]
        record.applied = row.applied
        record.applied_on = None if row.applied is None else on
        record.applied_comment = "" if row.applied is None else row.comment.strip()
    session.flush()


def list_feedback(session: Session, session_id: int) -> list[FeedbackRow]:
    """The session's feedback, by attendee name."""
    load_session(session, session_id)
    stmt = (
        select(SessionFeedback.person_id, person_name(), SessionFeedback.usefulness, SessionFeedback.quality,
               SessionFeedback.comment, SessionFeedback.given_on, SessionFeedback.applied,
               SessionFeedback.applied_on, SessionFeedback.applied_comment)
        .select_from(SessionFeedback)
        .outerjoin(Person, Person.id == SessionFeedback.person_id)
        .where(SessionFeedback.session_id == session_id, SessionFeedback.deleted.is_(False))
        .order_by(Person.sort_name, SessionFeedback.id)
    )
    return [FeedbackRow(*row) for row in session.execute(stmt)]


def summary(session: Session, session_id: int) -> FeedbackSummary:
    """Average usefulness and quality, and how many applied it among those followed up."""
    rows = list_feedback(session, session_id)
    if not rows:
        return FeedbackSummary(0, None, None, 0, 0)
    followed = [r for r in rows if r.applied is not None]
    return FeedbackSummary(
        answers=len(rows), usefulness=sum(r.usefulness for r in rows) / len(rows),
        quality=sum(r.quality for r in rows) / len(rows), followed_up=len(followed),
        applied=sum(1 for r in followed if r.applied),
    )
