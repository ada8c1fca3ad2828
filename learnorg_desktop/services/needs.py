"""Learning needs of a person or, collectively, of a team or office: recording, lifecycle and listing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.enums import NeedOrigin, NeedStatus
from learnorg_desktop.models import LearningNeed, Office, Person, Skill, Synced
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from learnorg_desktop.services.holdings import need_office, person_name
from learnorg_desktop.services.skills import check_level

PRIORITY_HIGH, PRIORITY_NORMAL, PRIORITY_LOW = 1, 2, 3
TOPIC_MAX, TEAM_MAX = 300, 200

CLOSED_STATUSES = frozenset({NeedStatus.MET, NeedStatus.DROPPED})
# The lifecycle: forward through planning, back to open when a plan falls through, and a closed need
# can be reopened (the person still needs it) but not turned from met into dropped or the reverse.
TRANSITIONS: dict[NeedStatus, frozenset[NeedStatus]] = {
    NeedStatus.OPEN: frozenset({NeedStatus.PLANNED, NeedStatus.IN_PROGRESS, NeedStatus.MET, NeedStatus.DROPPED}),
    NeedStatus.PLANNED: frozenset({NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.MET, NeedStatus.DROPPED}),
    NeedStatus.IN_PROGRESS: frozenset({NeedStatus.PLANNED, NeedStatus.MET, NeedStatus.DROPPED}),
    NeedStatus.MET: frozenset({NeedStatus.OPEN}),
    NeedStatus.DROPPED: frozenset({NeedStatus.OPEN}),
}


class TransitionError(ValidationError):
    """The need cannot go from its status to the requested one; `params` hold both."""

    code = "bad_transition"


@dataclass(frozen=True)
class NeedInput:
    """A need as the form, the role comparison or an import hands it over; checked by `validate_need`."""

    origin: NeedOrigin
    person_id: int | None = None
    office_id: int | None = None
    team: str = ""
    skill_id: int | None = None
    topic: str = ""
    priority: int = PRIORITY_NORMAL
    target_date: date | None = None
    target_level: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class NeedRow:
    """One line of the needs list, with the names the list shows."""

    id: int
    uuid: str
    row_version: int
    person_id: int | None
    person: str | None
    office_id: int | None
    office_code: str | None
    team: str
    skill_id: int | None
    skill: str | None
    topic: str
    origin: NeedOrigin
    priority: int
    status: NeedStatus
    target_date: date | None
    target_level: int | None
    opened_on: date
    closed_on: date | None
    notes: str

    @property
    def collective(self) -> bool:
        return self.person_id is None

    @property
    def subject(self) -> str:
        """The skill's name, else the free topic."""
        return self.skill or self.topic


@dataclass(frozen=True)
class NeedFilter:
    """Which needs the list shows; empty sets mean "any"."""

    office_id: int | None = None
    person_id: int | None = None
    statuses: frozenset[NeedStatus] = field(default_factory=frozenset)
    skill_id: int | None = None
    origins: frozenset[NeedOrigin] = field(default_factory=frozenset)
    collective: bool | None = None


def validate_need(data: NeedInput) -> NeedInput:
    """Clean and check a need's fields; raises ValidationError naming the first bad field."""
    try:
        origin = NeedOrigin(data.origin)
    except ValueError:
        raise ValidationError("origin", f"'{data.origin}' is not an origin of need", code="bad_origin") from None
    team, topic = " ".join(data.team.split()), " ".join(data.topic.split())
    if data.person_id is None and data.office_id is None and not team:
        raise ValidationError("person_id", "a need belongs to a person, a team or an office", code="no_owner")
    if data.skill_id is None and not topic:
        raise ValidationError("skill_id", "a need is about a skill or a topic", code="no_subject")
    if len(topic) > TOPIC_MAX:
        raise ValidationError("topic", f"the topic is longer than {TOPIC_MAX} characters", code="too_long")
    if len(team) > TEAM_MAX:
        raise ValidationError("team", f"the team is longer than {TEAM_MAX} characters", code="too_long")
    if isinstance(data.priority, bool) or data.priority not in (PRIORITY_HIGH, PRIORITY_NORMAL, PRIORITY_LOW):
        raise ValidationError("priority", f"'{data.priority}' is not a priority (1, 2 or 3)", code="bad_priority")
    check_level(data.target_level, "target_level")
    return NeedInput(origin=origin, person_id=data.person_id, office_id=data.office_id, team=team,
                     skill_id=data.skill_id, topic=topic, priority=data.priority, target_date=data.target_date,
                     target_level=data.target_level, notes=data.notes.strip())


def _check_refs(session: Session, data: NeedInput) -> None:
    checks: tuple[tuple[type[Synced], int | None, str], ...] = (
        (Person, data.person_id, "person"), (Office, data.office_id, "office"), (Skill, data.skill_id, "skill"),
    )
    for model, ref, name in checks:
        if ref is None:
            continue
        record = session.get(model, ref)
        if record is None or record.deleted:
            raise NotFoundError(f"{name} {ref} does not exist", code=f"unknown_{name}", **{name: ref})


def _apply(need: LearningNeed, data: NeedInput) -> None:
    need.person_id, need.office_id, need.team = data.person_id, data.office_id, data.team
    need.skill_id, need.topic, need.origin = data.skill_id, data.topic, data.origin
    need.priority, need.target_date, need.target_level = data.priority, data.target_date, data.target_level
    need.notes = data.notes


def create_needs(session: Session, rows: list[NeedInput], today: date) -> list[int]:
    """Record several open needs; all are checked first, so a bad one writes nothing."""
    clean: list[NeedInput] = []
    for index, data in enumerate(rows):
        try:
            checked = validate_need(data)
            _check_refs(session, checked)
        except ValidationError as error:
            if len(rows) > 1:
                error.field = f"rows[{index}].{error.field}"
            raise
        clean.append(checked)
    origin = organisation.local_office_uuid(session)
    records = []
    for data in clean:
        need = LearningNeed(origin_office_uuid=origin, opened_on=today, status=NeedStatus.OPEN, origin=data.origin)
        _apply(need, data)
        records.append(need)
    session.add_all(records)
    session.flush()
    return [n.id for n in records]


def create_need(session: Session, data: NeedInput, today: date) -> int:
    """Record one open need, opened today."""
    return create_needs(session, [data], today)[0]


def _load(session: Session, need_id: int) -> LearningNeed:
    need = session.get(LearningNeed, need_id)
    if need is None or need.deleted:
        raise NotFoundError(f"need {need_id} does not exist", code="unknown_need", need=need_id)
    return need


def update_need(session: Session, need_id: int, data: NeedInput, expected_version: int | None = None) -> None:
    """Save edits (the status changes only through `change_status`)."""
    need = _load(session, need_id)
    if expected_version is not None and need.row_version != expected_version:
        raise ConflictError("this need was changed elsewhere since you opened it", code="stale")
    clean = validate_need(data)
    _check_refs(session, clean)
    _apply(need, clean)
    session.flush()


def allowed_transitions(status: NeedStatus) -> frozenset[NeedStatus]:
    return TRANSITIONS[NeedStatus(status)]


def change_status(session: Session, need_id: int, status: NeedStatus, today: date) -> None:
    """Move a need along its lifecycle; met and dropped close it, reopening clears the closing date."""
    need = _load(session, need_id)
    target = NeedStatus(status)
    if target not in TRANSITIONS[need.status]:
        raise TransitionError("status", f"a need cannot go from '{need.status}' to '{target}'",
                              current=need.status.value, requested=target.value)
    need.status = target
    need.closed_on = today if target in CLOSED_STATUSES else None
    session.flush()


def delete_need(session: Session, need_id: int) -> None:
    _load(session, need_id).deleted = True
    session.flush()


def _select() -> Select[*tuple[Any, ...]]:
    owner_office = aliased(Office)
    office_id = need_office()
    return (
        select(
            LearningNeed.id, LearningNeed.uuid, LearningNeed.row_version, LearningNeed.person_id,
            person_name(), office_id, owner_office.code, LearningNeed.team, LearningNeed.skill_id, Skill.name,
            LearningNeed.topic, LearningNeed.origin, LearningNeed.priority, LearningNeed.status,
            LearningNeed.target_date, LearningNeed.target_level, LearningNeed.opened_on,
            LearningNeed.closed_on, LearningNeed.notes,
        )
        .outerjoin(Person, Person.id == LearningNeed.person_id)
        .outerjoin(owner_office, owner_office.id == office_id)
        .outerjoin(Skill, Skill.id == LearningNeed.skill_id)
        .where(LearningNeed.deleted.is_(False))
    )


def _filtered(stmt: Select[*tuple[Any, ...]], flt: NeedFilter) -> Select[*tuple[Any, ...]]:
    if flt.office_id is not None:
        stmt = stmt.where(need_office() == flt.office_id)
    if flt.person_id is not None:
        stmt = stmt.where(LearningNeed.person_id == flt.person_id)
    if flt.statuses:
        stmt = stmt.where(LearningNeed.status.in_(sorted(flt.statuses)))
    if flt.skill_id is not None:
        stmt = stmt.where(LearningNeed.skill_id == flt.skill_id)
    if flt.origins:
        stmt = stmt.where(LearningNeed.origin.in_(sorted(flt.origins)))
    if flt.collective is True:
        stmt = stmt.where(LearningNeed.person_id.is_(None))
    elif flt.collective is False:
        stmt = stmt.where(LearningNeed.person_id.is_not(None))
    return stmt


def list_needs(session: Session, flt: NeedFilter | None = None) -> list[NeedRow]:
    """Matching needs, most urgent first: priority, then target date (undated last), then oldest."""
    stmt = _filtered(_select(), flt or NeedFilter()).order_by(
        LearningNeed.priority, LearningNeed.target_date.is_(None), LearningNeed.target_date,
        LearningNeed.opened_on, LearningNeed.id,
    )
    return [NeedRow(*row) for row in session.execute(stmt)]


def get_need(session: Session, need_id: int) -> NeedRow:
    row = session.execute(_select().where(LearningNeed.id == need_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"need {need_id} does not exist", code="unknown_need", need=need_id)
    return NeedRow(*row)
