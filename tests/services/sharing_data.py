"""Hand-made sessions, needs and communities shared by the knowledge-sharing tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from learnorg_desktop.enums import NeedOrigin, SessionFormat, SessionStatus
from learnorg_desktop.models import KnowledgeSession
from learnorg_desktop.services import needs, organisation, session_attendance, sessions
from learnorg_desktop.services.sessions import SessionInput
from tests.services.skills_data import TODAY, assess, person, skill

__all__ = ["NOW", "TODAY", "assess", "at", "held_session", "need", "office", "person", "planned", "skill"]

NOW = datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12)


def at(day: date, hour: int = 14, minute: int = 0) -> datetime:
    """A UTC start time."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def office(session: Session, code: str) -> int:
    return organisation.office_by_code(session, code).id


def data(title: str = "Atelier accueil", *, starts_at: datetime | None = None, **fields: Any) -> SessionInput:
    """A valid workshop input; keyword arguments override any field."""
    base = SessionInput(title=title, format=SessionFormat.WORKSHOP, starts_at=starts_at or NOW + timedelta(days=7))
    return replace(base, **fields)


def planned(session: Session, title: str = "Atelier accueil", **fields: Any) -> int:
    return sessions.create_session(session, data(title, **fields))


def held_session(session: Session, attendees: list[int], *, day: date = TODAY - timedelta(days=3),
                 duration: int = 90, **fields: Any) -> int:
    """A session held on `day` with these people present."""
    session_id = planned(session, starts_at=at(day), duration_minutes=duration, **fields)
    if attendees:
        session_attendance.invite(session, session_id, attendees)
        session_attendance.set_attendance(session, session_id, attendees, NOW)
    sessions.set_status(session, session_id, SessionStatus.HELD, NOW)
    return session_id


def need(session: Session, person_id: int | None, skill_id: int | None, *, target_level: int | None = None,
         office_id: int | None = None, topic: str = "") -> int:
    return needs.create_need(session, needs.NeedInput(
        origin=NeedOrigin.WISH, person_id=person_id, skill_id=skill_id, target_level=target_level,
        office_id=office_id, topic=topic), TODAY)


def count_sessions(session: Session) -> int:
    return session.query(KnowledgeSession).count()
