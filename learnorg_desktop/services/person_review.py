"""One person's follow-up for an annual review: identity, skills over time, needs, sessions, feedback, onboarding.

Each section is read with the service that owns it (assessments, needs, onboarding follow-up) or, where
no per-person read existed, with one query of its own; never a query per row of a section.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import AssessmentSource, NeedStatus, PersonKind, PersonStatus, SessionFormat, SessionStatus
from learnorg_desktop.models import (
    KnowledgeSession,
    Office,
    Person,
    SessionAttendance,
    SessionFeedback,
    SessionHost,
    SessionSkill,
    Skill,
)
from learnorg_desktop.services import assessments, needs, onboarding_followup, people, skills
from learnorg_desktop.services.errors import ConflictError, NotFoundError
from learnorg_desktop.services.needs import NeedRow
from learnorg_desktop.services.onboarding_followup import ChecklistDetail
from learnorg_desktop.services.parsing import normalise_email
from learnorg_desktop.services.text import fold

# "Over the last year" for an annual review: the 365 days ending today.
YEAR_DAYS = 365


@dataclass(frozen=True)
class Identity:
    """Who the review is about."""

    person_id: int
    first_name: str
    last_name: str
    kind: PersonKind
    email: str | None
    office_code: str | None
    office_name: str | None
    role: str | None
    arrival_date: date | None
    departure_date: date | None
    departure_reason: str
    status: PersonStatus

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class LevelPoint:
    """One dated assessment of a skill."""

    on: date
    level: int
    source: AssessmentSource


@dataclass(frozen=True)
class SkillHistory:
    """A skill's levels over time, the current one, and the level the person's role expects (if any).

    A skill the role expects but nobody assessed yet has no points and no current level.
    """

    skill_id: int
    skill: str
    points: tuple[LevelPoint, ...]
    current_level: int | None
    assessed_on: date | None
    valid_until: date | None
    expired: bool
    target_level: int | None

    @property
    def first_level(self) -> int | None:
        return self.points[0].level if self.points else None

    @property
    def below_target(self) -> bool:
        """The role expects more than the person holds now (an expired level holds nothing)."""
        if self.target_level is None:
            return False
        held = None if self.expired else self.current_level
        return held is None or held < self.target_level


@dataclass(frozen=True)
class SessionLine:
    """A session the person attended (as participant) or hosted; `minutes` count only once it is held."""

    session_id: int
    starts_at: datetime
    title: str
    format: SessionFormat
    status: SessionStatus
    office_code: str | None
    skills: tuple[str, ...]
    duration_minutes: int
    hosted: bool

    @property
    def held(self) -> bool:
        return self.status is SessionStatus.HELD

    @property
    def minutes(self) -> int:
        """The same rule as session_hours: a held session counts for its whole duration, others for nothing."""
        return self.duration_minutes if self.held else 0


@dataclass(frozen=True)
class FeedbackLine:
    """Feedback the person gave after a session, and the follow-up weeks later."""

    session_id: int
    session_title: str
    session_starts_at: datetime
    given_on: date
    usefulness: int
    quality: int
    comment: str
    applied: bool | None
    applied_on: date | None
    applied_comment: str


@dataclass(frozen=True)
class ChecklistProgress:
    """One of the person's checklists with its progress on `today`."""

    detail: ChecklistDetail
    done: int
    total: int
    overdue: int

    @property
    def ratio(self) -> float | None:
        return self.done / self.total if self.total else None


@dataclass(frozen=True)
class HoursSummary:
    """Minutes learned (attended) and taught (hosted), overall and over the last year."""

    learning_minutes: int
    hosting_minutes: int
    learning_minutes_year: int
    hosting_minutes_year: int
    sessions_attended: int
    sessions_hosted: int


@dataclass(frozen=True)
class PersonReview:
    """Everything the individual follow-up page and the annual-review workbook show."""

    today: date
    identity: Identity
    skills: tuple[SkillHistory, ...]
    needs: tuple[NeedRow, ...]
    sessions: tuple[SessionLine, ...]
    feedback: tuple[FeedbackLine, ...]
    checklists: tuple[ChecklistProgress, ...]
    hours: HoursSummary

    @property
    def attended(self) -> tuple[SessionLine, ...]:
        return tuple(s for s in self.sessions if not s.hosted)

    @property
    def hosted(self) -> tuple[SessionLine, ...]:
        return tuple(s for s in self.sessions if s.hosted)

    def needs_in(self, *statuses: NeedStatus) -> int:
        return sum(1 for n in self.needs if n.status in statuses)


def review(session: Session, person_id: int, today: date) -> PersonReview:
    """The person's whole follow-up as of `today`; NotFoundError for an unknown or deleted person."""
    identity, role_id = _identity(session, person_id, today)
    lines = _sessions(session, person_id)
    return PersonReview(
        today=today, identity=identity, skills=_skills(session, person_id, role_id, today),
        needs=tuple(needs.list_needs(session, needs.NeedFilter(person_id=person_id))),
        sessions=lines, feedback=_feedback(session, person_id), checklists=_checklists(session, person_id, today),
        hours=_hours(lines, today),
    )


# --- finding the person ---------------------------------------------------------------------------
def find_person(session: Session, text: str) -> int:
    """The person named by an id, an e-mail address or a unique name ("Hélène Dubois", "dubois helene").

    NotFoundError when nobody matches; ConflictError (code "ambiguous_person") when several do.
    """
    wanted = text.strip()
    live = select(Person.id).where(Person.deleted.is_(False))
    if wanted.isdigit():
        found = session.scalar(live.where(Person.id == int(wanted)))
        if found is not None:
            return found
    if "@" in wanted:
        return _only(session.scalars(live.where(Person.email == normalise_email(wanted))), wanted)
    words = fold(wanted).split()
    if not words:
        raise NotFoundError("no person given", code="unknown_person", person=text)
    candidates = live.add_columns(Person.first_name, Person.last_name)
    for word in words:  # the indexed search key narrows; the full-name check below decides
        candidates = candidates.where(Person.search_key.contains(word, autoescape=True))
    rows = list(session.execute(candidates))
    exact = [r.id for r in rows if sorted(fold(f"{r.first_name} {r.last_name}").split()) == sorted(words)]
    return _only(exact or [r.id for r in rows], wanted)


def _only(ids: Iterable[int], wanted: str) -> int:
    found = list(dict.fromkeys(ids))
    if not found:
        raise NotFoundError(f"nobody matches '{wanted}'", code="unknown_person", person=wanted)
    if len(found) > 1:
        raise ConflictError(f"{len(found)} people match '{wanted}': give an id or an e-mail", code="ambiguous_person",
                            person=wanted, candidates=found[:10])
    return found[0]


# --- sections -------------------------------------------------------------------------------------
def _identity(session: Session, person_id: int, today: date) -> tuple[Identity, int | None]:
    person = session.get(Person, person_id)  # office and role come in the same query (joined)
    if person is None or person.deleted:
        raise NotFoundError(f"person {person_id} does not exist", code="unknown_person", person=person_id)
    office, role = person.office, person.role
    identity = Identity(
        person.id, person.first_name, person.last_name, person.kind, person.email,
        office.code if office else None, office.name if office else None, role.name if role else None,
        person.arrival_date, person.departure_date, person.departure_reason,
        people.status_of(person.arrival_date, person.departure_date, today),
    )
    return identity, person.role_id


def _skills(session: Session, person_id: int, role_id: int | None, today: date) -> tuple[SkillHistory, ...]:
    """History and current level from the assessments service; targets from the role's expected skills."""
    points: dict[int, list[LevelPoint]] = defaultdict(list)
    names: dict[int, str] = {}
    for row in assessments.history(session, person_id):
        points[row.skill_id].append(LevelPoint(row.assessed_on, row.level, row.source))
        names[row.skill_id] = row.skill
    current = {c.skill_id: c for c in assessments.current_levels(session, person_id, today)}
    targets = {r.skill_id: r for r in skills.list_role_skills(session, role_id)} if role_id is not None else {}
    names.update({r.skill_id: r.skill for r in targets.values()})
    live = set(current) | set(targets)  # current_levels and the role list leave deleted skills out
    rows = []
    for skill_id in sorted(live, key=lambda s: (names[s].casefold(), s)):
        now = current.get(skill_id)
        target = targets.get(skill_id)
        rows.append(SkillHistory(
            skill_id, names[skill_id], tuple(points.get(skill_id, ())), now.level if now else None,
            now.assessed_on if now else None, now.valid_until if now else None, bool(now and now.expired),
            target.expected_level if target else None))
    return tuple(rows)


def _sessions(session: Session, person_id: int) -> tuple[SessionLine, ...]:
    """Sessions attended (present) and hosted, cancelled ones left out, oldest first, with their skills."""
    attended = select(SessionAttendance.session_id.label("sid"), literal(False).label("hosted")).where(
        SessionAttendance.person_id == person_id, SessionAttendance.deleted.is_(False),
        SessionAttendance.attended.is_(True))
    hosted = select(SessionHost.session_id.label("sid"), literal(True).label("hosted")).where(
        SessionHost.person_id == person_id, SessionHost.deleted.is_(False))
    links = attended.union(hosted).subquery()  # union, not union all: a duplicated link counts once
    stmt = (
        select(KnowledgeSession.id, KnowledgeSession.starts_at, KnowledgeSession.title, KnowledgeSession.format,
               KnowledgeSession.status, Office.code, KnowledgeSession.duration_minutes, links.c.hosted)
        .join(links, links.c.sid == KnowledgeSession.id)
        .outerjoin(Office, Office.id == KnowledgeSession.office_id)
        .where(KnowledgeSession.deleted.is_(False), KnowledgeSession.status != SessionStatus.CANCELLED)
        .order_by(KnowledgeSession.starts_at, KnowledgeSession.id, links.c.hosted)
    )
    rows: Any = list(session.execute(stmt))
    names = _session_skills(session, {row[0] for row in rows})
    return tuple(
        SessionLine(sid, starts, title, fmt, status, office, names.get(sid, ()), duration, bool(host))
        for sid, starts, title, fmt, status, office, duration, host in rows
    )


def _session_skills(session: Session, session_ids: set[int]) -> dict[int, tuple[str, ...]]:
    """The skills of these sessions, in one query for all of them."""
    if not session_ids:
        return {}
    stmt = (
        select(SessionSkill.session_id, Skill.name)
        .join(Skill, Skill.id == SessionSkill.skill_id)
        .where(SessionSkill.session_id.in_(sorted(session_ids)), SessionSkill.deleted.is_(False),
               Skill.deleted.is_(False))
        .order_by(func.lower(Skill.name))
    )
    found: dict[int, list[str]] = defaultdict(list)
    for sid, name in session.execute(stmt):
        if name not in found[sid]:
            found[sid].append(name)
    return {sid: tuple(values) for sid, values in found.items()}


def _feedback(session: Session, person_id: int) -> tuple[FeedbackLine, ...]:
    stmt = (
        select(KnowledgeSession.id, KnowledgeSession.title, KnowledgeSession.starts_at, SessionFeedback.given_on,
               SessionFeedback.usefulness, SessionFeedback.quality, SessionFeedback.comment,
               SessionFeedback.applied, SessionFeedback.applied_on, SessionFeedback.applied_comment)
        .join(KnowledgeSession, KnowledgeSession.id == SessionFeedback.session_id)
        .where(SessionFeedback.person_id == person_id, SessionFeedback.deleted.is_(False),
               KnowledgeSession.deleted.is_(False))
        .order_by(KnowledgeSession.starts_at, SessionFeedback.id)
    )
    rows: Any = session.execute(stmt)  # wider than the typed select overloads go
    return tuple(FeedbackLine(*row) for row in rows)


def _checklists(session: Session, person_id: int, today: date) -> tuple[ChecklistProgress, ...]:
    """The onboarding service's own detail of each checklist (a person has one or two: never a long list)."""
    details = [onboarding_followup.get_checklist(session, cid)
               for cid, _kind, _start in reversed(onboarding_followup.checklists_of(session, person_id))]
    return tuple(ChecklistProgress(d, d.done, d.total, d.overdue(today)) for d in details)


def _hours(lines: tuple[SessionLine, ...], today: date) -> HoursSummary:
    year_start = today - timedelta(days=YEAR_DAYS - 1)

    def within_year(line: SessionLine) -> bool:
        return year_start <= line.starts_at.date() <= today

    learned = [s for s in lines if not s.hosted and s.held]
    taught = [s for s in lines if s.hosted and s.held]
    return HoursSummary(
        learning_minutes=sum(s.minutes for s in learned), hosting_minutes=sum(s.minutes for s in taught),
        learning_minutes_year=sum(s.minutes for s in learned if within_year(s)),
        hosting_minutes_year=sum(s.minutes for s in taught if within_year(s)),
        sessions_attended=len(learned), sessions_hosted=len(taught),
    )

