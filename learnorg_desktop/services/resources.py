"""The shared library: documents (copied into the file store) and links, tied to skills and sessions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.enums import ResourceKind
from learnorg_desktop.models import KnowledgeSession, Office, Person, Resource, ResourceLink, Skill, Synced
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.file_store import DocumentStore, SourceFileMissingError
from learnorg_desktop.services.holdings import person_name
from learnorg_desktop.services.links import check_resource_link
from learnorg_desktop.services.text import fold

TITLE_MAX, FILE_NAME_MAX = 300, 300


@dataclass(frozen=True)
class ResourceInput:
    """What the add/edit form hands over; for a file an empty title falls back to the file's name."""

    title: str
    description: str = ""
    skill_ids: tuple[int, ...] = ()
    session_ids: tuple[int, ...] = ()
    office_id: int | None = None
    added_by_id: int | None = None


@dataclass(frozen=True)
class ResourceRow:
    """One entry of the library with who added it, when, and what it is tied to."""

    id: int
    uuid: str
    title: str
    kind: ResourceKind
    url: str
    file_name: str
    file_sha256: str
    file_size: int | None
    description: str
    added_by_id: int | None
    added_by: str | None
    office_id: int | None
    office_code: str | None
    added_at: datetime
    skill_ids: tuple[int, ...] = ()
    skills: tuple[str, ...] = ()
    session_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AddedFile:
    """A document added: its record, and whether its content was already in the store or the library."""

    resource_id: int
    sha256: str
    size: int
    already_stored: bool
    same_content_as: tuple[int, ...]


@dataclass(frozen=True)
class ResourceQuery:
    """Free text (title, description, file name; accents and case ignored) and filters."""

    text: str = ""
    kind: ResourceKind | None = None
    skill_id: int | None = None
    session_id: int | None = None
    office_id: int | None = None
    limit: int | None = None


def _check_ids(session: Session, model: type[Synced], ids: Collection[int], fld: str, name: str) -> None:
    found = set(session.scalars(select(model.id).where(model.id.in_(set(ids)), model.deleted.is_(False))))
    for missing in sorted(set(ids) - found):
        raise ValidationError(fld, f"{name} {missing} does not exist", code=f"unknown_{name}", value=missing)


def _validate(session: Session, data: ResourceInput, fallback_title: str = "") -> ResourceInput:
    title = " ".join(data.title.split()) or fallback_title
    if not title:
        raise ValidationError("title", "the title is required", code="required")
    if len(title) > TITLE_MAX:
        raise ValidationError("title", f"the title is longer than {TITLE_MAX} characters", code="too_long")
    _check_ids(session, Skill, data.skill_ids, "skill_ids", "skill")
    _check_ids(session, KnowledgeSession, data.session_ids, "session_ids", "session")
    _check_ids(session, Office, [data.office_id] if data.office_id is not None else [], "office_id", "office")
    added_by = [data.added_by_id] if data.added_by_id is not None else []
    _check_ids(session, Person, added_by, "added_by_id", "person")
    return ResourceInput(title=title, description=data.description.strip(),
                         skill_ids=tuple(dict.fromkeys(data.skill_ids)),
                         session_ids=tuple(dict.fromkeys(data.session_ids)), office_id=data.office_id,
                         added_by_id=data.added_by_id)


def _insert(session: Session, clean: ResourceInput, kind: ResourceKind, **columns: Any) -> int:
    origin = organisation.local_office_uuid(session)
    record = Resource(title=clean.title, kind=kind, description=clean.description, office_id=clean.office_id,
                      added_by_id=clean.added_by_id, origin_office_uuid=origin, **columns)
    session.add(record)
    session.flush()
    _set_links(session, record.id, clean)
    return record.id


def _set_links(session: Session, resource_id: int, clean: ResourceInput) -> None:
    """Make the resource's live links exactly the input's skills and sessions."""
    wanted: set[tuple[str, int | None]] = {("skill", s) for s in clean.skill_ids}
    wanted |= {("session", s) for s in clean.session_ids}
    existing = session.scalars(select(ResourceLink).where(ResourceLink.resource_id == resource_id,
                                                          ResourceLink.deleted.is_(False)))
    for link in existing:
        key = ("skill", link.skill_id) if link.skill_id is not None else ("session", link.session_id)
        if key in wanted:
            wanted.discard(key)
        else:
            link.deleted = True
    origin = organisation.local_office_uuid(session)
    for kind, ref in sorted(wanted, key=lambda k: (k[0], k[1] or 0)):
        session.add(ResourceLink(resource_id=resource_id, origin_office_uuid=origin,
                                 skill_id=ref if kind == "skill" else None,
                                 session_id=ref if kind == "session" else None))
    session.flush()


def add_file(session: Session, store: DocumentStore, source: str | Path, data: ResourceInput) -> AddedFile:
    """Copy a document into the store and record it; the fields are checked before anything is copied."""
    path = Path(source).expanduser()
    if not path.is_file():
        raise SourceFileMissingError(f"no file at {path}", path=str(path))
    clean = _validate(session, data, fallback_title=path.stem)
    stored = store.put_file(path)
    same = tuple(session.scalars(select(Resource.id).where(
        Resource.file_sha256 == stored.sha256, Resource.deleted.is_(False)).order_by(Resource.id)))
    resource_id = _insert(session, clean, ResourceKind.FILE, file_name=_file_name(path.name),
                          file_sha256=stored.sha256, file_size=stored.size)
    return AddedFile(resource_id, stored.sha256, stored.size, stored.already_stored, same)


def _file_name(name: str) -> str:
    if len(name) <= FILE_NAME_MAX:
        return name
    suffix = Path(name).suffix[:20]
    return name[: FILE_NAME_MAX - len(suffix)] + suffix


def add_link(session: Session, url: str, data: ResourceInput) -> int:
    """Record a web page, an e-mail address or a file left on a shared drive."""
    link = check_resource_link(url)
    return _insert(session, _validate(session, data), ResourceKind.LINK, url=link)


def _load(session: Session, resource_id: int) -> Resource:
    record = session.get(Resource, resource_id)
    if record is None or record.deleted:
        raise NotFoundError(f"resource {resource_id} does not exist", code="unknown_resource", resource=resource_id)
    return record


def update_resource(session: Session, resource_id: int, data: ResourceInput, *, url: str | None = None) -> None:
    """Edit the title, description, office, author and links (and a link's address); a file's content stays."""
    record = _load(session, resource_id)
    clean = _validate(session, data, fallback_title=Path(record.file_name).stem)
    if url is not None and record.kind is ResourceKind.LINK:
        record.url = check_resource_link(url)
    record.title, record.description, record.office_id = clean.title, clean.description, clean.office_id
    record.added_by_id = clean.added_by_id
    _set_links(session, resource_id, clean)


def link_to_session(session: Session, resource_id: int, session_id: int) -> None:
    """Record the resource as an output of the session (kept once)."""
    row = get_resource(session, resource_id)
    if session_id in row.session_ids:
        return
    _check_ids(session, KnowledgeSession, [session_id], "session_id", "session")
    session.add(ResourceLink(resource_id=resource_id, session_id=session_id,
                             origin_office_uuid=organisation.local_office_uuid(session)))
    session.flush()


def delete_resource(session: Session, resource_id: int) -> None:
    """Tombstone the entry; the stored copy stays (other entries or other offices may share its content)."""
    _load(session, resource_id).deleted = True
    session.flush()


def stored_file_path(session: Session, store: DocumentStore, resource_id: int) -> Path:
    """The stored copy of a document, for opening with the system's default program."""
    record = _load(session, resource_id)
    if record.kind is not ResourceKind.FILE:
        raise ValidationError("kind", "this resource is a link, not a stored document", code="not_a_file")
    return store.existing_path(record.file_sha256)


_FIELDS = ("id", "uuid", "title", "kind", "url", "file_name", "file_sha256", "file_size", "description",
           "added_by_id", "added_by", "office_id", "office_code", "added_at")


def _select() -> Select[*tuple[Any, ...]]:
    office = aliased(Office)
    return (
        select(Resource.id, Resource.uuid, Resource.title, Resource.kind, Resource.url, Resource.file_name,
               Resource.file_sha256, Resource.file_size, Resource.description, Resource.added_by_id,
               person_name(), Resource.office_id, office.code, Resource.created_at)
        .outerjoin(Person, Person.id == Resource.added_by_id)
        .outerjoin(office, office.id == Resource.office_id)
        .where(Resource.deleted.is_(False))
    )


def _linked(column: Any, ref: int) -> Any:
    return Resource.id.in_(select(ResourceLink.resource_id).where(column == ref, ResourceLink.deleted.is_(False)))


def search_resources(session: Session, query: ResourceQuery | None = None) -> list[ResourceRow]:
    """Matching entries, newest first; every word of the text must appear (accents ignored)."""
    query = query or ResourceQuery()
    stmt = _select().order_by(Resource.created_at.desc(), Resource.id.desc())
    if query.kind is not None:
        stmt = stmt.where(Resource.kind == query.kind)
    if query.office_id is not None:
        stmt = stmt.where(Resource.office_id == query.office_id)
    if query.skill_id is not None:
        stmt = stmt.where(_linked(ResourceLink.skill_id, query.skill_id))
    if query.session_id is not None:
        stmt = stmt.where(_linked(ResourceLink.session_id, query.session_id))
    words = fold(query.text).split()
    # Folding happens in Python: SQLite cannot strip accents, and a library holds thousands, not millions.
    rows = [r for r in session.execute(stmt) if all(w in fold(f"{r[2]} {r[8]} {r[5]}") for w in words)]
    if query.limit is not None:
        rows = rows[: query.limit]
    return _complete(session, rows)


def get_resource(session: Session, resource_id: int) -> ResourceRow:
    rows = _complete(session, list(session.execute(_select().where(Resource.id == resource_id))))
    if not rows:
        raise NotFoundError(f"resource {resource_id} does not exist", code="unknown_resource", resource=resource_id)
    return rows[0]


def _complete(session: Session, rows: list[Any]) -> list[ResourceRow]:
    """Attach the skills and sessions with one query."""
    ids = [r[0] for r in rows]
    skills: dict[int, list[tuple[int, str]]] = defaultdict(list)
    sessions: dict[int, list[int]] = defaultdict(list)
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        stmt = (select(ResourceLink.resource_id, ResourceLink.skill_id, Skill.name, ResourceLink.session_id)
                .outerjoin(Skill, Skill.id == ResourceLink.skill_id)
                .where(ResourceLink.resource_id.in_(chunk), ResourceLink.deleted.is_(False))
                .order_by(func.lower(Skill.name), ResourceLink.session_id))
        for rid, skill_id, skill, session_id in session.execute(stmt):
            if skill_id is not None:
                skills[rid].append((skill_id, skill))
            if session_id is not None:
                sessions[rid].append(session_id)
    return [ResourceRow(**dict(zip(_FIELDS, row, strict=True)), skill_ids=tuple(s for s, _ in skills[row[0]]),
                        skills=tuple(n for _, n in skills[row[0]]), session_ids=tuple(sessions[row[0]]))
            for row in rows]
