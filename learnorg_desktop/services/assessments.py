"""Skill levels per person: dated assessments kept as history; the latest one is the current level."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import AssessmentSource
from learnorg_desktop.models import Office, Person, Skill, SkillAssessment
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.holdings import (
    active_person_clause,
    is_expired,
    latest_assessments,
    person_name,
)
from learnorg_desktop.services.skills import check_level

INTEREST_MAX = 3
EXPIRY_WARNING_DAYS = 60


@dataclass(frozen=True)
class AssessmentInput:
    """One dated level of one person on one skill, as a form or an import hands it over."""

    person_id: int
    skill_id: int
    level: int
    assessed_on: date
    source: AssessmentSource = AssessmentSource.SELF
    interest: int | None = None
    willing_to_share: bool = False
    valid_until: date | None = None
    session_id: int | None = None


@dataclass(frozen=True)
class AssessmentRow:
    """One assessment of the history (for progress charts)."""

    id: int
    person_id: int
    skill_id: int
    skill: str
    level: int
    assessed_on: date
    source: AssessmentSource
    interest: int | None
    willing_to_share: bool
    valid_until: date | None


@dataclass(frozen=True)
class CurrentLevel:
    """A person's current level on one skill; `expired` levels no longer count as held."""

    skill_id: int
    skill: str
    level: int
    assessed_on: date
    source: AssessmentSource
    interest: int | None
    willing_to_share: bool
    valid_until: date | None
    expired: bool


@dataclass(frozen=True)
class ExpiringRow:
    """An active person's skill whose validity ends soon (or has ended)."""

    person_id: int
    person: str
    office_code: str | None
    skill_id: int
    skill: str
    level: int
    valid_until: date
    expired: bool


def _validate(data: AssessmentInput, field_prefix: str = "") -> AssessmentInput:
    check_level(data.level, f"{field_prefix}level", required=True)
    try:
        source = AssessmentSource(data.source)
    except ValueError:
        raise ValidationError(f"{field_prefix}source", f"'{data.source}' is not a source of assessment",
                              code="bad_source") from None
    interest = data.interest
    if interest is not None and (isinstance(interest, bool) or not 0 <= interest <= INTEREST_MAX):
        raise ValidationError(f"{field_prefix}interest", f"'{interest}' is not an interest from 0 to 3",
                              code="bad_interest", value=interest)
    if data.valid_until is not None and data.valid_until < data.assessed_on:
        raise ValidationError(f"{field_prefix}valid_until", "the validity ends before the assessment date",
                              code="valid_until_before_assessment")
    return replace(data, source=source, willing_to_share=bool(data.willing_to_share))


def _check_refs(session: Session, rows: Sequence[AssessmentInput], prefixes: Sequence[str]) -> None:
    people = {p for (p,) in session.execute(
        select(Person.id).where(Person.id.in_({r.person_id for r in rows}), Person.deleted.is_(False)))}
    skills = {s for (s,) in session.execute(
        select(Skill.id).where(Skill.id.in_({r.skill_id for r in rows}), Skill.deleted.is_(False)))}
    for row, prefix in zip(rows, prefixes, strict=True):
        if row.person_id not in people:
            raise NotFoundError(f"{prefix}person {row.person_id} does not exist", code="unknown_person",
                                person=row.person_id)
        if row.skill_id not in skills:
            raise NotFoundError(f"{prefix}skill {row.skill_id} does not exist", code="unknown_skill",
                                skill=row.skill_id)


def record_assessments(session: Session, rows: Sequence[AssessmentInput]) -> list[int]:
    """Add several assessments at once: all are checked first, so a bad one writes nothing.

    A refusal's field reads "rows[3].level" (0-based) so the caller can point at the row.
    """
    prefixes = [f"rows[{i}]." if len(rows) > 1 else "" for i in range(len(rows))]
    clean = [_validate(r, p) for r, p in zip(rows, prefixes, strict=True)]
    _check_refs(session, clean, prefixes)
    origin = organisation.local_office_uuid(session)
    records = [
        SkillAssessment(
            person_id=r.person_id, skill_id=r.skill_id, level=r.level, assessed_on=r.assessed_on,
            source=r.source, interest=r.interest, willing_to_share=r.willing_to_share,
            valid_until=r.valid_until, session_id=r.session_id, origin_office_uuid=origin,
        )
        for r in clean
    ]
    session.add_all(records)
    session.flush()
    return [r.id for r in records]


def record_assessment(session: Session, data: AssessmentInput) -> int:
    """Add one dated level; earlier ones stay as history."""
    return record_assessments(session, [data])[0]


def set_interest(
    session: Session, person_id: int, skill_id: int, *, interest: int | None, willing_to_share: bool,
    on_date: date,
) -> None:
    """Record interest and willingness without a new level: the current assessment carries them.

    With no assessment yet, a self-assessment at level 0 (none) is created to hold them.
    """
    current = session.scalar(
        select(SkillAssessment)
        .where(SkillAssessment.person_id == person_id, SkillAssessment.skill_id == skill_id,
               SkillAssessment.deleted.is_(False))
        .order_by(SkillAssessment.assessed_on.desc(), SkillAssessment.id.desc())
        .limit(1)
    )
    if current is None:
        record_assessment(session, AssessmentInput(person_id, skill_id, 0, on_date, AssessmentSource.SELF,
                                                   interest, willing_to_share))
        return
    checked = _validate(AssessmentInput(person_id, skill_id, current.level, current.assessed_on,
                                        current.source, interest, willing_to_share))
    current.interest, current.willing_to_share = checked.interest, checked.willing_to_share
    session.flush()


def delete_assessment(session: Session, assessment_id: int) -> None:
    """Tombstone a mistaken entry; the previous one becomes current again."""
    record = session.get(SkillAssessment, assessment_id)
    if record is None or record.deleted:
        raise NotFoundError(f"assessment {assessment_id} does not exist", code="unknown_assessment")
    record.deleted = True
    session.flush()


def history(session: Session, person_id: int, skill_id: int | None = None) -> list[AssessmentRow]:
    """Every assessment of a person, by skill then oldest first (the order a progress chart plots)."""
    stmt = (
        select(SkillAssessment.id, SkillAssessment.person_id, Skill.id, Skill.name, SkillAssessment.level,
               SkillAssessment.assessed_on, SkillAssessment.source, SkillAssessment.interest,
               SkillAssessment.willing_to_share, SkillAssessment.valid_until)
        .join(Skill, Skill.id == SkillAssessment.skill_id)
        .where(SkillAssessment.person_id == person_id, SkillAssessment.deleted.is_(False))
        .order_by(func.lower(Skill.name), Skill.id, SkillAssessment.assessed_on, SkillAssessment.id)
    )
    if skill_id is not None:
        stmt = stmt.where(SkillAssessment.skill_id == skill_id)
    rows: Any = session.execute(stmt)  # wider than the typed select overloads go
    return [AssessmentRow(*row) for row in rows]


def current_levels(session: Session, person_id: int, today: date) -> list[CurrentLevel]:
    """The person's current level on each assessed (live) skill."""
    current = latest_assessments()
    stmt = (
        select(Skill.id.label("skill_id"), Skill.name.label("skill"), current.c.level, current.c.assessed_on,
               current.c.source, current.c.interest, current.c.willing_to_share, current.c.valid_until)
        .join(Skill, Skill.id == current.c.skill_id)
        .where(current.c.person_id == person_id, Skill.deleted.is_(False))
        .order_by(func.lower(Skill.name), Skill.id)
    )
    rows: Any = session.execute(stmt)
    return [CurrentLevel(**row._mapping, expired=is_expired(row.valid_until, today)) for row in rows]


def expiring(
    session: Session, today: date, *, within_days: int = EXPIRY_WARNING_DAYS, include_expired: bool = False,
    office_id: int | None = None,
) -> list[ExpiringRow]:
    """Current assessments of active people whose validity ends within `within_days` (soonest first)."""
    current = latest_assessments()
    horizon = today + timedelta(days=within_days)
    stmt = (
        select(Person.id.label("person_id"), person_name().label("person"), Office.code.label("office_code"),
               Skill.id.label("skill_id"), Skill.name.label("skill"), current.c.level, current.c.valid_until)
        .select_from(current)
        .join(Person, Person.id == current.c.person_id)
        .join(Skill, Skill.id == current.c.skill_id)
        .outerjoin(Office, Office.id == Person.office_id)
        .where(active_person_clause(today), Skill.deleted.is_(False), current.c.level > 0,
               current.c.valid_until.is_not(None), current.c.valid_until <= horizon)
        .order_by(current.c.valid_until, Person.sort_name, Skill.name)
    )
    if not include_expired:
        stmt = stmt.where(current.c.valid_until >= today)
    if office_id is not None:
        stmt = stmt.where(Person.office_id == office_id)
    rows: Any = session.execute(stmt)
    return [ExpiringRow(**row._mapping, expired=is_expired(row.valid_until, today)) for row in rows]
