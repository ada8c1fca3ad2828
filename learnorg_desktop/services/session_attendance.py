"""Invitations (by hand, by office, by need) and attendance of knowledge-sharing sessions."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.enums import NeedStatus, SessionStatus
from learnorg_desktop.models import KnowledgeSession, LearningNeed, Office, Person, SessionAttendance
from learnorg_desktop.services import needs, organisation
from learnorg_desktop.services.errors import ConflictError, ValidationError
from learnorg_desktop.services.holdings import active_person_clause, person_name
from learnorg_desktop.services.progress import NO_PROGRESS, Progress
from learnorg_desktop.services.sessions import (
    check_capacity,
    host_ids,
    load_session,
    participant_ids,
    release_planned_needs,
    skill_ids,
)

INVITE_CHUNK = 1_000  # invitations written between two progress reports (each a Cancel check)


@dataclass(frozen=True)
class InviteResult:
    """Who was added, and who was already on the list (left as they were)."""

    added: tuple[int, ...]
    already: tuple[int, ...]


@dataclass(frozen=True)
class AttendanceRow:
    """One participant: invited or not (walk-in), present or not, and the need they came for."""

    person_id: int
    person: str
    office_code: str | None
    invited: bool
    attended: bool
    need_id: int | None
    need_status: NeedStatus | None


@dataclass(frozen=True)
class AttendanceSummary:
    """The counts after recording attendance."""

    invited: int
    attended: int
    walk_ins: int


def _check_people(session: Session, person_ids: Collection[int], field: str = "person_ids") -> None:
    found = set(session.scalars(select(Person.id).where(Person.id.in_(set(person_ids)), Person.deleted.is_(False))))
    for missing in sorted(set(person_ids) - found):
        raise ValidationError(field, f"person {missing} does not exist", code="unknown_person", value=missing)


def _check_not_hosts(session: Session, session_id: int, person_ids: Collection[int]) -> None:
    if clash := host_ids(session, session_id) & set(person_ids):
        raise ValidationError("person_ids", "a host cannot also be a participant", code="host_is_participant",
                              people=sorted(clash))


def _open_for_invitations(record: KnowledgeSession) -> None:
    if record.status is SessionStatus.CANCELLED:
        raise ValidationError("status", "the session is cancelled", code="session_cancelled")


def invite(session: Session, session_id: int, person_ids: Collection[int], *,
           need_ids: Mapping[int, int] | None = None, progress: Progress = NO_PROGRESS) -> InviteResult:
    """Invite people by hand; `need_ids` ties a person's invitation to the need it answers.

    People already on the list are left as they are. Refused (nothing written) when the seats run out.
    `progress` hears of every INVITE_CHUNK people written; Cancel stops there (the caller's transaction
    rolls back, so nobody is invited).
    """
    record = load_session(session, session_id)
    _open_for_invitations(record)
    wanted = list(dict.fromkeys(person_ids))
    _check_people(session, wanted)
    _check_not_hosts(session, session_id, wanted)
    present = participant_ids(session, session_id)
    added = [p for p in wanted if p not in present]
    check_capacity(record.capacity, len(present) + len(added))
    origin = organisation.local_office_uuid(session)
    links = need_ids or {}
    for start in range(0, len(added), INVITE_CHUNK):  # a whole office is thousands of rows: seconds
        progress.report(start, len(added), "")
        session.add_all(SessionAttendance(session_id=session_id, person_id=p, invited=True, attended=False,
                                          need_id=links.get(p), origin_office_uuid=origin)
                        for p in added[start:start + INVITE_CHUNK])
        session.flush()
    progress.report(len(added), len(added), "")
    return InviteResult(tuple(added), tuple(p for p in wanted if p in present))


def invite_office(session: Session, session_id: int, office_id: int, today: date, *,
                  progress: Progress = NO_PROGRESS) -> InviteResult:
    """Invite every active person of an office (the hosts excepted)."""
    hosts = host_ids(session, session_id)
    people = session.scalars(
        select(Person.id).where(Person.office_id == office_id, active_person_clause(today))
        .order_by(Person.sort_name, Person.id))
    return invite(session, session_id, [p for p in people if p not in hosts], progress=progress)


def need_candidates(session: Session, session_id: int) -> list[needs.NeedRow]:
    """Open needs of people on the session's skills, for people not yet on the list nor hosting."""
    load_session(session, session_id)
    skills = skill_ids(session, session_id)
    if not skills:
        return []
    taken = participant_ids(session, session_id) | host_ids(session, session_id)
    rows = needs.list_needs(session, needs.NeedFilter(statuses=frozenset({NeedStatus.OPEN}), collective=False))
    return [n for n in rows if n.skill_id in skills and n.person_id not in taken]


def invite_for_needs(session: Session, session_id: int, need_ids: Collection[int], today: date) -> InviteResult:
    """Invite the people behind these personal needs and mark the open ones "planned"."""
    chosen = [needs.get_need(session, n) for n in dict.fromkeys(need_ids)]
    for need in chosen:
        if need.person_id is None:
            raise ValidationError("need_ids", f"need {need.id} is collective: invite its people by office",
                                  code="collective_need", need=need.id)
    by_person: dict[int, int] = {}
    for need in chosen:
        by_person.setdefault(need.person_id or 0, need.id)
    result = invite(session, session_id, list(by_person), need_ids=by_person)
    _link_needs(session, session_id, {p: n for p, n in by_person.items() if p in result.already})
    for need in chosen:
        if need.status is NeedStatus.OPEN:
            needs.change_status(session, need.id, NeedStatus.PLANNED, today)
    return result


def _link_needs(session: Session, session_id: int, by_person: Mapping[int, int]) -> None:
    """Tie an existing invitation without a need to the need it now answers."""
    if not by_person:
        return
    rows = session.scalars(select(SessionAttendance).where(
        SessionAttendance.session_id == session_id, SessionAttendance.deleted.is_(False),
        SessionAttendance.person_id.in_(list(by_person)), SessionAttendance.need_id.is_(None)))
    for row in rows:
        row.need_id = by_person[row.person_id]
    session.flush()


def remove(session: Session, session_id: int, person_ids: Collection[int], today: date) -> None:
    """Take people off the list; the needs the session planned for them go back to open."""
    load_session(session, session_id)
    wanted = set(person_ids)
    release_planned_needs(session, session_id, wanted, today)
    rows = session.scalars(select(SessionAttendance).where(
        SessionAttendance.session_id == session_id, SessionAttendance.deleted.is_(False),
        SessionAttendance.person_id.in_(wanted)))
    for row in rows:
        row.deleted = True
    session.flush()


def set_attendance(session: Session, session_id: int, attended_ids: Collection[int],
                   now: datetime, expected: Collection[int] | None = None) -> AttendanceSummary:
    """Record who came, in one go: these people were present, everyone else on the list was not.

    People present without an invitation are added as walk-ins (within the seats). Refused for a
    cancelled session or one that has not started yet. With `expected` (an undo), ConflictError when
    the people present are no longer those: someone else's change is not overwritten.
    """
    record = load_session(session, session_id)
    _open_for_invitations(record)
    if record.starts_at > now:
        raise ValidationError("attended", "attendance is recorded once the session has started",
                              code="session_not_started")
    present = set(attended_ids)
    _check_people(session, present, "attended")
    _check_not_hosts(session, session_id, present)
    rows = list(session.scalars(select(SessionAttendance).where(
        SessionAttendance.session_id == session_id, SessionAttendance.deleted.is_(False))))
    if expected is not None and {r.person_id for r in rows if r.attended} != set(expected):
        raise ConflictError("the attendance was changed elsewhere since", code="stale")
    listed = {r.person_id for r in rows}
    walk_ins = sorted(present - listed)
    check_capacity(record.capacity, len(listed) + len(walk_ins))
    for row in rows:
        row.attended = row.person_id in present
    origin = organisation.local_office_uuid(session)
    session.add_all(SessionAttendance(session_id=session_id, person_id=p, invited=False, attended=True,
                                      origin_office_uuid=origin) for p in walk_ins)
    session.flush()
    return AttendanceSummary(invited=sum(r.invited for r in rows), attended=len(present), walk_ins=len(walk_ins))


def list_attendance(session: Session, session_id: int) -> list[AttendanceRow]:
    """Everyone on the session's list, by name."""
    load_session(session, session_id)
    office = aliased(Office)
    stmt = (
        select(Person.id, person_name(), office.code, SessionAttendance.invited, SessionAttendance.attended,
               SessionAttendance.need_id, LearningNeed.status)
        .select_from(SessionAttendance)
        .join(Person, Person.id == SessionAttendance.person_id)
        .outerjoin(office, office.id == Person.office_id)
        .outerjoin(LearningNeed, LearningNeed.id == SessionAttendance.need_id)
        .where(SessionAttendance.session_id == session_id, SessionAttendance.deleted.is_(False))
        .order_by(Person.sort_name, Person.id)
    )
    return [AttendanceRow(*row) for row in session.execute(stmt)]


def attendee_ids(session: Session, session_id: int) -> set[int]:
    """The people marked present."""
    return set(session.scalars(select(SessionAttendance.person_id).where(
        SessionAttendance.session_id == session_id, SessionAttendance.deleted.is_(False),
        SessionAttendance.attended.is_(True))))
