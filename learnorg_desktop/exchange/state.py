"""Lookups the merge and the export share: UUID <-> id maps, aliases, and record versions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from learnorg_desktop.models import ExchangeAlias, ExchangeVersion

T = TypeVar("T")
IN_BATCH = 500  # bound parameters per IN (...): well under SQLite's and PostgreSQL's limits
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

    def add(self, uuid: str, row_id: int) -> None:
        self.id_by_uuid[uuid] = row_id
        self.uuid_by_id[row_id] = uuid

    def load_uuids(self, session: Session, uuids: Iterable[str]) -> None:
        missing = sorted({u for u in uuids if u not in self.id_by_uuid})
        for batch in batched(missing):
            rows = session.execute(select(self.table.c.uuid, self.table.c.id).where(self.table.c.uuid.in_(batch)))
            for uuid, row_id in rows:
                self.add(uuid, row_id)

    def load_ids(self, session: Session, ids: Iterable[int]) -> None:
        missing = sorted({i for i in ids if i not in self.uuid_by_id})
        for batch in batched(missing):
            rows = session.execute(select(self.table.c.uuid, self.table.c.id).where(self.table.c.id.in_(batch)))
            for uuid, row_id in rows:
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


def load_versions(session: Session, uuids: Sequence[str]) -> dict[str, VersionRow]:
    table = cast(Table, ExchangeVersion.__table__)
    found: dict[str, VersionRow] = {}
    for batch in batched(uuids):
        rows = session.execute(select(table.c.record_uuid, table.c.content_hash, table.c.known,
                                      table.c.source_office).where(table.c.record_uuid.in_(batch)))
        for uuid, content_hash, known, source in rows:
            found[uuid] = VersionRow(content_hash, known.split(), source)
    return found


def union(*lists: Iterable[str]) -> list[str]:
    """Known hashes in first-seen order, trimmed to the newest MAX_KNOWN."""
    merged = list(dict.fromkeys(h for hashes in lists for h in hashes))
    return merged[-MAX_KNOWN:]


def save_versions(session: Session, new: dict[str, VersionRow], changed: dict[str, VersionRow]) -> None:
    """Insert `new` and update `changed` version rows (executemany, no dialect-specific upsert)."""
    table = cast(Table, ExchangeVersion.__table__)
    if new:
        session.execute(insert(table), [
            {"record_uuid": u, "content_hash": v.content_hash, "known": " ".join(v.known),
             "source_office": v.source_office} for u, v in new.items()])
    if changed:
        statement = update(table).where(table.c.record_uuid == bindparam("b_uuid")).values(
            content_hash=bindparam("b_hash"), known=bindparam("b_known"), source_office=bindparam("b_source"))
        session.execute(statement, [
            {"b_uuid": u, "b_hash": v.content_hash, "b_known": " ".join(v.known), "b_source": v.source_office}
            for u, v in changed.items()])
