"""One session from one learning need: hosts from the talent map, invitees with the same need, needs planned."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from learnorg_desktop.enums import NeedStatus, SessionFormat
from learnorg_desktop.services import needs, talent
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.session_attendance import invite
from learnorg_desktop.services.sessions import SessionInput, check_capacity, create_session, validate_session


@dataclass(frozen=True)
class Invitee:
    """A person to invite and the open need they would come for."""

    person_id: int
    need_id: int


@dataclass(frozen=True)
class NeedDraft:
    """A pre-filled session for a need, for the coordinator to adjust before `create_from_draft`.

    `data.host_ids` holds the suggested hosts kept (the best `max_hosts`); `suggested_hosts` all of them.
    """

    need_id: int
    data: SessionInput
    invitees: tuple[Invitee, ...]
    need_ids: tuple[int, ...]
    suggested_hosts: tuple[talent.Teacher, ...]


def _match(session: Session, need_id: int, today: date) -> talent.NeedMatch:
    need = needs.get_need(session, need_id)
    if need.status is not NeedStatus.OPEN:
        raise ValidationError("need_id", f"need {need_id} is not open", code="need_not_open",
                              need=need_id, status=need.status.value)
    for match in talent.match_needs(session, today, need_id=need_id):  # this need only: 0.1 s, not all of them
        return match
    raise AssertionError(f"open need {need_id} was not matched")  # match_needs covers every open need


def draft_from_need(session: Session, need_id: int, starts_at: datetime, today: date, *,
                    format: SessionFormat = SessionFormat.WORKSHOP, duration_minutes: int = 60,
                    max_hosts: int = 1) -> NeedDraft:
    """The session `create_from_need` would create, without writing anything."""
    match = _match(session, need_id, today)
    hosts = match.hosts[:max(0, max_hosts)]
    host_set = {h.person_id for h in hosts}
    invitees: dict[int, int] = {}
    if match.need.person_id is not None:
        invitees[match.need.person_id] = match.need.id
    for peer in match.peers:
        if peer.person_id is not None:
            invitees.setdefault(peer.person_id, peer.need_id)
    data = SessionInput(
        title=match.need.subject, format=format, starts_at=starts_at, duration_minutes=duration_minutes,
        skill_ids=(match.need.skill_id,) if match.need.skill_id is not None else (),
        host_ids=tuple(h.person_id for h in hosts), office_id=match.need.office_id,
    )
    return NeedDraft(
        need_id=need_id, data=data,
        invitees=tuple(Invitee(p, n) for p, n in invitees.items() if p not in host_set),
        need_ids=(match.need.id, *(p.need_id for p in match.peers)), suggested_hosts=match.hosts,
    )


def create_from_draft(session: Session, draft: NeedDraft, today: date) -> int:
    """Create the (possibly edited) draft: the session, its invitations, and its needs moved to "planned".

    Everything is checked before anything is written; the caller's transaction makes it one unit.
    """
    clean = validate_session(draft.data)
    hosts = set(clean.host_ids)
    invitees = [i for i in draft.invitees if i.person_id not in hosts]
    check_capacity(clean.capacity, len(invitees))
    # A need of someone now hosting stays open: hosting is not learning.
    pending = [n for n in (needs.get_need(session, i) for i in draft.need_ids) if n.person_id not in hosts]
    for need in pending:
        if need.status is not NeedStatus.OPEN:
            raise ValidationError("need_ids", f"need {need.id} is no longer open", code="need_not_open",
                                  need=need.id, status=need.status.value)
    session_id = create_session(session, clean)
    invite(session, session_id, [i.person_id for i in invitees],
           need_ids={i.person_id: i.need_id for i in invitees})
    for need in pending:
        needs.change_status(session, need.id, NeedStatus.PLANNED, today)
    return session_id


def create_from_need(session: Session, need_id: int, starts_at: datetime, today: date, *,
                     format: SessionFormat = SessionFormat.WORKSHOP, duration_minutes: int = 60,
                     max_hosts: int = 1, title: str | None = None) -> int:
    """A planned session for this open need with the suggested host(s), its skill and co-learners invited."""
    draft = draft_from_need(session, need_id, starts_at, today, format=format,
                            duration_minutes=duration_minutes, max_hosts=max_hosts)
    if title is not None:
        draft = replace(draft, data=replace(draft.data, title=title))
    return create_from_draft(session, draft, today)
