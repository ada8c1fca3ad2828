"""Who can teach what (talent map), key-skill coverage, single-holder risks and need matching."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import NeedStatus
from learnorg_desktop.models import Office, Person, Skill, SkillAssessment, SkillCategory
from learnorg_desktop.services import needs
from learnorg_desktop.services.holdings import (
    active_person_clause,
    can_teach_clause,
    holds_clause,
    latest_assessments,
    no_later_assessment,
    person_name,
)
from learnorg_desktop.services.progress import NO_PROGRESS, Progress
from learnorg_desktop.services.text import fold

MATCH_TICK = 500  # needs matched between two progress reports (each a Cancel check)


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
    team: str = ""  # a collective need's team ("" with a person, or for the whole office)


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


def _holders(today: date) -> Select[tuple[int, int]]:
    """(skill_id, person_id) of every active person holding a live skill on `today`."""
    current = latest_assessments()
    return (
        select(current.c.skill_id, current.c.person_id)
        .join(Person, Person.id == current.c.person_id)
        .join(Skill, Skill.id == current.c.skill_id)
        .where(active_person_clause(today), Skill.deleted.is_(False), holds_clause(current, today))
    )


# (office_id, skill_id) -> (holders, lowest holder id): one office's holders of one live skill on a day.
HolderCounts = dict[tuple[int | None, int], tuple[int, int]]


def _holder_counts(session: Session, today: date) -> HolderCounts:
    """Active holders of every live skill per office, in one pass over the assessments.

    Read straight from the assessments table (no `current` subquery) so the "no later assessment" probe
    can wait for the person and skill filters; grouping by office first keeps SQLite on a plain table
    scan instead of the skill index (0.4 s against 1.2 s per query at 185,000 assessments).
    """
    assessed = SkillAssessment.__table__
    stmt = (
        select(Person.office_id, SkillAssessment.skill_id, func.count(), func.min(Person.id))
        .join(Person, Person.id == SkillAssessment.person_id)
        .join(Skill, Skill.id == SkillAssessment.skill_id)
        .where(SkillAssessment.deleted.is_(False), active_person_clause(today), Skill.deleted.is_(False),
               holds_clause(assessed, today), no_later_assessment(Person.id, Skill.id))
        .group_by(Person.office_id, SkillAssessment.skill_id)
    )
    return {(office, skill): (int(n), int(first)) for office, skill, n, first in session.execute(stmt)}


def _coverage(session: Session, counts: HolderCounts, office_id: int | None) -> list[KeySkillCoverage]:
    held: dict[int, int] = defaultdict(int)
    for (office, skill_id), (n, _first) in counts.items():
        if office_id is None or office == office_id:
            held[skill_id] += n
    stmt = (
        select(Skill.id, Skill.name, SkillCategory.name, Skill.target_holders, Skill.target_level)
        .outerjoin(SkillCategory, SkillCategory.id == Skill.category_id)
        .where(Skill.deleted.is_(False), Skill.is_key.is_(True), Skill.target_holders.is_not(None),
               Skill.target_level.is_not(None))
    )
    # The query keeps only skills with a target: target and level are never None here.
    rows = [KeySkillCoverage(sid, name, category, cast(int, target), cast(int, level), held.get(sid, 0))
            for sid, name, category, target, level in session.execute(stmt)]
    return sorted(rows, key=lambda r: (-r.missing, r.skill.casefold()))


def _single_holders(session: Session, counts: HolderCounts) -> list[SingleHolder]:
    per_skill: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (_office, skill_id), held in counts.items():
        per_skill[skill_id].append(held)
    # Skill -> its only holder: one office group with one person, and no other office holding it.
    lone = {skill_id: groups[0][1] for skill_id, groups in per_skill.items()
            if len(groups) == 1 and groups[0][0] == 1}
    if not lone:
        return []
    current = latest_assessments()
    stmt = (
        select(Skill.id, Skill.name, Skill.is_key, Person.id, person_name(), Office.code, current.c.level)
        .select_from(current)
        .join(Skill, Skill.id == current.c.skill_id)
        .join(Person, Person.id == current.c.person_id)
        .outerjoin(Office, Office.id == Person.office_id)
        # person_id IN (...) lets SQLite read only these people's assessments through the index.
        .where(current.c.person_id.in_(sorted(set(lone.values()))), current.c.skill_id.in_(sorted(lone)))
        .order_by(Skill.is_key.desc(), func.lower(Skill.name))
    )
    return [SingleHolder(*row) for row in session.execute(stmt) if lone[row[0]] == row[3]]


def key_skill_coverage(session: Session, today: date, *, office_id: int | None = None) -> list[KeySkillCoverage]:
    """Every key skill with its number of active holders at the target level (worst gaps first)."""
    return _coverage(session, _holder_counts(session, today), office_id)


def single_holders(session: Session, today: date) -> list[SingleHolder]:
    """Live skills held by exactly one active person (key skills first)."""
    return _single_holders(session, _holder_counts(session, today))


def skill_risks(
    session: Session, today: date, *, office_id: int | None = None,
) -> tuple[list[KeySkillCoverage], list[SingleHolder]]:
    """`key_skill_coverage` and `single_holders` together, reading the assessments once (the dashboards)."""
    counts = _holder_counts(session, today)
    return _coverage(session, counts, office_id), _single_holders(session, counts)


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


def match_needs(session: Session, today: date, *, office_id: int | None = None, need_id: int | None = None,
                progress: Progress = NO_PROGRESS) -> list[NeedMatch]:
    """For each open need (or only `need_id`): suggested hosts (talent map, not the person themself) and co-learners.

    `progress` is told every MATCH_TICK needs, and Cancel stops there (a read: nothing to undo).
    """
    pending = needs.list_needs(session, needs.NeedFilter(statuses=frozenset({NeedStatus.OPEN})))
    # Peers come from every office: a shared session can gather learners from several antennes.
    open_needs = [n for n in pending if (office_id is None or n.office_id == office_id)
                  and (need_id is None or n.id == need_id)]
    progress.report(0, len(open_needs) + 1, "")
    skill_ids = {n.skill_id for n in open_needs if n.skill_id is not None}
    teachers = {e.skill_id: e.teachers for e in talent_map(session, today, skill_ids=skill_ids)}
    teacher_ids = {skill_id: {t.person_id for t in found} for skill_id, found in teachers.items()}
    groups = _SubjectGroups(pending)
    matches = []
    for index, need in enumerate(open_needs):
        if index % MATCH_TICK == 0:
            progress.report(index + 1, len(open_needs) + 1, "")
        hosts = teachers.get(need.skill_id or -1, ())
        if need.person_id in teacher_ids.get(need.skill_id or -1, ()):  # rare: the shared tuple serves the rest
            hosts = tuple(t for t in hosts if t.person_id != need.person_id)
        matches.append(NeedMatch(need, hosts, groups.peers(need)))
    return matches


class _SubjectGroups:
    """The open needs grouped by subject, each group's peers built once: a need's peers are its group but itself.

    Thousands of needs share a few dozen subjects, so building each need's peers one by one was quadratic
    (6 s for 7,000 open needs); slicing the group's tuple copies pointers only.
    """

    def __init__(self, pending: list[needs.NeedRow]) -> None:
        grouped: dict[object, list[needs.NeedRow]] = defaultdict(list)
        for need in pending:
            grouped[_subject_key(need)].append(need)
        self._peers = {key: tuple(NeedPeer(n.id, n.person_id, n.person, n.office_code, n.team) for n in group)
                       for key, group in grouped.items()}
        self._position = {n.id: index for group in grouped.values() for index, n in enumerate(group)}
        self._needs_per_person = Counter((key, n.person_id) for key, group in grouped.items() for n in group
                                         if n.person_id is not None)

    def peers(self, need: needs.NeedRow) -> tuple[NeedPeer, ...]:
        key = _subject_key(need)
        group = self._peers[key]
        if need.person_id is not None and self._needs_per_person[key, need.person_id] > 1:
            # the same person has another need on this subject: not a co-learner of themself
            return tuple(p for p in group if p.need_id != need.id and p.person_id != need.person_id)
        index = self._position[need.id]
        return group[:index] + group[index + 1:]


def _subject_key(need: needs.NeedRow) -> object:
    """Needs on one skill go together; free topics go together when they read the same."""
    return ("skill", need.skill_id) if need.skill_id is not None else ("topic", fold(need.topic))
