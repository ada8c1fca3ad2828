"""Lookups the merge and the export share: UUID <-> id maps, aliases, and record versions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from learnorg_desktop.exchange.binding import IN_BATCH, DriverStatement, InLookup
from learnorg_desktop.models import ExchangeAlias, ExchangeVersion

T = TypeVar("T")
MAX_KNOWN = 64  # version hashes remembered per record; the oldest are forgotten first


def batched(items: Sequence[T], size: int = IN_BATCH) -> Iterable[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


@dataclass
class RefMap:
    """UUID <-> local id of one table, filled on demand (and as records are inserted)."""

    table: Table
    id_by_uuid: dict[str, int] = field(default_factory=dict)
    uuid_by_id: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        pair = select(self.table.c.uuid, self.table.c.id)
        self._by_uuid, self._by_id = InLookup(pair, self.table.c.uuid), InLookup(pair, self.table.c.id)

    def add(self, uuid: str, row_id: int) -> None:
        self.id_by_uuid[uuid] = row_id
        self.uuid_by_id[row_id] = uuid

    def load_uuids(self, session: Session, uuids: Iterable[str]) -> None:
        missing = sorted({u for u in uuids if u not in self.id_by_uuid})
        for uuid, row_id in self._by_uuid.rows(session.connection(), missing):
            self.add(uuid, row_id)

    def load_ids(self, session: Session, ids: Iterable[int]) -> None:
        missing = sorted({i for i in ids if i not in self.uuid_by_id})
        for uuid, row_id in self._by_id.rows(session.connection(), missing):
            self.add(uuid, row_id)


class Aliases:
    """Other offices' UUIDs for local records, and the canonical UUID that content hashes use.

    The canonical UUID of a record is the smallest of all the UUIDs it is known by, so offices that
    know the same aliases hash the same content the same way.
    """

    def __init__(self, session: Session) -> None:
        self.local_by_alias: dict[str, str] = {}
        self._canonical: dict[str, str] = {}
        for alias, local, _ in session.execute(
                select(ExchangeAlias.uuid, ExchangeAlias.local_uuid, ExchangeAlias.table_name)):
            self._remember(alias, local)

    def _remember(self, alias: str, local: str) -> None:
        self.local_by_alias[alias] = local
        members = {local, alias} | {a for a, lo in self.local_by_alias.items() if lo == local}
        smallest = min(members)
        for member in members:
            self._canonical[member] = smallest

    def local(self, uuid: str) -> str:
        return self.local_by_alias.get(uuid, uuid)

    def canonical(self, uuid: str) -> str:
        return self._canonical.get(uuid, uuid)

    def add(self, session: Session, alias: str, local: str, table: str) -> None:
        if alias == local or alias in self.local_by_alias:
            return
        session.execute(insert(ExchangeAlias).values(uuid=alias, local_uuid=local, table_name=table))
        self._remember(alias, local)

    def pairs(self) -> list[tuple[str, str]]:
        return sorted(self.local_by_alias.items())


@dataclass
class VersionRow:
    """A record's exchange version as stored (see models.exchange.ExchangeVersion)."""

    content_hash: str
    known: list[str]
    source_office: str | None


_VERSIONS = cast(Table, ExchangeVersion.__table__)
_VERSION_LOOKUP = InLookup(select(_VERSIONS.c.record_uuid, _VERSIONS.c.content_hash, _VERSIONS.c.known,
                                  _VERSIONS.c.source_office), _VERSIONS.c.record_uuid)


def load_versions(session: Session, uuids: Sequence[str]) -> dict[str, VersionRow]:
    return {uuid: VersionRow(content_hash, known.split(), source)
            for uuid, content_hash, known, source in _VERSION_LOOKUP.rows(session.connection(), uuids)}


def union(*lists: Iterable[str]) -> list[str]:
    """Known hashes in first-seen order, trimmed to the newest MAX_KNOWN."""
    merged = list(dict.fromkeys(h for hashes in lists for h in hashes))
    return merged[-MAX_KNOWN:]


def save_versions(session: Session, new: dict[str, VersionRow], changed: dict[str, VersionRow]) -> None:
    """Insert `new` and update `changed` version rows (driver executemany, no dialect-specific upsert)."""
    inserting, updating = _version_statements(session.get_bind().dialect)
    connection = session.connection()
    # Every column is text: the values need no conversion for any driver.
    inserting.execute(connection, [(u, v.content_hash, " ".join(v.known), v.source_office) for u, v in new.items()])
    updating.execute(connection, [(v.content_hash, " ".join(v.known), v.source_office, u) for u, v in changed.items()])


@lru_cache(maxsize=4)
def _version_statements(dialect: Dialect) -> tuple[DriverStatement, DriverStatement]:
    table = cast(Table, ExchangeVersion.__table__)
    inserting = DriverStatement(insert(table), ["record_uuid", "content_hash", "known", "source_office"], dialect)
    updating = DriverStatement(
        update(table).where(table.c.record_uuid == bindparam("b_uuid")).values(
            content_hash=bindparam("b_hash"), known=bindparam("b_known"), source_office=bindparam("b_source")),
        ["b_hash", "b_known", "b_source", "b_uuid"], dialect)
    return inserting, updating
