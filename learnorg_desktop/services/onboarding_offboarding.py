"""Departures: an offboarding ("Départ – passation") checklist that hands over what the person knew.

Besides the template's steps, one hand-over item is added per skill that would otherwise be left
without a holder (talent.skills_left_without_holder), linked to that skill.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import ChecklistKind
from learnorg_desktop.models import ChecklistItem, ChecklistTemplate, Person
from learnorg_desktop.services import organisation, talent
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.onboarding_assign import copy_template, has_open_checklist, pick_template
from learnorg_desktop.services.onboarding_templates import TemplateRow, list_templates
from learnorg_desktop.services.talent import SingleHolder

# The generated hand-over items are stored data, written in the template's language.
_HANDOVER_TEXTS = {
    "fr": ("Passation : {skill}",
           "{person} est la seule personne active à maîtriser « {skill} » (niveau {level}). Noter ce "
           "qu’elle sait, où sont les documents, et à qui la compétence est confiée."),
    "en": ("Hand-over: {skill}",
           "{person} is the only active person holding “{skill}” (level {level}). Write down what they "
           "know, where the documents are, and who takes the skill over."),
}


@dataclass(frozen=True)
class OffboardingProposal:
    """What recording a departure suggests: a template (if any) and the skills that would leave."""

    person_id: int
    person: str
    departure_date: date
    template: TemplateRow | None
    skills: tuple[SingleHolder, ...]
    already_started: bool


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFoundError(f"person {person_id} does not exist", code="unknown_person", person=person_id)
    return person


def propose_offboarding(session: Session, person_id: int, language: str | None = None) -> OffboardingProposal:
    """For a person whose departure is recorded: the offboarding template and the single-holder skills."""
    person = _person(session, person_id)
    if person.departure_date is None:
        raise ValidationError("departure_date", "no departure is recorded for this person", code="not_leaving")
    template = pick_template(list_templates(session, ChecklistKind.OFFBOARDING), person.kind, person.office_id,
                             language)
    # The day before leaving: the skills they still hold that nobody staying holds.
    skills = talent.skills_left_without_holder(session, person_id, person.departure_date)
    return OffboardingProposal(person.id, person.full_name, person.departure_date, template, tuple(skills),
                               has_open_checklist(session, person_id, ChecklistKind.OFFBOARDING))


def start_offboarding(session: Session, person_id: int, today: date, *, template_id: int | None = None,
                      language: str = "fr") -> int:
    """Create the hand-over checklist: template steps (due by the departure) plus one item per lone skill."""
    proposal = propose_offboarding(session, person_id, language)
    if proposal.already_started:
        raise ValidationError("person", f"{proposal.person} already has a hand-over checklist",
                              code="already_assigned")
    chosen = template_id if template_id is not None else (proposal.template.id if proposal.template else None)
    if chosen is None:
        raise ValidationError("template", "load or create an offboarding template first", code="no_template")
    template = session.get(ChecklistTemplate, chosen)
    if template is None or template.deleted or template.kind is not ChecklistKind.OFFBOARDING:
        raise ValidationError("template", "this is not an offboarding template", code="wrong_template_kind")
    start = min(today, proposal.departure_date)
    checklist_id = copy_template(session, template, person_id, start, due_cap=proposal.departure_date)
    _add_skill_items(session, checklist_id, proposal, template.language, start)
    return checklist_id


def _add_skill_items(session: Session, checklist_id: int, proposal: OffboardingProposal, language: str,
                     start: date) -> None:
    title, description = _HANDOVER_TEXTS.get(language, _HANDOVER_TEXTS["en"])
    origin = organisation.local_office_uuid(session)
    last = session.scalar(select(func.max(ChecklistItem.position)).where(ChecklistItem.checklist_id == checklist_id))
    first = (last or 0) + 1
    due = max(start, proposal.departure_date)
    for position, skill in enumerate(proposal.skills, start=first):
        session.add(ChecklistItem(
            origin_office_uuid=origin, checklist_id=checklist_id, position=position,
            title=title.format(skill=skill.skill)[:300],
            description=description.format(person=proposal.person, skill=skill.skill, level=skill.level),
            due_on=due, skill_id=skill.skill_id,
        ))
    session.flush()
