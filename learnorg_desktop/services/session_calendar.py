"""The calendar of sessions: upcoming and past sessions, filtered in SQL and ordered by start."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import SessionFormat, SessionStatus
from learnorg_desktop.models import (
    Community,
    KnowledgeSession,
    Office,
    Person,
    SessionAttendance,
    SessionHost,
    SessionSkill,
    Skill,
)
from learnorg_desktop.services.errors import NotFoundError
from learnorg_desktop.services.holdings import person_name


@dataclass(frozen=True)
class SessionQuery:
    """Which sessions the calendar shows; empty sets and None mean "any".

    `start`/`end` are inclusive calendar days, compared with the UTC start time; `starts_from`
    (inclusive) and `starts_before` (exclusive) cut at an instant, as upcoming/past do.
    """

    start: date | None = None
    end: date | None = None
    starts_from: datetime | None = None
    starts_before: datetime | None = None
    office_id: int | None = None
    skill_id: int | None = None
    community_id: int | None = None
    formats: frozenset[SessionFormat] = field(default_factory=frozenset)
    statuses: frozenset[SessionStatus] = field(default_factory=frozenset)
    descending: bool = False


@dataclass(frozen=True)
class SessionRow:
    """One line of the calendar, with the names it shows and the attendance counts."""

    id: int
    uuid: str
    title: str
    format: SessionFormat
    status: SessionStatus
    starts_at: datetime
    duration_minutes: int
    online_minutes: int
    office_id: int | None
    office_code: str | None
    community_id: int | None
    community: str | None
    place: str
    online_link: str
    capacity: int | None
    external_host: str
    skill_ids: tuple[int, ...] = ()
    skills: tuple[str, ...] = ()
    host_ids: tuple[int, ...] = ()
    hosts: tuple[str, ...] = ()
    invited: int = 0
    attended: int = 0
    participants: int = 0

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def host_names(self) -> tuple[str, ...]:
        """The hosts from the registry, then the external partner if any."""
        return (*self.hosts, self.external_host) if self.external_host else self.hosts

    @property
    def seats_left(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.participants)


_BASE_FIELDS = ("id", "uuid", "title", "format", "status", "starts_at", "duration_minutes", "online_minutes",
                "office_id", "office_code", "community_id", "community", "place", "online_link", "capacity",
                "external_host")


def day_start(day: date) -> datetime:
    """Midnight UTC opening `day` (the calendar's day boundaries)."""
    return datetime.combine(day, time(), tzinfo=UTC)


def _base() -> Select[*tuple[Any, ...]]:
    return (
        select(KnowledgeSession.id, KnowledgeSession.uuid, KnowledgeSession.title, KnowledgeSession.format,
               KnowledgeSession.status, KnowledgeSession.starts_at, KnowledgeSession.duration_minutes,
               KnowledgeSession.online_minutes, KnowledgeSession.office_id, Office.code,
               KnowledgeSession.community_id, Community.name, KnowledgeSession.place,
               KnowledgeSession.online_link, KnowledgeSession.capacity, KnowledgeSession.external_host)
        .outerjoin(Office, Office.id == KnowledgeSession.office_id)
        .outerjoin(Community, Community.id == KnowledgeSession.community_id)
        .where(KnowledgeSession.deleted.is_(False))
    )


def _filtered(stmt: Select[*tuple[Any, ...]], query: SessionQuery) -> Select[*tuple[Any, ...]]:
    if query.start is not None:
        stmt = stmt.where(KnowledgeSession.starts_at >= day_start(query.start))
    if query.end is not None:
        stmt = stmt.where(KnowledgeSession.starts_at < day_start(query.end + timedelta(days=1)))
    if query.starts_from is not None:
        stmt = stmt.where(KnowledgeSession.starts_at >= query.starts_from)
    if query.starts_before is not None:
        stmt = stmt.where(KnowledgeSession.starts_at < query.starts_before)
    if query.office_id is not None:
        stmt = stmt.where(KnowledgeSession.office_id == query.office_id)
    if query.community_id is not None:
        stmt = stmt.where(KnowledgeSession.community_id == query.community_id)
    if query.formats:
        stmt = stmt.where(KnowledgeSession.format.in_(sorted(query.formats)))
    if query.statuses:
        stmt = stmt.where(KnowledgeSession.status.in_(sorted(query.statuses)))
    if query.skill_id is not None:
        stmt = stmt.where(KnowledgeSession.id.in_(select(SessionSkill.session_id).where(
            SessionSkill.skill_id == query.skill_id, SessionSkill.deleted.is_(False))))
    return stmt


def list_sessions(session: Session, query: SessionQuery | None = None) -> list[SessionRow]:
    """Matching sessions by start time (latest first when `descending`), with names and counts."""
    query = query or SessionQuery()
    order = KnowledgeSession.starts_at.desc() if query.descending else KnowledgeSession.starts_at
    stmt = _filtered(_base(), query).order_by(order, KnowledgeSession.id)
    ids = _filtered(select(KnowledgeSession.id).where(KnowledgeSession.deleted.is_(False)), query)
    return _complete(session, [tuple(r) for r in session.execute(stmt)], ids)


def upcoming(session: Session, now: datetime, query: SessionQuery | None = None) -> list[SessionRow]:
    """Sessions starting from `now` on, soonest first."""
    return list_sessions(session, replace(query or SessionQuery(), starts_from=now, descending=False))


def past(session: Session, now: datetime, query: SessionQuery | None = None) -> list[SessionRow]:
    """Sessions that started before `now`, latest first."""
    return list_sessions(session, replace(query or SessionQuery(), starts_before=now, descending=True))


def get_row(session: Session, session_id: int) -> SessionRow:
    """One session as the calendar shows it."""
    stmt = _base().where(KnowledgeSession.id == session_id)
    rows = _complete(session, [tuple(r) for r in session.execute(stmt)], select(KnowledgeSession.id).where(
        KnowledgeSession.id == session_id))
    if not rows:
        raise NotFoundError(f"session {session_id} does not exist", code="unknown_session", session=session_id)
    return rows[0]


def _complete(session: Session, rows: Sequence[tuple[Any, ...]], ids: Select[*tuple[Any, ...]]) -> list[SessionRow]:
    """Attach skills, hosts and counts with one query each (never one per session).

    `ids` selects the listed sessions' ids: a sub-select rather than a list of thousands of parameters.
    """
    if not rows:
        return []
    skills = _pairs(session, select(SessionSkill.session_id, Skill.id, Skill.name)
                    .join(Skill, Skill.id == SessionSkill.skill_id)
                    .where(SessionSkill.deleted.is_(False), SessionSkill.session_id.in_(ids))
                    .order_by(func.lower(Skill.name)))
    hosts = _pairs(session, select(SessionHost.session_id, Person.id, person_name())
                   .join(Person, Person.id == SessionHost.person_id)
                   .where(SessionHost.deleted.is_(False), SessionHost.session_id.in_(ids))
                   .order_by(Person.sort_name))
    counts = _counts(session, ids)
    result = []
    for row in rows:
        sid = row[0]
        skill_ids, skill_names = _split(skills, sid)
        host_ids, host_names = _split(hosts, sid)
        invited, attended, total = counts.get(sid, (0, 0, 0))
        base = dict(zip(_BASE_FIELDS, row, strict=True))
        result.append(SessionRow(**base, skill_ids=skill_ids, skills=skill_names, host_ids=host_ids,
                                 hosts=host_names, invited=invited, attended=attended, participants=total))
    return result


def _counts(session: Session, ids: Select[*tuple[Any, ...]]) -> dict[int, tuple[int, int, int]]:
    """(invited, attended, participants) per session."""
    stmt = (
        select(SessionAttendance.session_id, func.sum(case((SessionAttendance.invited, 1), else_=0)),
               func.sum(case((SessionAttendance.attended, 1), else_=0)), func.count())
        .where(SessionAttendance.deleted.is_(False), SessionAttendance.session_id.in_(ids))
        .group_by(SessionAttendance.session_id)
    )
    return {sid: (int(invited), int(attended), int(total)) for sid, invited, attended, total in session.execute(stmt)}


def _pairs(session: Session, stmt: Select[*tuple[Any, ...]]) -> dict[int, list[tuple[int, str]]]:
    grouped: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for sid, ref, name in session.execute(stmt):
        grouped[sid].append((ref, name))
    return grouped


def _split(grouped: dict[int, list[tuple[int, str]]], sid: int) -> tuple[tuple[int, ...], tuple[str, ...]]:
    pairs = grouped.get(sid, [])
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)
