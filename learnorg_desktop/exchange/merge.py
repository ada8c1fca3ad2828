"""Merging a package's records into the database, entity by entity, in chunks.

One code path for the preview and the real import: the caller runs it in a transaction and
commits or rolls back. Work is done with Core statements on chunks (select existing by UUID,
then executemany inserts and updates), which is portable to PostgreSQL. Records are decoded and
their values converted for the driver once (`binding`), and the writes skip SQLAlchemy's per-row
parameter processing: at 100,000 records that processing cost more than the merge rules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from learnorg_desktop.exchange.binding import (
    DriverStatement,
    InLookup,
    RecordCodec,
    older_objects_ignored,
    write_statements,
)
from learnorg_desktop.exchange.entities import UUID_PATTERN, Entity, Values, bad_record, entities, raise_flag
from learnorg_desktop.exchange.errors import PackageError
from learnorg_desktop.exchange.package_format import PackageReader
from learnorg_desktop.exchange.rules import Decision, Outcome, Side, decide
from learnorg_desktop.exchange.state import (
    Aliases,
    RefMap,
    VersionRow,
    batched,
    load_versions,
    save_versions,
    union,
)
from learnorg_desktop.models import ExchangeConflict
from learnorg_desktop.services.progress import NO_PROGRESS, Progress

CHUNK = 2000
KNOWN_FIELD = "_known"


@dataclass
class EntityCounts:
    """Per-entity figures of an import (or its preview)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.deleted + self.conflicts


@dataclass
class _Incoming:
    """One package record, decoded, with the local record it matches (if any)."""

    raw: dict[str, Any]
    uuid: str  # the local UUID it maps to
    values: Values  # JSON form, references as local UUIDs
    params: list[Any]  # the driver values of Entity.columns, for writing
    typed: Values | None  # the typed values, only when derived columns are computed from them
    remote: Side
    local_row: Any = None
    local_values: Values | None = None
    local_side: Side | None = None


@dataclass
class Merger:
    """Applies one package to the session; `counts` holds the per-entity outcome."""

    session: Session
    reader: PackageReader
    peer: str
    progress: Progress = NO_PROGRESS
    counts: dict[str, EntityCounts] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.aliases = Aliases(self.session)
        self.refs = {e.name: RefMap(e.table) for e in entities()}
        self.dialect = self.session.get_bind().dialect
        self.codecs: dict[str, RecordCodec] = {}
        self.writes: dict[str, tuple[DriverStatement, DriverStatement]] = {}
        self.local_rows: dict[str, InLookup] = {}
        self._done = 0
        self._total = sum(p.records for p in self.reader.manifest.record_parts().values())

    def run(self) -> dict[str, EntityCounts]:
        self._learn_aliases()
        with older_objects_ignored():
            for entity in entities():
                self.counts[entity.name] = EntityCounts()
                self.codecs[entity.name] = RecordCodec(entity, self.dialect)
                self.writes[entity.name] = write_statements(entity, self.dialect)
                self.local_rows[entity.name] = InLookup(entity.raw_select(), entity.table.c.uuid)
                records = self.reader.records(entity.name)
                while chunk := list(islice(records, CHUNK)):
                    _Chunk(self, entity, chunk).merge()
                    self._done += len(chunk)
                    self.progress.report(self._done, self._total, entity.name)
        return self.counts

    def _learn_aliases(self) -> None:
        """Pairs the sender knows; kept when one side is a record here, so hashes agree across offices."""
        for first, second in self.reader.aliases():
            for alias, local in ((first, second), (second, first)):
                table = self._table_of(local)
                if table and not self._table_of(alias):
                    self.aliases.add(self.session, alias, self.aliases.local(local), table)

    def _table_of(self, uuid: str) -> str | None:
        uuid = self.aliases.local(uuid)
        for entity in entities():
            if entity.natural_key and self.session.scalar(select(entity.table.c.id).where(entity.table.c.uuid == uuid)):
                return entity.name
        return None

    def local_id(self, table: str, uuid: str, record: dict[str, Any], column: str) -> int:
        local = self.aliases.local(uuid)
        refs = self.refs[table]
        found = refs.id_by_uuid.get(local)
        if found is not None:
            return found
        refs.load_uuids(self.session, [local])
        if local not in refs.id_by_uuid:
            raise PackageError(f"{record.get('uuid')} refers through {column} to {uuid}, which is neither in the "
                               "package nor in this database", code="package_missing_reference",
                               uuid=str(record.get("uuid")), reference=uuid)
        return refs.id_by_uuid[local]


class _Chunk:
    """One chunk of one entity: match, decide, write."""

    def __init__(self, merger: Merger, entity: Entity, raw: list[dict[str, Any]]) -> None:
        self.m, self.e = merger, entity
        self.codec = merger.codecs[entity.name]
        self.items = [self._decode(r) for r in raw]
        self.inserts: list[tuple[Any, ...]] = []
        self.updates: list[tuple[Any, ...]] = []
        self.new_versions: dict[str, VersionRow] = {}
        self.changed_versions: dict[str, VersionRow] = {}

    def _decode(self, raw: dict[str, Any]) -> _Incoming:
        uuid = raw.get("uuid")
        if not isinstance(uuid, str) or not UUID_PATTERN.match(uuid):
            raise bad_record(self.e.name, raw, "no valid uuid")
        values, params, typed = self.codec.decode(raw)
        for column, _ in self.e.references:
            if values[column] is not None:
                values[column] = self.m.aliases.local(values[column])
                if typed is not None:
                    typed[column] = values[column]
        known = raw.get(KNOWN_FIELD, [])
        if not isinstance(known, list) or len(known) > 256 or not all(isinstance(h, str) and len(h) == 32
                                                                       for h in known):
            raise bad_record(self.e.name, raw, "malformed version history")
        content = self.codec.content_hash(values, self.m.aliases.canonical)
        side = Side(content, frozenset([*known, content]), self.e.flags(values), values["updated_at"])
        return _Incoming(raw, self.m.aliases.local(uuid), values, params, typed, side)

    def merge(self) -> None:
        self._match_natural_keys()
        self._load_local()
        for column, ref_table in self.e.references:  # one query per table and chunk, not per record
            wanted = [i.values[column] for i in self.items if i.values[column]]
            self.m.refs[ref_table].load_uuids(self.m.session, wanted)
        versions = load_versions(self.m.session, [i.uuid for i in self.items])
        seen: set[str] = set()
        for item in self.items:
            if item.uuid in seen:
                raise bad_record(self.e.name, item.raw, "the record appears twice")
            seen.add(item.uuid)
            self._apply(item, versions.get(item.uuid))
        self._write()

    def _match_natural_keys(self) -> None:
        """A record new here whose code or name a local record already holds is that record (an alias)."""
        key = self.e.natural_key
        if key is None:
            return
        names = [i.values[key] for i in self.items]
        table = self.e.table
        holders: dict[str, str] = {}
        for batch in batched(names):
            holders.update(self.m.session.execute(
                select(table.c[key], table.c.uuid).where(table.c[key].in_(batch))).all())
        for item in self.items:
            holder = holders.get(item.values[key])
            if holder is None or holder == item.uuid:
                continue
            if self.m.session.scalar(select(table.c.id).where(table.c.uuid == item.uuid)) is None:
                self.m.aliases.add(self.m.session, item.uuid, holder, self.e.name)
                item.uuid = holder

    def _load_local(self) -> None:
        by_uuid = {i.uuid: i for i in self.items}
        rows = self.m.local_rows[self.e.name].mappings(self.m.session.connection(), list(by_uuid))
        for ref_column, ref_table in self.e.references:
            self.m.refs[ref_table].load_ids(self.m.session, [r[ref_column] for r in rows if r[ref_column] is not None])
        for row in rows:
            item = by_uuid[row["uuid"]]
            item.local_row = row
            item.local_values = self.codec.row_form(row, lambda t, i: self.m.refs[t].uuid_by_id[i])

    def _apply(self, item: _Incoming, version: VersionRow | None) -> None:
        local_side, own = None, False
        if item.local_values is not None:
            content = self.codec.content_hash(item.local_values, self.m.aliases.canonical)
            known = [*(version.known if version else []), content]
            local_side = Side(content, frozenset(known), self.e.flags(item.local_values),
                              item.local_values["updated_at"])
            own = version is None or version.content_hash != content or version.source_office is None
        decision = decide(local_side, item.remote, local_is_own=own)
        self.m.counts[self.e.name].add(decision.outcome)
        final_values = self._final_values(item, decision)
        if final_values is item.values:
            self._stage_write(item, item.values, item.params, item.typed)
        elif final_values is not None:
            typed = self.e.to_python(final_values) if self.e.derived else None
            self._stage_write(item, final_values, self.codec.params_of(final_values), typed)
        self._stage_version(item, version, local_side, decision, final_values)
        if decision.conflict:
            assert local_side is not None
            self._record_conflict(item, decision, local_side.content_hash)

    def _final_values(self, item: _Incoming, decision: Decision) -> Values | None:
        """The content to write, or None to leave the local record as it is."""
        if not decision.take_remote and not decision.raise_flags:
            return None
        values = item.values if decision.take_remote else dict(item.local_values or {})
        for index in decision.raise_flags:
            values = raise_flag(self.e.name, self.e.sticky[index], values)
        key = self.e.natural_key
        if key and item.local_values is not None and values[key] != item.local_values[key] and \
                self.m.session.scalar(select(self.e.table.c.id).where(self.e.table.c[key] == values[key])):
            raise bad_record(self.e.name, item.raw, f"its {key} is already used by another record here")
        return values

    def _stage_write(self, item: _Incoming, values: Values, params: list[Any], typed: Values | None) -> None:
        """A row in the order `write_statements` expects."""
        row = list(params)
        for column, ref_table in self.e.references:
            ref = values[column]
            row.append(None if ref is None else self.m.local_id(ref_table, ref, item.raw, column))
        if typed is not None:
            row.extend(self.codec.derived_params(typed))
        if item.local_row is None:
            self.inserts.append((*row, item.uuid, 1))
        else:
            self.updates.append((*row, item.local_row["id"]))

    def _stage_version(self, item: _Incoming, version: VersionRow | None, local: Side | None,
                       decision: Decision, final: Values | None) -> None:
        remote = item.remote
        if local is None:
            row = VersionRow(remote.content_hash, union(remote.known), self.m.peer)
        elif not decision.remember_remote:
            row = VersionRow(version.content_hash if version else local.content_hash,
                             union(version.known if version else [], [local.content_hash]),
                             version.source_office if version else None)
        else:
            content = (local.content_hash if final is None else remote.content_hash if final is item.values
                       else self.codec.content_hash(final, self.m.aliases.canonical))
            source = version.source_office if version and final is None else self.m.peer
            if final is None and version is None:
                source = None
            row = VersionRow(content, union(version.known if version else [], local.known, remote.known, [content]),
                             source)
        if version is None:
            self.new_versions[item.uuid] = row
        elif row != version:
            self.changed_versions[item.uuid] = row

    def _record_conflict(self, item: _Incoming, decision: Decision, local_hash: str) -> None:
        assert item.local_values is not None
        local_json = self._json(item.uuid, item.local_values)
        remote_json = self._json(item.uuid, item.values)
        kept, other = (remote_json, local_json) if decision.take_remote else (local_json, remote_json)
        kept_hash, other_hash = ((item.remote.content_hash, local_hash) if decision.take_remote
                                 else (local_hash, item.remote.content_hash))
        open_same = select(ExchangeConflict.id).where(
            ExchangeConflict.record_uuid == item.uuid, ExchangeConflict.resolved_at.is_(None),
            ExchangeConflict.kept_hash == kept_hash, ExchangeConflict.other_hash == other_hash)
        if self.m.session.scalar(open_same) is not None:
            return
        self.m.session.execute(insert(ExchangeConflict).values(
            table_name=self.e.name, record_uuid=item.uuid, peer_office=self.m.peer,
            export_id=self.m.reader.manifest.export_id, kept_hash=kept_hash, other_hash=other_hash,
            kept_json=kept, other_json=other, kept_local=not decision.take_remote))

    def _json(self, uuid: str, values: Values) -> str:
        return json.dumps(self.e.record(uuid, values), ensure_ascii=False, sort_keys=True)

    def _write(self) -> None:
        inserting, updating = self.m.writes[self.e.name]
        connection = self.m.session.connection()
        inserting.execute(connection, self.inserts)
        updating.execute(connection, self.updates)
        save_versions(self.m.session, self.new_versions, self.changed_versions)
