"""Learning hours of attendees and hours given by hosts, counted from held sessions' attendance.

Volunteers' contributed time is valued in French associations' accounts (contributions volontaires en
nature), so the totals split out what volunteers gave. A session counts for its whole duration, online
part included; cancelled and merely planned sessions count for nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.enums import PersonKind, SessionStatus
from learnorg_desktop.models import KnowledgeSession, Office, Person, SessionAttendance, SessionHost
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.holdings import person_name
from learnorg_desktop.services.session_calendar import day_start


@dataclass(frozen=True)
class PersonHours:
    """One person's minutes over the period: learning (attended) and hosting (given)."""

    person_id: int
    person: str
    kind: PersonKind
    office_id: int | None
    office_code: str | None
    learning_minutes: int
    hosting_minutes: int
    sessions_attended: int
    sessions_hosted: int

    @property
    def total_minutes(self) -> int:
        return self.learning_minutes + self.hosting_minutes


@dataclass(frozen=True)
class OfficeHours:
    """One office's totals (people are counted in their own office); `volunteer_*` is the volunteers' share."""

    office_id: int | None
    office_code: str | None
    people: int
    learning_minutes: int
    hosting_minutes: int
    volunteer_learning_minutes: int
    volunteer_hosting_minutes: int

    @property
    def total_minutes(self) -> int:
        return self.learning_minutes + self.hosting_minutes


@dataclass(frozen=True)
class HoursReport:
    """Per-person and per-office minutes for sessions held from `start` to `end` (inclusive, UTC days)."""

    start: date
    end: date
    people: tuple[PersonHours, ...]
    offices: tuple[OfficeHours, ...]

    @property
    def learning_minutes(self) -> int:
        return sum(p.learning_minutes for p in self.people)

    @property
    def hosting_minutes(self) -> int:
        return sum(p.hosting_minutes for p in self.people)

    @property
    def volunteer_minutes(self) -> int:
        return sum(o.volunteer_learning_minutes + o.volunteer_hosting_minutes for o in self.offices)


def hours(minutes: int) -> float:
    """Minutes as decimal hours (what accounts and reports show)."""
    return round(minutes / 60, 2)


def _per_person(link: Any, start: date, end: date) -> Any:
    """(person_id, minutes, sessions) from a link table to held sessions in the period, as a subquery."""
    stmt = (
        select(link.person_id.label("person_id"), func.sum(KnowledgeSession.duration_minutes).label("minutes"),
               func.count(func.distinct(KnowledgeSession.id)).label("sessions"))
        .join(KnowledgeSession, KnowledgeSession.id == link.session_id)
        .where(link.deleted.is_(False), KnowledgeSession.deleted.is_(False),
               KnowledgeSession.status == SessionStatus.HELD,
               KnowledgeSession.starts_at >= day_start(start),
               KnowledgeSession.starts_at < day_start(end + timedelta(days=1)))
        .group_by(link.person_id)
    )
    if link is SessionAttendance:
        stmt = stmt.where(SessionAttendance.attended.is_(True))
    return stmt.subquery()


def hours_report(session: Session, start: date, end: date, *, office_id: int | None = None) -> HoursReport:
    """Who learned and who gave how many minutes, by person (name order) and by office (code order)."""
    if end < start:
        raise ValidationError("end", "the period ends before it starts", code="ends_before_start")
    learned, hosted = _per_person(SessionAttendance, start, end), _per_person(SessionHost, start, end)
    office = aliased(Office)
    stmt = (
        select(Person.id, person_name(), Person.kind, Person.office_id, office.code,
               func.coalesce(learned.c.minutes, 0), func.coalesce(hosted.c.minutes, 0),
               func.coalesce(learned.c.sessions, 0), func.coalesce(hosted.c.sessions, 0))
        .outerjoin(office, office.id == Person.office_id)
        .outerjoin(learned, learned.c.person_id == Person.id)
        .outerjoin(hosted, hosted.c.person_id == Person.id)
        .where(or_(learned.c.person_id.is_not(None), hosted.c.person_id.is_not(None)))
        .order_by(Person.sort_name, Person.id)
    )
    if office_id is not None:
        stmt = stmt.where(Person.office_id == office_id)
    people = tuple(PersonHours(*row) for row in session.execute(stmt))
    return HoursReport(start, end, people, _by_office(people))


def _by_office(people: tuple[PersonHours, ...]) -> tuple[OfficeHours, ...]:
    groups: dict[int | None, list[PersonHours]] = defaultdict(list)
    for person in people:
        groups[person.office_id].append(person)
    rows = []
    for oid, members in groups.items():
        volunteers = [p for p in members if p.kind is PersonKind.VOLUNTEER]
        rows.append(OfficeHours(
            oid, members[0].office_code, len(members), sum(p.learning_minutes for p in members),
            sum(p.hosting_minutes for p in members), sum(p.learning_minutes for p in volunteers),
            sum(p.hosting_minutes for p in volunteers)))
    return tuple(sorted(rows, key=lambda r: (r.office_code is None, r.office_code or "")))
