"""After a session: attendees' skill levels re-assessed, and the needs it answered moved to "met"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import AssessmentSource, NeedStatus
from learnorg_desktop.models import LearningNeed, SessionAttendance, Skill
from learnorg_desktop.services import assessments, needs
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.holdings import DEFAULT_HOLDING_LEVEL
from learnorg_desktop.services.session_attendance import attendee_ids
from learnorg_desktop.services.sessions import require_held, skill_ids
from learnorg_desktop.services.skills import check_level


@dataclass(frozen=True)
class ReassessInput:
    """An attendee's new level on one of the session's skills.

    `level=None` records no level; `confirmed=True` closes the related needs whatever the level
    (the coordinator's judgement, e.g. for a need on a free topic).
    """

    person_id: int
    skill_id: int
    level: int | None
    confirmed: bool = False


@dataclass(frozen=True)
class ReassessResult:
    """The assessments recorded and the needs moved to "met"."""

    assessment_ids: tuple[int, ...]
    met_need_ids: tuple[int, ...]


def _validate(session: Session, session_id: int, rows: Sequence[ReassessInput]) -> None:
    present, covered = attendee_ids(session, session_id), skill_ids(session, session_id)
    for index, row in enumerate(rows):
        prefix = f"rows[{index}]." if len(rows) > 1 else ""
        check_level(row.level, f"{prefix}level")
        if row.person_id not in present:
            raise ValidationError(f"{prefix}person_id", f"person {row.person_id} did not attend",
                                  code="not_an_attendee", person=row.person_id)
        if row.skill_id not in covered:
            raise ValidationError(f"{prefix}skill_id", f"skill {row.skill_id} is not covered by the session",
                                  code="not_a_session_skill", skill=row.skill_id)


def _related_needs(session: Session, session_id: int, row: ReassessInput) -> list[LearningNeed]:
    """The person's unclosed needs on this skill, and the need their invitation was for."""
    invited_for = select(SessionAttendance.need_id).where(
        SessionAttendance.session_id == session_id, SessionAttendance.person_id == row.person_id,
        SessionAttendance.deleted.is_(False), SessionAttendance.need_id.is_not(None))
    stmt = select(LearningNeed).where(
        LearningNeed.person_id == row.person_id, LearningNeed.deleted.is_(False),
        LearningNeed.status.not_in(sorted(needs.CLOSED_STATUSES)),
        or_(LearningNeed.skill_id == row.skill_id, LearningNeed.id.in_(invited_for)),
    ).order_by(LearningNeed.id)
    return list(session.scalars(stmt))


def _target(need: LearningNeed, skill: Skill) -> int | None:
    """The level that meets a need: its own target, else the skill's holding level; None for a topic."""
    if need.skill_id != skill.id:
        return None
    if need.target_level is not None:
        return need.target_level
    return max(1, skill.target_level) if skill.target_level is not None else DEFAULT_HOLDING_LEVEL


def reassess(session: Session, session_id: int, rows: Sequence[ReassessInput], on: date) -> ReassessResult:
    """Record levels with source "session" and close the needs now met (or confirmed). A bad row writes nothing."""
    require_held(session, session_id)
    _validate(session, session_id, rows)
    levels = [_assessment(session, session_id, r, on) for r in rows if r.level is not None]
    recorded = assessments.record_assessments(session, levels) if levels else []
    met: list[int] = []
    for row in rows:
        skill = session.get(Skill, row.skill_id)
        assert skill is not None  # checked by _validate
        for need in _related_needs(session, session_id, row):
            target = _target(need, skill)
            reached = row.level is not None and target is not None and row.level >= target
            if (reached or row.confirmed) and need.id not in met:
                needs.change_status(session, need.id, NeedStatus.MET, on)
                met.append(need.id)
    return ReassessResult(tuple(recorded), tuple(met))


def _assessment(session: Session, session_id: int, row: ReassessInput, on: date) -> assessments.AssessmentInput:
    """The new level, carrying interest and willingness over so the person stays on the talent map."""
    earlier = assessments.history(session, row.person_id, row.skill_id)
    last = earlier[-1] if earlier else None
    return assessments.AssessmentInput(
        person_id=row.person_id, skill_id=row.skill_id, level=row.level if row.level is not None else 0,
        assessed_on=on, source=AssessmentSource.SESSION, session_id=session_id,
        interest=last.interest if last else None, willing_to_share=last.willing_to_share if last else False)
