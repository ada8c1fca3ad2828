"""Hand-made people, skills and assessments shared by the skills, needs and talent tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from learnorg_desktop.enums import AssessmentSource, PersonKind
from learnorg_desktop.services import assessments, organisation, people, skills
from learnorg_desktop.services.assessments import AssessmentInput
from learnorg_desktop.services.people import PersonInput

TODAY = date(2026, 6, 1)


def person(session: Session, last: str, first: str = "", *, office: str = "HQ", role: str = "",
           arrival: date | None = None, departure: date | None = None,
           kind: PersonKind = PersonKind.VOLUNTEER) -> int:
    office_id = organisation.office_by_code(session, office).id
    return people.create(session, PersonInput(kind=kind, last_name=last, first_name=first, office_id=office_id,
                                              role=role, arrival_date=arrival, departure_date=departure))


def skill(session: Session, name: str, *, key: bool = False, holders: int | None = None,
          level: int | None = None, expires: bool = False, category_id: int | None = None) -> int:
    return skills.create_skill(session, skills.SkillInput(
        name=name, category_id=category_id, is_key=key, target_holders=holders, target_level=level,
        expires=expires))


def assess(session: Session, person_id: int, skill_id: int, level: int, on: date = date(2026, 1, 10), *,
           share: bool = False, valid_until: date | None = None,
           source: AssessmentSource = AssessmentSource.SELF) -> int:
    return assessments.record_assessment(session, AssessmentInput(
        person_id=person_id, skill_id=skill_id, level=level, assessed_on=on, source=source,
        willing_to_share=share, valid_until=valid_until))
