"""Knowledge-sharing sessions: the record with its skills and hosts, its status and its outputs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import NeedStatus, SessionFormat, SessionStatus
from learnorg_desktop.models import (
    Community,
    KnowledgeSession,
    LearningNeed,
    Office,
    Person,
    SessionAttendance,
    SessionHost,
    SessionSkill,
    Skill,
    Synced,
)
from learnorg_desktop.services import needs, organisation
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from learnorg_desktop.services.links import check_web_link
from learnorg_desktop.storage.types import utcnow

TITLE_MAX, PLACE_MAX, HOST_MAX = 300, 300, 300
# A week: longer is almost always hours typed as minutes (or a date typo), not a real session.
DURATION_MAX = 7 * 24 * 60
CAPACITY_MAX = 10_000


@dataclass(frozen=True)
class SessionInput:
    """A session as the form or `create_from_need` hands it over; checked by `validate_session`.

    `duration_minutes` is the whole session; `online_minutes` is the part of it spent online
    (all of it for an online module, part of it for a blended session, none otherwise).
    """

    title: str
    format: SessionFormat
    starts_at: datetime
    duration_minutes: int = 60
    online_minutes: int = 0
    skill_ids: tuple[int, ...] = ()
    host_ids: tuple[int, ...] = ()
    external_host: str = ""
    place: str = ""
    online_link: str = ""
    capacity: int | None = None
    description: str = ""
    office_id: int | None = None
    community_id: int | None = None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class SessionRecord:
    """A session as stored: its editable fields plus status, outputs and version (for the edit form)."""

    id: int
    uuid: str
    row_version: int
    status: SessionStatus
    data: SessionInput
    notes: str
    lessons_learned: str


def duration_between(starts_at: datetime, ends_at: datetime, field: str = "ends_at") -> int:
    """Whole minutes from start to end, for forms that ask for an end time; a non-positive span is refused."""
    minutes = int((ends_at - starts_at).total_seconds() // 60)
    if minutes <= 0:
        raise ValidationError(field, "the session ends before it starts", code="ends_before_start")
    return minutes


def _text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    clean = " ".join(value.split())
    if required and not clean:
        raise ValidationError(field, f"the {field} is required", code="required")
    if len(clean) > limit:
        raise ValidationError(field, f"the {field} is longer than {limit} characters", code="too_long", limit=limit)
    return clean


def _minutes(value: int, field: str, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"'{value}' is not a number of minutes", code="not_a_number", value=value)
    if value < minimum:
        code = "non_positive_duration" if minimum > 0 else "negative_duration"
        raise ValidationError(field, "the duration must be positive", code=code, value=value)
    if value > DURATION_MAX:
        raise ValidationError(field, f"the duration exceeds {DURATION_MAX} minutes", code="too_long_duration",
                              value=value, limit=DURATION_MAX)
    return value


def _online_minutes(fmt: SessionFormat, duration: int, online: int) -> int:
    """An online module is online throughout; a blended session has both parts; other formats meet in person."""
    online = _minutes(online, "online_minutes", minimum=0)
    if fmt is SessionFormat.ONLINE_MODULE:
        return duration
    if fmt is SessionFormat.BLENDED:
        if not 0 < online < duration:
            raise ValidationError("online_minutes", "a blended session has an in-person part and an online part",
                                  code="blended_needs_both_parts", value=online, duration=duration)
        return online
    if online:
        raise ValidationError("online_minutes", "only blended sessions and online modules have an online part",
                              code="online_part_not_allowed", value=online)
    return 0


def _aware(value: datetime) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError("starts_at", "the start date and time are required", code="required")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError("starts_at", "the start time has no time zone", code="naive_datetime")
    return value.astimezone(UTC)


def _capacity(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= CAPACITY_MAX:
        raise ValidationError("capacity", f"'{value}' is not a number of seats", code="bad_capacity", value=value)
    return value


def validate_session(data: SessionInput) -> SessionInput:
    """Clean and check a session's own fields; raises ValidationError naming the first bad field."""
    title = _text(data.title, "title", TITLE_MAX, required=True)
    try:
        fmt = SessionFormat(data.format)
    except ValueError:
        raise ValidationError("format", f"'{data.format}' is not a session format", code="bad_format") from None
    starts_at = _aware(data.starts_at)
    duration = _minutes(data.duration_minutes, "duration_minutes", minimum=1)
    return replace(
        data, title=title, format=fmt, starts_at=starts_at, duration_minutes=duration,
        online_minutes=_online_minutes(fmt, duration, data.online_minutes),
        skill_ids=tuple(dict.fromkeys(data.skill_ids)), host_ids=tuple(dict.fromkeys(data.host_ids)),
        external_host=_text(data.external_host, "external_host", HOST_MAX),
        place=_text(data.place, "place", PLACE_MAX), online_link=check_web_link(data.online_link),
        capacity=_capacity(data.capacity), description=data.description.strip(),
    )


def _check_ids(session: Session, model: type[Synced], ids: Iterable[int], field: str, name: str) -> None:
    wanted = set(ids)
    if not wanted:
        return
    found = set(session.scalars(select(model.id).where(model.id.in_(wanted), model.deleted.is_(False))))
    for missing in sorted(wanted - found):
        raise ValidationError(field, f"{name} {missing} does not exist", code=f"unknown_{name}", value=missing)


def _check_refs(session: Session, data: SessionInput) -> None:
    _check_ids(session, Skill, data.skill_ids, "skill_ids", "skill")
    _check_ids(session, Person, data.host_ids, "host_ids", "person")
    _check_ids(session, Office, [data.office_id] if data.office_id is not None else [], "office_id", "office")
    communities = [data.community_id] if data.community_id is not None else []
    _check_ids(session, Community, communities, "community_id", "community")


def load_session(session: Session, session_id: int) -> KnowledgeSession:
    """The live session record; NotFoundError otherwise."""
    record = session.get(KnowledgeSession, session_id)
    if record is None or record.deleted:
        raise NotFoundError(f"session {session_id} does not exist", code="unknown_session", session=session_id)
    return record


def require_held(session: Session, session_id: int) -> KnowledgeSession:
    """The session, refused unless held: feedback and re-assessment come after it."""
    record = load_session(session, session_id)
    if record.status is not SessionStatus.HELD:
        raise ValidationError("status", "the session has not been held", code="session_not_held")
    return record


def participant_ids(session: Session, session_id: int) -> set[int]:
    """Everyone invited to or present at the session (hosts are not participants)."""
    return set(session.scalars(select(SessionAttendance.person_id).where(
        SessionAttendance.session_id == session_id, SessionAttendance.deleted.is_(False))))


def host_ids(session: Session, session_id: int) -> set[int]:
    return set(session.scalars(select(SessionHost.person_id).where(
        SessionHost.session_id == session_id, SessionHost.deleted.is_(False))))


def skill_ids(session: Session, session_id: int) -> set[int]:
    return set(session.scalars(select(SessionSkill.skill_id).where(
        SessionSkill.session_id == session_id, SessionSkill.deleted.is_(False))))


def check_capacity(capacity: int | None, participants: int) -> None:
    """Refuse when the participants would not fit in the seats."""
    if capacity is not None and participants > capacity:
        raise ValidationError("capacity", f"{participants} participants exceed the {capacity} seats",
                              code="capacity_exceeded", capacity=capacity, participants=participants)


def _apply(record: KnowledgeSession, data: SessionInput) -> None:
    record.title, record.format, record.starts_at = data.title, data.format, data.starts_at
    record.duration_minutes, record.online_minutes = data.duration_minutes, data.online_minutes
    record.place, record.online_link, record.capacity = data.place, data.online_link, data.capacity
    record.external_host, record.description = data.external_host, data.description
    record.office_id, record.community_id = data.office_id, data.community_id


def _replace_links(session: Session, session_id: int, data: SessionInput, origin: str | None) -> None:
    """Tombstone the skills and hosts no longer listed and add the new ones."""
    _sync(session, SessionSkill, "skill_id", session_id, data.skill_ids, origin)
    _sync(session, SessionHost, "person_id", session_id, data.host_ids, origin)


def _sync(session: Session, model: type[SessionSkill] | type[SessionHost], column: str, session_id: int,
          wanted: tuple[int, ...], origin: str | None) -> None:
    kept: set[int] = set()
    rows: list[SessionSkill | SessionHost] = list(
        session.scalars(select(model).where(model.session_id == session_id, model.deleted.is_(False))))
    for row in rows:
        ref: int = getattr(row, column)
        if ref in wanted:
            kept.add(ref)
        else:
            row.deleted = True
    for ref in wanted:
        if ref not in kept:
            session.add(model(session_id=session_id, origin_office_uuid=origin, **{column: ref}))


def create_session(session: Session, data: SessionInput) -> int:
    """Record a planned session with its skills and hosts; a bad field writes nothing."""
    clean = validate_session(data)
    _check_refs(session, clean)
    origin = organisation.local_office_uuid(session)
    record = KnowledgeSession(origin_office_uuid=origin, status=SessionStatus.PLANNED, title=clean.title,
                              format=clean.format, starts_at=clean.starts_at)
    _apply(record, clean)
    session.add(record)
    session.flush()
    _replace_links(session, record.id, clean, origin)
    session.flush()
    return record.id


def update_session(session: Session, session_id: int, data: SessionInput, now: datetime,
                   expected_version: int | None = None) -> None:
    """Save edits; the status changes only through `set_status`."""
    record = load_session(session, session_id)
    if expected_version is not None and record.row_version != expected_version:
        raise ConflictError("this session was changed elsewhere since you opened it", code="stale")
    clean = validate_session(data)
    _check_refs(session, clean)
    if record.status is SessionStatus.HELD and clean.starts_at > now:
        raise ValidationError("starts_at", "a session already held cannot start in the future", code="held_in_future")
    participants = participant_ids(session, session_id)
    check_capacity(clean.capacity, len(participants))
    if both := participants & set(clean.host_ids):
        raise ValidationError("host_ids", "a participant cannot also host the session", code="host_is_participant",
                              people=sorted(both))
    _apply(record, clean)
    # Hosts and skills live in rows of their own: touching the session row moves its version even when only they
    # changed, so of two people editing the hosts at once the second is told instead of silently replacing them.
    record.updated_at = utcnow()
    _replace_links(session, session_id, clean, organisation.local_office_uuid(session))
    session.flush()


def set_status(session: Session, session_id: int, status: SessionStatus, now: datetime) -> None:
    """Mark a session planned, held (only once it has started) or cancelled.

    Cancelling gives the needs it had planned back to "open", so they show up for the next session.
    """
    record = load_session(session, session_id)
    target = SessionStatus(status)
    if target is SessionStatus.HELD and record.starts_at > now:
        raise ValidationError("status", "a session cannot be held before it starts", code="held_before_start")
    if target is SessionStatus.CANCELLED and record.status is not SessionStatus.CANCELLED:
        release_planned_needs(session, session_id, None, now.date())
    record.status = target
    session.flush()


def save_outputs(session: Session, session_id: int, *, notes: str, lessons_learned: str) -> None:
    """The session's notes and lessons learned (its produced resources are linked in `resources`)."""
    record = load_session(session, session_id)
    record.notes, record.lessons_learned = notes.strip(), lessons_learned.strip()
    session.flush()


def delete_session(session: Session, session_id: int, now: datetime) -> None:
    """Tombstone the session; the needs it had planned go back to open."""
    record = load_session(session, session_id)
    release_planned_needs(session, session_id, None, now.date())
    record.deleted = True
    session.flush()


def release_planned_needs(session: Session, session_id: int, person_ids: set[int] | None, today: date) -> None:
    """Needs this session planned (for these people, or everyone) go back to open."""
    stmt = (
        select(LearningNeed.id)
        .join(SessionAttendance, SessionAttendance.need_id == LearningNeed.id)
        .where(SessionAttendance.session_id == session_id, SessionAttendance.deleted.is_(False),
               LearningNeed.status == NeedStatus.PLANNED, LearningNeed.deleted.is_(False))
    )
    if person_ids is not None:
        stmt = stmt.where(SessionAttendance.person_id.in_(person_ids))
    for need_id in session.scalars(stmt):
        needs.change_status(session, need_id, NeedStatus.OPEN, today)


def get_record(session: Session, session_id: int) -> SessionRecord:
    """The stored session with its skills and hosts, to fill the edit form."""
    record = load_session(session, session_id)
    skills_q = select(SessionSkill.skill_id).where(SessionSkill.session_id == session_id,
                                                   SessionSkill.deleted.is_(False)).order_by(SessionSkill.id)
    hosts_q = select(SessionHost.person_id).where(SessionHost.session_id == session_id,
                                                  SessionHost.deleted.is_(False)).order_by(SessionHost.id)
    data = SessionInput(
        title=record.title, format=record.format, starts_at=record.starts_at,
        duration_minutes=record.duration_minutes, online_minutes=record.online_minutes,
        skill_ids=tuple(session.scalars(skills_q)), host_ids=tuple(session.scalars(hosts_q)),
        external_host=record.external_host, place=record.place, online_link=record.online_link,
        capacity=record.capacity, description=record.description, office_id=record.office_id,
        community_id=record.community_id,
    )
    return SessionRecord(record.id, record.uuid, record.row_version, record.status, data, record.notes,
                         record.lessons_learned)

