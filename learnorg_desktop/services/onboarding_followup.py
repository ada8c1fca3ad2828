"""Following checklists: one person's items and check-ins, ticking items (who, when), open checklists by urgency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.enums import ChecklistKind, PersonKind
from learnorg_desktop.models import Checklist, ChecklistCheckin, ChecklistItem, Office, Person, Role, Skill
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from learnorg_desktop.services.onboarding_assign import check_buddy
from learnorg_desktop.services.onboarding_templates import responsible_label, role_and_person_names


@dataclass(frozen=True)
class ItemRow:
    """One step of a person's checklist."""

    id: int
    position: int
    title: str
    description: str
    due_on: date | None
    responsible: str
    skill: str | None
    done_at: datetime | None
    done_by_id: int | None
    done_by: str | None
    comment: str
    row_version: int = 0  # what an undo compares to refuse overwriting someone else's change

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, today: date) -> bool:
        return self.done_at is None and self.due_on is not None and self.due_on < today

    def days_late(self, today: date) -> int:
        return (today - self.due_on).days if self.is_overdue(today) and self.due_on else 0


@dataclass(frozen=True)
class CheckinRow:
    """The newcomer's feedback at day 30 or 90: rating 1-5, comment, date (None until held)."""

    id: int
    day: int
    due_on: date
    held_on: date | None
    rating: int | None
    comment: str


@dataclass(frozen=True)
class ChecklistDetail:
    """Everything a checklist page shows (and prints)."""

    id: int
    kind: ChecklistKind
    person_id: int
    person: str
    person_kind: PersonKind
    office_code: str | None
    office_name: str | None
    arrival_date: date | None
    departure_date: date | None
    template_name: str
    template_version: int | None
    buddy_id: int | None
    buddy: str | None
    started_on: date
    completed_on: date | None
    handover_notes: str
    items: tuple[ItemRow, ...]
    checkins: tuple[CheckinRow, ...]

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.done)

    @property
    def total(self) -> int:
        return len(self.items)

    def overdue(self, today: date) -> int:
        return sum(1 for i in self.items if i.is_overdue(today))


@dataclass(frozen=True)
class OpenChecklistRow:
    """One line of the open onboardings list."""

    id: int
    person_id: int
    person: str
    office_code: str | None
    kind: ChecklistKind
    template_name: str
    template_version: int | None
    started_on: date
    done: int
    total: int
    overdue: int
    next_due: date | None
    oldest_overdue: date | None

    def days_overdue(self, today: date) -> int:
        """How late the most overdue open item is (0 when none is)."""
        return (today - self.oldest_overdue).days if self.oldest_overdue else 0


@dataclass(frozen=True)
class OpenFilter:
    """Which open checklists to list: office, responsible of an open item, kind (None: both)."""

    office_id: int | None = None
    responsible: str | None = None
    kind: ChecklistKind | None = ChecklistKind.ONBOARDING


def _responsible_expr() -> tuple[ColumnElement[str], Any, Any]:
    """SQL twin of `responsible_label`, with the role and person aliases it needs."""
    role, who = aliased(Role), aliased(Person)
    label = func.coalesce(role.name, func.nullif(func.trim(who.first_name + " " + who.last_name), ""),
                          ChecklistItem.responsible_text)
    return label, role, who


def _open_base(today: date, filt: OpenFilter) -> Select[Any]:
    open_item = ChecklistItem.done_at.is_(None)
    late = and_(open_item, ChecklistItem.due_on < today)
    counts = (
        select(ChecklistItem.checklist_id.label("cid"), func.count().label("total"),
               func.count(ChecklistItem.done_at).label("done"),
               func.sum(case((late, 1), else_=0)).label("overdue"),
               func.min(case((open_item, ChecklistItem.due_on))).label("next_due"),
               func.min(case((late, ChecklistItem.due_on))).label("oldest"))
        .where(ChecklistItem.deleted.is_(False)).group_by(ChecklistItem.checklist_id).subquery()
    )
    stmt = (
        select(Checklist.id, Person.id, func.trim(Person.first_name + " " + Person.last_name), Office.code,
               Checklist.kind, Checklist.template_name, Checklist.template_version, Checklist.started_on,
               func.coalesce(counts.c.done, 0), func.coalesce(counts.c.total, 0),
               func.coalesce(counts.c.overdue, 0), counts.c.next_due, counts.c.oldest)
        .join(Person, Person.id == Checklist.person_id)
        .outerjoin(Office, Office.id == Person.office_id)
        .outerjoin(counts, counts.c.cid == Checklist.id)
        .where(Checklist.deleted.is_(False), Checklist.completed_on.is_(None), Person.deleted.is_(False))
    )
    if filt.kind is not None:
        stmt = stmt.where(Checklist.kind == filt.kind)
    if filt.kind is ChecklistKind.ONBOARDING:  # someone who left is no longer being welcomed
        stmt = stmt.where(or_(Person.departure_date.is_(None), Person.departure_date > today))
    if filt.office_id is not None:
        stmt = stmt.where(Person.office_id == filt.office_id)
    if filt.responsible:
        label, role, who = _responsible_expr()
        stmt = stmt.where(exists(
            select(ChecklistItem.id).outerjoin(role, role.id == ChecklistItem.responsible_role_id)
            .outerjoin(who, who.id == ChecklistItem.responsible_person_id)
            .where(ChecklistItem.checklist_id == Checklist.id, ChecklistItem.deleted.is_(False),
                   ChecklistItem.done_at.is_(None), label == filt.responsible)))
    return stmt


def open_checklists(session: Session, today: date, filt: OpenFilter | None = None) -> list[OpenChecklistRow]:
    """Open checklists, most urgent first: oldest overdue item, then most overdue items, then next due date."""
    rows = [OpenChecklistRow(*r) for r in session.execute(_open_base(today, filt or OpenFilter()))]
    far = date.max
    return sorted(rows, key=lambda r: (-r.days_overdue(today), -r.overdue, r.next_due or far, r.person.casefold(),
                                       r.id))


def responsible_choices(session: Session) -> list[str]:
    """Every responsible named on an open item, for the list's filter."""
    label, role, who = _responsible_expr()
    stmt = (select(label).distinct().select_from(ChecklistItem)
            .join(Checklist, Checklist.id == ChecklistItem.checklist_id)
            .outerjoin(role, role.id == ChecklistItem.responsible_role_id)
            .outerjoin(who, who.id == ChecklistItem.responsible_person_id)
            .where(ChecklistItem.deleted.is_(False), ChecklistItem.done_at.is_(None),
                   Checklist.deleted.is_(False), Checklist.completed_on.is_(None)))
    return sorted((v for v in session.scalars(stmt) if v), key=str.casefold)


def _checklist(session: Session, checklist_id: int) -> Checklist:
    checklist = session.get(Checklist, checklist_id)
    if checklist is None or checklist.deleted:
        raise NotFoundError(f"checklist {checklist_id} does not exist", code="unknown_checklist",
                            checklist=checklist_id)
    return checklist


def _item(session: Session, item_id: int) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None or item.deleted:
        raise NotFoundError(f"item {item_id} does not exist", code="unknown_item", item=item_id)
    return item


def _items(session: Session, checklist_id: int) -> tuple[ItemRow, ...]:
    items = list(session.scalars(select(ChecklistItem).where(
        ChecklistItem.checklist_id == checklist_id, ChecklistItem.deleted.is_(False))
        .order_by(ChecklistItem.position, ChecklistItem.id)))
    role_ids = {i.responsible_role_id for i in items if i.responsible_role_id}
    person_ids = {p for i in items for p in (i.responsible_person_id, i.done_by_id) if p}
    roles, persons = role_and_person_names(session, role_ids, person_ids)
    skill_ids = {i.skill_id for i in items if i.skill_id}
    skills: dict[int, str] = {}
    if skill_ids:
        skills = {r[0]: r[1] for r in session.execute(select(Skill.id, Skill.name).where(Skill.id.in_(skill_ids)))}
    return tuple(
        ItemRow(i.id, i.position, i.title, i.description, i.due_on,
                responsible_label(roles.get(i.responsible_role_id or 0), None,
                                  persons.get(i.responsible_person_id or 0), i.responsible_text),
                skills.get(i.skill_id or 0), i.done_at, i.done_by_id, persons.get(i.done_by_id or 0), i.comment,
                i.row_version)
        for i in items
    )


def _checkins(session: Session, checklist: Checklist) -> tuple[CheckinRow, ...]:
    rows = session.scalars(select(ChecklistCheckin).where(
        ChecklistCheckin.checklist_id == checklist.id, ChecklistCheckin.deleted.is_(False))
        .order_by(ChecklistCheckin.day, ChecklistCheckin.id))
    return tuple(CheckinRow(c.id, c.day, checklist.started_on + timedelta(days=c.day), c.held_on, c.rating,
                            c.comment) for c in rows)


def get_checklist(session: Session, checklist_id: int) -> ChecklistDetail:
    c = _checklist(session, checklist_id)
    person = session.get(Person, c.person_id)
    assert person is not None
    buddy = session.get(Person, c.buddy_id) if c.buddy_id else None
    return ChecklistDetail(
        c.id, c.kind, person.id, person.full_name, person.kind, person.office.code if person.office else None,
        person.office.name if person.office else None, person.arrival_date, person.departure_date,
        c.template_name, c.template_version, c.buddy_id, buddy.full_name if buddy else None, c.started_on,
        c.completed_on, c.handover_notes, _items(session, c.id), _checkins(session, c),
    )


def checklists_of(session: Session, person_id: int) -> list[tuple[int, ChecklistKind, date]]:
    """(id, kind, started_on) of a person's checklists, newest first."""
    stmt = (select(Checklist.id, Checklist.kind, Checklist.started_on)
            .where(Checklist.person_id == person_id, Checklist.deleted.is_(False))
            .order_by(Checklist.started_on.desc(), Checklist.id.desc()))
    return [(r[0], r[1], r[2]) for r in session.execute(stmt)]


def _update_completion(session: Session, checklist_id: int) -> None:
    session.flush()
    checklist = _checklist(session, checklist_id)
    stmt = select(func.count(), func.count(ChecklistItem.done_at), func.max(ChecklistItem.done_at)).where(
        ChecklistItem.checklist_id == checklist_id, ChecklistItem.deleted.is_(False))
    total, done, last = session.execute(stmt).one()
    completed = last.date() if total and done == total and last is not None else None
    if checklist.completed_on != completed:
        checklist.completed_on = completed


def check_item(session: Session, item_id: int, done_by_id: int, when: datetime, comment: str | None = None) -> None:
    """Tick an item: who did it and when (UTC), with an optional comment."""
    if when.tzinfo is None:
        raise ValidationError("done_at", "the time must carry its time zone (UTC)", code="naive_time")
    by = session.get(Person, done_by_id)
    if by is None or by.deleted:
        raise ValidationError("done_by", "choose who did it", code="unknown_person")
    item = _item(session, item_id)
    item.done_at, item.done_by_id = when, done_by_id
    if comment is not None:
        item.comment = comment.strip()
    _update_completion(session, item.checklist_id)
    session.flush()


def uncheck_item(session: Session, item_id: int) -> None:
    item = _item(session, item_id)
    item.done_at, item.done_by_id = None, None
    _update_completion(session, item.checklist_id)
    session.flush()


def restore_item(session: Session, item_id: int, done_at: datetime | None, done_by_id: int | None, comment: str,
                 expected_version: int) -> int:
    """Put an item back as it was (undo, redo): who, when, comment; returns its new row version.

    ConflictError when the item changed since `expected_version` (someone else's edit is not overwritten).
    """
    item = _item(session, item_id)
    if item.row_version != expected_version:
        raise ConflictError("this item was changed elsewhere since", code="stale")
    item.done_at, item.done_by_id, item.comment = done_at, done_by_id if done_at else None, comment
    _update_completion(session, item.checklist_id)
    session.flush()
    return item.row_version


def set_item_comment(session: Session, item_id: int, comment: str) -> None:
    _item(session, item_id).comment = comment.strip()
    session.flush()


def set_buddy(session: Session, checklist_id: int, buddy_id: int | None, today: date) -> None:
    checklist = _checklist(session, checklist_id)
    check_buddy(session, buddy_id, checklist.person_id, today)
    checklist.buddy_id = buddy_id
    session.flush()


def set_handover_notes(session: Session, checklist_id: int, notes: str) -> None:
    _checklist(session, checklist_id).handover_notes = notes.strip()
    session.flush()


def record_checkin(session: Session, checklist_id: int, day: int, rating: int | None, comment: str,
                   held_on: date) -> int:
    """Keep the newcomer's feedback at day `day` (30, 90…): rating 1 to 5 and a comment."""
    if day <= 0:
        raise ValidationError("day", "the check-in day must be positive", code="bad_day")
    if rating is not None and not 1 <= rating <= 5:
        raise ValidationError("rating", "the rating goes from 1 to 5", code="bad_rating")
    checklist = _checklist(session, checklist_id)
    checkin = session.scalar(select(ChecklistCheckin).where(
        ChecklistCheckin.checklist_id == checklist.id, ChecklistCheckin.day == day,
        ChecklistCheckin.deleted.is_(False)).limit(1))
    if checkin is None:
        checkin = ChecklistCheckin(origin_office_uuid=organisation.local_office_uuid(session),
                                   checklist_id=checklist.id, day=day)
        session.add(checkin)
    checkin.held_on, checkin.rating, checkin.comment = held_on, rating, comment.strip()
    session.flush()
    return checkin.id
