"""Assigning checklists: propose a template for a person, choose a buddy, copy the items.

Items are copied on assignment (due_on = start + due_days), so a later template edit never
rewrites a checklist already given to someone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, exists, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import ChecklistKind, PersonKind, PersonStatus
from learnorg_desktop.models import Checklist, ChecklistCheckin, ChecklistItem, ChecklistTemplate, Office, Person
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.holdings import active_person_clause, person_name
from learnorg_desktop.services.onboarding_templates import TemplateRow, list_templates, live_items
from learnorg_desktop.services.people import status_of
from learnorg_desktop.services.progress import NO_PROGRESS, Progress

CHECKIN_DAYS = (30, 90)  # the newcomer's feedback points
NEWCOMER_DAYS = 90  # "newcomers" arrived within this many days (or are still to arrive)


@dataclass(frozen=True)
class PersonChoice:
    """Someone to pick as a buddy or as "done by": active, with office and arrival for context."""

    id: int
    name: str
    kind: PersonKind
    office_code: str | None
    arrival_date: date | None


@dataclass(frozen=True)
class Newcomer:
    """A recent (or incoming) arrival with no onboarding checklist yet, and the template proposed."""

    person_id: int
    name: str
    kind: PersonKind
    office_code: str | None
    arrival_date: date | None
    template: TemplateRow | None


@dataclass(frozen=True)
class AssignReport:
    """What a bulk assignment did."""

    assigned: int
    without_template: int
    checklist_ids: tuple[int, ...]


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFoundError(f"person {person_id} does not exist", code="unknown_person", person=person_id)
    return person


def _rank(template: TemplateRow, kind: PersonKind, office_id: int | None, language: str | None) -> tuple[int, ...]:
    """Lower is better: same audience, then this office's own, then the wanted language."""
    return (
        0 if template.audience == kind else 1,
        0 if office_id is not None and template.office_id == office_id else 1,
        0 if language is None or template.language == language else 1,
        template.id,
    )


def pick_template(templates: Sequence[TemplateRow], kind: PersonKind, office_id: int | None,
                  language: str | None = None) -> TemplateRow | None:
    """The best template for this kind of person and office among `templates` (pure, for bulk use)."""
    usable = [t for t in templates if t.item_count > 0 and (t.audience is None or t.audience == kind)
              and (t.office_id is None or t.office_id == office_id)]
    return min(usable, key=lambda t: _rank(t, kind, office_id, language), default=None)


def propose_template(session: Session, person_id: int, *, kind: ChecklistKind = ChecklistKind.ONBOARDING,
                     language: str | None = None) -> TemplateRow | None:
    """The template to suggest for this person: audience = their kind, their office's own preferred."""
    person = _person(session, person_id)
    return pick_template(list_templates(session, kind), person.kind, person.office_id, language)


def people_choices(session: Session, today: date, *, kinds: frozenset[PersonKind] = frozenset(),
                   office_id: int | None = None, exclude: int | None = None, limit: int = 500) -> list[PersonChoice]:
    """Active people, those of `office_id` first then the longest-serving (good buddies know the house)."""
    stmt = (
        select(Person.id, person_name(), Person.kind, Office.code, Person.arrival_date)
        .outerjoin(Office, Office.id == Person.office_id)
        .where(active_person_clause(today))
        .order_by(case((Person.office_id == office_id, 0), else_=1), Person.arrival_date.is_(None),
                  Person.arrival_date, Person.sort_name, Person.id)
        .limit(limit)
    )
    if kinds:
        stmt = stmt.where(Person.kind.in_(sorted(kinds)))
    if exclude is not None:
        stmt = stmt.where(Person.id != exclude)
    return [PersonChoice(*row) for row in session.execute(stmt)]


def check_buddy(session: Session, buddy_id: int | None, person_id: int, today: date) -> None:
    if buddy_id is None:
        return
    if buddy_id == person_id:
        raise ValidationError("buddy", "a newcomer cannot be their own buddy", code="self_buddy")
    buddy = session.get(Person, buddy_id)
    if buddy is None or buddy.deleted or status_of(buddy.arrival_date, buddy.departure_date, today) \
            is not PersonStatus.ACTIVE:
        raise ValidationError("buddy", "the buddy must be an active person", code="inactive_buddy")


def _live_template(session: Session, template_id: int) -> ChecklistTemplate:
    template = session.get(ChecklistTemplate, template_id)
    if template is None or template.deleted:
        raise NotFoundError(f"template {template_id} does not exist", code="unknown_template",
                            template=template_id)
    return template


def has_open_checklist(session: Session, person_id: int, kind: ChecklistKind) -> bool:
    stmt = select(Checklist.id).where(Checklist.person_id == person_id, Checklist.kind == kind,
                                      Checklist.deleted.is_(False), Checklist.completed_on.is_(None))
    return session.scalar(stmt.limit(1)) is not None


def assign(session: Session, person_id: int, template_id: int, today: date, *, buddy_id: int | None = None,
           start: date | None = None) -> int:
    """Give this person an onboarding checklist copied from the template; refused for someone who left."""
    person = _person(session, person_id)
    if status_of(person.arrival_date, person.departure_date, today) is PersonStatus.DEPARTED:
        raise ValidationError("person", f"{person.full_name} has left the organisation", code="person_departed")
    template = _live_template(session, template_id)
    if template.kind is not ChecklistKind.ONBOARDING:
        raise ValidationError("template", "this is not an onboarding template", code="wrong_template_kind")
    if has_open_checklist(session, person_id, ChecklistKind.ONBOARDING):
        raise ValidationError("person", f"{person.full_name} already has an onboarding checklist",
                              code="already_assigned")
    check_buddy(session, buddy_id, person_id, today)
    begin = start or person.arrival_date or today
    checklist_id = copy_template(session, template, person_id, begin, buddy_id=buddy_id)
    origin = organisation.local_office_uuid(session)
    for day in CHECKIN_DAYS:
        session.add(ChecklistCheckin(origin_office_uuid=origin, checklist_id=checklist_id, day=day))
    session.flush()
    return checklist_id


def copy_template(session: Session, template: ChecklistTemplate, person_id: int, start: date, *,
                  buddy_id: int | None = None, due_cap: date | None = None) -> int:
    """A new checklist holding a copy of the template's live items (due dates capped at `due_cap`)."""
    origin = organisation.local_office_uuid(session)
    checklist = Checklist(
        origin_office_uuid=origin, person_id=person_id, template_id=template.id, kind=template.kind,
        buddy_id=buddy_id, started_on=start, template_name=template.name, template_version=template.version,
    )
    session.add(checklist)
    session.flush()
    for item in live_items(session, template.id):
        due = start + timedelta(days=item.due_days)
        session.add(ChecklistItem(
            origin_office_uuid=origin, checklist_id=checklist.id, position=item.position, title=item.title,
            description=item.description, due_on=min(due, due_cap) if due_cap and due_cap >= start else due,
            responsible_role_id=item.responsible_role_id, responsible_person_id=item.responsible_person_id,
            responsible_text=item.responsible_text, resource_id=item.resource_id, skill_id=item.skill_id,
        ))
    session.flush()
    return checklist.id


def newcomers_without_checklist(session: Session, today: date, *, office_id: int | None = None,
                                recent_days: int = NEWCOMER_DAYS, language: str | None = None) -> list[Newcomer]:
    """People arriving within `recent_days` of today (before or after) who have no onboarding checklist."""
    has_one = exists().where(Checklist.person_id == Person.id, Checklist.kind == ChecklistKind.ONBOARDING,
                             Checklist.deleted.is_(False))
    stmt = (
        select(Person.id, person_name(), Person.kind, Office.code, Person.arrival_date, Person.office_id)
        .outerjoin(Office, Office.id == Person.office_id)
        .where(Person.deleted.is_(False), Person.arrival_date.is_not(None),
               Person.arrival_date >= today - timedelta(days=recent_days),
               Person.arrival_date <= today + timedelta(days=recent_days),
               (Person.departure_date.is_(None)) | (Person.departure_date > today), ~has_one)
        .order_by(Person.arrival_date, Person.sort_name, Person.id)
    )
    if office_id is not None:
        stmt = stmt.where(Person.office_id == office_id)
    templates = list_templates(session, ChecklistKind.ONBOARDING)
    return [Newcomer(pid, name, kind, code, arrival, pick_template(templates, kind, office, language))
            for pid, name, kind, code, arrival, office in session.execute(stmt)]


def assign_many(session: Session, person_ids: Sequence[int], today: date, *, language: str | None = None,
                progress: Progress = NO_PROGRESS) -> AssignReport:
    """Assign each person the template proposed for them (no buddy yet); people without one are counted."""
    templates = list_templates(session, ChecklistKind.ONBOARDING)
    ids: list[int] = []
    without = 0
    for done, person_id in enumerate(person_ids, start=1):
        person = _person(session, person_id)
        template = pick_template(templates, person.kind, person.office_id, language)
        if template is None:
            without += 1
        else:
            ids.append(assign(session, person_id, template.id, today))
        if done % 20 == 0 or done == len(person_ids):
            progress.report(done, len(person_ids), "")
    return AssignReport(len(ids), without, tuple(ids))
