"""Who can teach what (talent map), key-skill coverage, single-holder risks and need matching."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import NeedStatus
from learnorg_desktop.models import Office, Person, Skill, SkillCategory
from learnorg_desktop.services import needs
from learnorg_desktop.services.holdings import (
    active_person_clause,
    can_teach_clause,
    holds_clause,
    latest_assessments,
    person_name,
)
from learnorg_desktop.services.text import fold


@dataclass(frozen=True)
class Teacher:
    """An active person who can pass a skill on (level 3 or 4, still valid, willing to share)."""

    person_id: int
    person: str
    office_code: str | None
    level: int
    valid_until: date | None


@dataclass(frozen=True)
class TalentEntry:
    """A skill and the people who can teach it, best level first."""

    skill_id: int
    skill: str
    category: str | None
    teachers: tuple[Teacher, ...]


@dataclass(frozen=True)
class KeySkillCoverage:
    """A key skill: how many active people hold it at its target level, against the target."""

    skill_id: int
    skill: str
    category: str | None
    target_holders: int
    target_level: int
    holders: int

    @property
    def missing(self) -> int:
        return max(0, self.target_holders - self.holders)

    @property
    def reached(self) -> bool:
        return self.holders >= self.target_holders


@dataclass(frozen=True)
class SingleHolder:
    """A skill only one active person holds: it leaves with them."""

    skill_id: int
    skill: str
    is_key: bool
    person_id: int
    person: str
    office_code: str | None
    level: int


@dataclass(frozen=True)
class NeedPeer:
    """Another open need on the same subject: a possible co-learner for one shared session."""

    need_id: int
    person_id: int | None
    person: str | None
    office_code: str | None


@dataclass(frozen=True)
class NeedMatch:
    """What "create one session from this need" needs: subject, suggested hosts and invitees."""

    need: needs.NeedRow
    hosts: tuple[Teacher, ...]
    peers: tuple[NeedPeer, ...]

    @property
    def invitee_ids(self) -> tuple[int, ...]:
        """The need's person then the peers', each once."""
        ids = [self.need.person_id, *(p.person_id for p in self.peers)]
        return tuple(dict.fromkeys(i for i in ids if i is not None))


def talent_map(
    session: Session, today: date, *, office_id: int | None = None, skill_ids: Iterable[int] | None = None,
) -> list[TalentEntry]:
    """For each live skill with at least one teacher, the active people willing to teach it."""
    current = latest_assessments()
    stmt = (
        select(Skill.id, Skill.name, SkillCategory.name, Person.id, person_name(), Office.code,
               current.c.level, current.c.valid_until)
        .select_from(current)
        .join(Person, Person.id == current.c.person_id)
        .join(Skill, Skill.id == current.c.skill_id)
        .outerjoin(SkillCategory, SkillCategory.id == Skill.category_id)
        .outerjoin(Office, Office.id == Person.office_id)
        .where(active_person_clause(today), Skill.deleted.is_(False), can_teach_clause(current, today))
        .order_by(Skill.id, current.c.level.desc(), Person.sort_name, Person.id)
    )
    if office_id is not None:
        stmt = stmt.where(Person.office_id == office_id)
    if skill_ids is not None:
        stmt = stmt.where(Skill.id.in_(list(skill_ids)))
    grouped: dict[int, tuple[str, str | None, list[Teacher]]] = {}
    for skill_id, skill, category, pid, name, office, level, valid_until in session.execute(stmt):
        entry = grouped.setdefault(skill_id, (skill, category, []))
        entry[2].append(Teacher(pid, name, office, level, valid_until))
    entries = [TalentEntry(sid, s, c, tuple(t)) for sid, (s, c, t) in grouped.items()]
    return sorted(entries, key=lambda e: (fold(e.skill), e.skill_id))


def _holders(today: date, office_id: int | None = None, *, key_only: bool = False) -> Select[tuple[int, int]]:
    """(skill_id, person_id) of every active person holding a live skill on `today`."""
    current = latest_assessments()
    stmt = (
        select(current.c.skill_id, current.c.person_id)
        .join(Person, Person.id == current.c.person_id)
        .join(Skill, Skill.id == current.c.skill_id)
        .where(active_person_clause(today), Skill.deleted.is_(False), holds_clause(current, today))
    )
    if key_only:  # lets SQLite start from the few key skills instead of every assessment
        stmt = stmt.where(Skill.is_key.is_(True))
    return stmt if office_id is None else stmt.where(Person.office_id == office_id)


def key_skill_coverage(session: Session, today: date, *, office_id: int | None = None) -> list[KeySkillCoverage]:
    """Every key skill with its number of active holders at the target level (worst gaps first)."""
    held = _holders(today, office_id, key_only=True).subquery()
    counts = select(held.c.skill_id, func.count().label("n")).group_by(held.c.skill_id).subquery()
    stmt = (
        select(Skill.id, Skill.name, SkillCategory.name, Skill.target_holders, Skill.target_level,
               func.coalesce(counts.c.n, 0))
        .outerjoin(SkillCategory, SkillCategory.id == Skill.category_id)
        .outerjoin(counts, counts.c.skill_id == Skill.id)
        .where(Skill.deleted.is_(False), Skill.is_key.is_(True), Skill.target_holders.is_not(None),
               Skill.target_level.is_not(None))
    )
    rows = [KeySkillCoverage(*row) for row in session.execute(stmt)]
    return sorted(rows, key=lambda r: (-r.missing, r.skill.casefold()))


def single_holders(session: Session, today: date) -> list[SingleHolder]:
    """Live skills held by exactly one active person (key skills first)."""
    held = _holders(today).subquery()
    lone = (
        select(held.c.skill_id, func.min(held.c.person_id).label("person_id"))
        .group_by(held.c.skill_id).having(func.count() == 1).subquery()
    )
    current = latest_assessments()
    stmt = (
        select(Skill.id, Skill.name, Skill.is_key, Person.id, person_name(), Office.code, current.c.level)
        .select_from(lone)
        .join(Skill, Skill.id == lone.c.skill_id)
        .join(Person, Person.id == lone.c.person_id)
        .join(current, (current.c.person_id == Person.id) & (current.c.skill_id == Skill.id))
        .outerjoin(Office, Office.id == Person.office_id)
        .order_by(Skill.is_key.desc(), func.lower(Skill.name))
    )
    return [SingleHolder(*row) for row in session.execute(stmt)]


def skills_left_without_holder(session: Session, person_id: int, on_date: date) -> list[SingleHolder]:
    """Skills this person holds on `on_date` that no other person active on that date holds.

    The person need not be active: the warning is meant for the moment their departure is recorded.
    """
    current = latest_assessments()
    others = _holders(on_date).where(Person.id != person_id).subquery()
    stmt = (
        select(Skill.id, Skill.name, Skill.is_key, Person.id, person_name(), Office.code, current.c.level)
        .select_from(current)
        .join(Person, Person.id == current.c.person_id)
        .join(Skill, Skill.id == current.c.skill_id)
        .outerjoin(Office, Office.id == Person.office_id)
        .where(current.c.person_id == person_id, Person.deleted.is_(False), Skill.deleted.is_(False),
               holds_clause(current, on_date),
               Skill.id.not_in(select(others.c.skill_id)))
        .order_by(Skill.is_key.desc(), func.lower(Skill.name))
    )
    return [SingleHolder(*row) for row in session.execute(stmt)]


def match_needs(session: Session, today: date, *, office_id: int | None = None) -> list[NeedMatch]:
    """For each open need: suggested hosts (talent map, not the person themself) and co-learners."""
    pending = needs.list_needs(session, needs.NeedFilter(statuses=frozenset({NeedStatus.OPEN})))
    # Peers come from every office: a shared session can gather learners from several antennes.
    open_needs = [n for n in pending if office_id is None or n.office_id == office_id]
    skill_ids = {n.skill_id for n in open_needs if n.skill_id is not None}
    teachers = {e.skill_id: e.teachers for e in talent_map(session, today, skill_ids=skill_ids)}
    by_subject: dict[object, list[needs.NeedRow]] = defaultdict(list)
    for need in pending:
        by_subject[_subject_key(need)].append(need)
    matches = []
    for need in open_needs:
        hosts = tuple(t for t in teachers.get(need.skill_id or -1, ()) if t.person_id != need.person_id)
        peers = tuple(
            NeedPeer(n.id, n.person_id, n.person, n.office_code)
            for n in by_subject[_subject_key(need)]
            if n.id != need.id and (n.person_id is None or n.person_id != need.person_id)
        )
        matches.append(NeedMatch(need, hosts, peers))
    return matches


def _subject_key(need: needs.NeedRow) -> object:
    """Needs on one skill go together; free topics go together when they read the same."""
    return ("skill", need.skill_id) if need.skill_id is not None else ("topic", fold(need.topic))
