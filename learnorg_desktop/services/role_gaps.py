"""Compare a person with their role's expected skills and propose the missing ones as learning needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import NeedOrigin
from learnorg_desktop.models import LearningNeed, Person, RoleSkill, Skill
from learnorg_desktop.services import needs
from learnorg_desktop.services.errors import NotFoundError
from learnorg_desktop.services.holdings import is_expired, latest_assessments


@dataclass(frozen=True)
class NeedProposal:
    """A skill the person's role expects and they lack (too low, never assessed, or expired)."""

    person_id: int
    skill_id: int
    skill: str
    expected_level: int
    current_level: int | None
    expired: bool


def propose_role_needs(session: Session, person_id: int, today: date) -> list[NeedProposal]:
    """The role's expected skills the person misses, leaving out those already under an unclosed need."""
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFoundError(f"person {person_id} does not exist", code="unknown_person", person=person_id)
    if person.role_id is None:
        return []
    current = latest_assessments()
    pending = select(LearningNeed.skill_id).where(
        LearningNeed.person_id == person_id, LearningNeed.deleted.is_(False), LearningNeed.skill_id.is_not(None),
        LearningNeed.status.not_in(sorted(needs.CLOSED_STATUSES)),
    )
    stmt = (
        select(Skill.id, Skill.name, RoleSkill.expected_level, current.c.level, current.c.valid_until)
        .select_from(RoleSkill)
        .join(Skill, Skill.id == RoleSkill.skill_id)
        .outerjoin(current, (current.c.skill_id == Skill.id) & (current.c.person_id == person_id))
        .where(RoleSkill.role_id == person.role_id, RoleSkill.deleted.is_(False), Skill.deleted.is_(False),
               Skill.id.not_in(pending))
        .order_by(func.lower(Skill.name))
    )
    proposals = []
    for skill_id, name, expected, level, valid_until in session.execute(stmt):
        expired = is_expired(valid_until, today)
        if level is None or level < expected or expired:
            proposals.append(NeedProposal(person_id, skill_id, name, expected, level, expired))
    return proposals


def create_needs_from_proposals(
    session: Session, proposals: Sequence[NeedProposal], today: date, *, target_date: date | None = None,
) -> list[int]:
    """Turn the chosen proposals into open needs of origin 'organisation', in one go."""
    rows = [
        needs.NeedInput(origin=NeedOrigin.ORGANISATION, person_id=p.person_id, skill_id=p.skill_id,
                        target_level=p.expected_level, target_date=target_date)
        for p in proposals
    ]
    return needs.create_needs(session, rows, today) if rows else []
