"""Conflicts listed by imports, and their resolution by a person (whole record or field by field)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from learnorg_desktop.exchange.entities import Values, entity
from learnorg_desktop.exchange.errors import ConflictNotFoundError
from learnorg_desktop.exchange.state import Aliases, RefMap, VersionRow, load_versions, save_versions, union
from learnorg_desktop.models import ExchangeConflict
from learnorg_desktop.storage.types import utcnow


class Pick(StrEnum):
    """Which version a person keeps."""

    KEPT = "kept"  # the version the import kept (usually this office's)
    OTHER = "other"  # the version the import set aside


@dataclass(frozen=True)
class ConflictRow:
    """One conflict: both versions as JSON-like dicts (references as UUIDs) and the fields that differ."""

    id: int
    entity: str
    record_uuid: str
    peer_office: str
    export_id: str
    kept_local: bool
    kept: dict[str, Any]
    other: dict[str, Any]
    detected_at: datetime
    resolved_at: datetime | None
    resolution: str | None

    @property
    def differing_fields(self) -> list[str]:
        ignored = {"updated_at"}
        return sorted(k for k in self.kept if k not in ignored and self.kept.get(k) != self.other.get(k))


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictRow]:
    query = select(ExchangeConflict).order_by(ExchangeConflict.detected_at, ExchangeConflict.id)
    if not include_resolved:
        query = query.where(ExchangeConflict.resolved_at.is_(None))
    return [_row(c) for c in session.scalars(query)]


def open_conflict_count(session: Session) -> int:
    return len(session.scalars(select(ExchangeConflict.id).where(ExchangeConflict.resolved_at.is_(None))).all())


def _row(c: ExchangeConflict) -> ConflictRow:
    return ConflictRow(c.id, c.table_name, c.record_uuid, c.peer_office, c.export_id, c.kept_local,
                       json.loads(c.kept_json), json.loads(c.other_json), c.detected_at, c.resolved_at, c.resolution)


def resolve_conflict(session: Session, conflict_id: int, pick: Pick, *, fields: set[str] | None = None) -> None:
    """Settle a conflict: keep one version, or (with `fields`) the kept one with those fields from the other.

    The result counts as an edit made here that has seen both versions, so offices that resolved it
    either way settle on one version at the next exchange without a new conflict.
    """
    conflict = session.get(ExchangeConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise ConflictNotFoundError(f"no open conflict {conflict_id}", conflict=conflict_id)
    spec, aliases = entity(conflict.table_name), Aliases(session)
    table = spec.table
    row = session.execute(spec.raw_select().where(table.c.uuid == conflict.record_uuid)).mappings().one()
    refs = {t: RefMap(entity(t).table) for _, t in spec.references}
    for column, ref_table in spec.references:
        if row[column] is not None:
            refs[ref_table].load_ids(session, [row[column]])
    current = spec.row_form(row, lambda t, i: refs[t].uuid_by_id[i])
    other = {k: v for k, v in json.loads(conflict.other_json).items() if k != "uuid"}
    chosen = _chosen(current, other, pick, fields)
    if chosen != current:
        _write(session, spec.name, row["id"], chosen, aliases, refs)
    content = spec.content_hash(chosen, aliases.canonical)
    versions = load_versions(session, [conflict.record_uuid])
    old = versions.get(conflict.record_uuid)
    new = VersionRow(content, union(old.known if old else [], [conflict.kept_hash, conflict.other_hash, content]),
                     None)
    save_versions(session, {} if old else {conflict.record_uuid: new}, {conflict.record_uuid: new} if old else {})
    session.execute(update(ExchangeConflict).where(ExchangeConflict.id == conflict_id).values(
        resolved_at=utcnow(), resolution="merged" if fields else pick.value))
    _close_duplicates(session, conflict)


def _chosen(current: Values, other: Values, pick: Pick, fields: set[str] | None) -> Values:
    if fields:
        unknown = fields - set(other)
        if unknown:
            raise ConflictNotFoundError(f"unknown fields {sorted(unknown)}", code="unknown_conflict_field",
                                        fields=", ".join(sorted(unknown)))
        return current | {f: other[f] for f in fields} | {"updated_at": utcnow().isoformat()}
    return dict(current) if pick is Pick.KEPT else dict(other)


def _write(session: Session, table_name: str, row_id: int, form: Values, aliases: Aliases,
           refs: dict[str, RefMap]) -> None:
    spec = entity(table_name)
    typed = spec.to_python(form)
    for column, ref_table in spec.references:
        if typed[column] is not None:
            local = aliases.local(typed[column])
            refs[ref_table].load_uuids(session, [local])
            typed[column] = refs[ref_table].id_by_uuid[local]
    typed.update(spec.derive(form))
    table = spec.table
    session.execute(update(table).where(table.c.id == row_id).values({**typed, "row_version": table.c.row_version + 1}))


def _close_duplicates(session: Session, conflict: ExchangeConflict) -> None:
    """Other open conflicts on the same record are settled by the same decision."""
    session.execute(update(ExchangeConflict).where(
        ExchangeConflict.record_uuid == conflict.record_uuid, ExchangeConflict.resolved_at.is_(None),
    ).values(resolved_at=utcnow(), resolution="superseded"))
