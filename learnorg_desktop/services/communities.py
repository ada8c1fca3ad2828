"""Communities of practice: recurring groups on a topic, their members and their series of sessions."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.models import Community, CommunityMember, KnowledgeSession, Office, Person
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.holdings import active_person_clause, person_name
from learnorg_desktop.services.session_attendance import InviteResult, invite
from learnorg_desktop.services.session_calendar import SessionQuery, SessionRow, list_sessions
from learnorg_desktop.services.sessions import host_ids
from learnorg_desktop.services.text import fold

NAME_MAX = 200


@dataclass(frozen=True)
class CommunityInput:
    """A community as the form hands it over."""

    name: str
    topic: str = ""
    office_id: int | None = None


@dataclass(frozen=True)
class CommunityRow:
    """One line of the communities list, with its size and activity."""

    id: int
    uuid: str
    name: str
    topic: str
    office_id: int | None
    office_code: str | None
    members: int
    sessions: int


@dataclass(frozen=True)
class MemberRow:
    """A member of a community."""

    person_id: int
    person: str
    office_code: str | None
    since: date


def _validate(session: Session, data: CommunityInput, community_id: int | None) -> CommunityInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("name", "the name is required", code="required")
    if len(name) > NAME_MAX:
        raise ValidationError("name", f"the name is longer than {NAME_MAX} characters", code="too_long")
    others = session.scalars(select(Community.name).where(Community.deleted.is_(False),
                                                          Community.id != (community_id or 0)))
    if any(fold(other) == fold(name) for other in others):
        raise ValidationError("name", f"a community named '{name}' already exists", code="duplicate_community")
    if data.office_id is not None:
        office = session.get(Office, data.office_id)
        if office is None or office.deleted:
            raise ValidationError("office_id", f"office {data.office_id} does not exist", code="unknown_office")
    return CommunityInput(name=name, topic=data.topic.strip(), office_id=data.office_id)


def _load(session: Session, community_id: int) -> Community:
    community = session.get(Community, community_id)
    if community is None or community.deleted:
        raise NotFoundError(f"community {community_id} does not exist", code="unknown_community",
                            community=community_id)
    return community


def create_community(session: Session, data: CommunityInput) -> int:
    clean = _validate(session, data, None)
    community = Community(name=clean.name, topic=clean.topic, office_id=clean.office_id,
                          origin_office_uuid=organisation.local_office_uuid(session))
    session.add(community)
    session.flush()
    return community.id


def update_community(session: Session, community_id: int, data: CommunityInput) -> None:
    community = _load(session, community_id)
    clean = _validate(session, data, community_id)
    community.name, community.topic, community.office_id = clean.name, clean.topic, clean.office_id
    session.flush()


def delete_community(session: Session, community_id: int) -> None:
    """Tombstone the community; its past sessions stay in the calendar."""
    _load(session, community_id).deleted = True
    session.flush()


def list_communities(session: Session, *, office_id: int | None = None) -> list[CommunityRow]:
    """Communities by name, with member and session counts (organisation-wide ones for any office)."""
    members = (select(CommunityMember.community_id, func.count().label("n"))
               .where(CommunityMember.deleted.is_(False)).group_by(CommunityMember.community_id).subquery())
    sessions = (select(KnowledgeSession.community_id, func.count().label("n"))
                .where(KnowledgeSession.deleted.is_(False), KnowledgeSession.community_id.is_not(None))
                .group_by(KnowledgeSession.community_id).subquery())
    office = aliased(Office)
    stmt = (
        select(Community.id, Community.uuid, Community.name, Community.topic, Community.office_id, office.code,
               func.coalesce(members.c.n, 0), func.coalesce(sessions.c.n, 0))
        .outerjoin(office, office.id == Community.office_id)
        .outerjoin(members, members.c.community_id == Community.id)
        .outerjoin(sessions, sessions.c.community_id == Community.id)
        .where(Community.deleted.is_(False))
    )
    if office_id is not None:
        stmt = stmt.where((Community.office_id == office_id) | Community.office_id.is_(None))
    rows = [CommunityRow(*row) for row in session.execute(stmt)]
    return sorted(rows, key=lambda r: fold(r.name))


def get_community(session: Session, community_id: int) -> CommunityRow:
    _load(session, community_id)
    return next(r for r in list_communities(session) if r.id == community_id)


def add_members(session: Session, community_id: int, person_ids: Collection[int]) -> tuple[int, ...]:
    """Add people (those already members are skipped); returns the ids added."""
    _load(session, community_id)
    wanted = list(dict.fromkeys(person_ids))
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted), Person.deleted.is_(False))))
    for missing in [p for p in wanted if p not in found]:
        raise ValidationError("person_ids", f"person {missing} does not exist", code="unknown_person",
                              value=missing)
    current = set(session.scalars(select(CommunityMember.person_id).where(
        CommunityMember.community_id == community_id, CommunityMember.deleted.is_(False))))
    added = tuple(p for p in wanted if p not in current)
    origin = organisation.local_office_uuid(session)
    session.add_all(CommunityMember(community_id=community_id, person_id=p, origin_office_uuid=origin)
                    for p in added)
    session.flush()
    return added


def remove_members(session: Session, community_id: int, person_ids: Collection[int]) -> None:
    _load(session, community_id)
    rows = session.scalars(select(CommunityMember).where(
        CommunityMember.community_id == community_id, CommunityMember.deleted.is_(False),
        CommunityMember.person_id.in_(set(person_ids))))
    for row in rows:
        row.deleted = True
    session.flush()


def list_members(session: Session, community_id: int, *, active_on: date | None = None) -> list[MemberRow]:
    """Members by name; with `active_on`, only people active that day (not departed)."""
    _load(session, community_id)
    office = aliased(Office)
    stmt = (
        select(Person.id, person_name(), office.code, CommunityMember.created_at)
        .select_from(CommunityMember)
        .join(Person, Person.id == CommunityMember.person_id)
        .outerjoin(office, office.id == Person.office_id)
        .where(CommunityMember.community_id == community_id, CommunityMember.deleted.is_(False),
               Person.deleted.is_(False))
        .order_by(Person.sort_name, Person.id)
    )
    if active_on is not None:
        stmt = stmt.where(active_person_clause(active_on))
    return [MemberRow(pid, name, code, joined.date()) for pid, name, code, joined in session.execute(stmt)]


def community_sessions(session: Session, community_id: int) -> list[SessionRow]:
    """The community's series of sessions, oldest first."""
    _load(session, community_id)
    return list_sessions(session, SessionQuery(community_id=community_id))


def invite_members(session: Session, session_id: int, community_id: int, today: date) -> InviteResult:
    """Invite the community's active members (its hosts excepted) to one of its sessions."""
    hosts = host_ids(session, session_id)
    members = [m.person_id for m in list_members(session, community_id, active_on=today)]
    return invite(session, session_id, [p for p in members if p not in hosts])
