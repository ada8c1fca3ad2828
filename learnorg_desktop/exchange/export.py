"""Export a package: what changed since the last package sent to that office, or everything."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from learnorg_desktop.exchange import crypto
from learnorg_desktop.exchange.entities import Entity, entities
from learnorg_desktop.exchange.errors import PackageError
from learnorg_desktop.exchange.merge import KNOWN_FIELD
from learnorg_desktop.exchange.package_format import PackageWriter
from learnorg_desktop.exchange.state import Aliases, VersionRow, load_versions, save_versions, union
from learnorg_desktop.models import ExchangePackage, ExchangePeerRecord, Resource
from learnorg_desktop.services import organisation
from learnorg_desktop.services.file_store import DocumentStore, NoFileStoreError, StoredFileMissingError, document_store
from learnorg_desktop.services.progress import NO_PROGRESS, Progress
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.migrate import SCHEMA_HEAD
from learnorg_desktop.storage.types import utcnow

ANY_OFFICE = "*"  # the peer key of packages made for no office in particular
_READ_CHUNK = 2000


@dataclass(frozen=True)
class ExportReport:
    """What a package holds: records per entity, documents, and documents that could not be found."""

    export_id: str
    path: Path
    target_office: str | None
    full: bool
    encrypted: bool
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    files: int = 0
    missing_files: tuple[str, ...] = ()

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass
class _Exporter:
    session: Session
    writer: PackageWriter
    peer: str
    full: bool
    progress: Progress
    counts: dict[str, int] = field(default_factory=dict)
    file_hashes: set[str] = field(default_factory=set)
    missing_files: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.aliases = Aliases(self.session)
        self.uuid_by_id: dict[str, dict[int, str]] = {}
        self.sent: dict[str, str] = dict(self.session.execute(
            select(ExchangePeerRecord.record_uuid, ExchangePeerRecord.content_hash)
            .where(ExchangePeerRecord.peer_office == self.peer)).all())
        self.sent_now: dict[str, str] = {}

    def run(self) -> None:
        for entity in entities():
            for table in {t for _, t in entity.references}:
                if table not in self.uuid_by_id:
                    ref = next(e for e in entities() if e.name == table).table
                    self.uuid_by_id[table] = dict(self.session.execute(select(ref.c.id, ref.c.uuid)).all())
            self.counts[entity.name] = self.writer.add_records(entity.name, self._records(entity))
        self.writer.add_aliases(self.aliases.pairs())
        self._save_sent()

    def _records(self, entity: Entity) -> Iterator[dict[str, Any]]:
        # Keyset pages rather than one open cursor: the version stamps are written between pages.
        table, last = entity.table, 0
        while rows := self.session.execute(entity.raw_select().where(table.c.id > last).order_by(table.c.id)
                                           .limit(_READ_CHUNK)).mappings().all():
            last = rows[-1]["id"]
            yield from self._chunk(entity, rows)
            self.progress.check()

    def _chunk(self, entity: Entity, rows: Any) -> Iterator[dict[str, Any]]:
        versions = load_versions(self.session, [r["uuid"] for r in rows])
        new: dict[str, VersionRow] = {}
        changed: dict[str, VersionRow] = {}
        for row in rows:
            values = entity.row_form(row, self._uuid_of)
            content = entity.content_hash(values, self.aliases.canonical)
            version = versions.get(row["uuid"])
            if version is None or version.content_hash != content:  # made or edited here: stamp it
                stamped = VersionRow(content, union(version.known if version else [], [content]), None)
                (changed if version else new)[row["uuid"]] = stamped
                version = stamped
            if not self._wanted(row["uuid"], content, version):
                continue
            self.sent_now[row["uuid"]] = content
            if entity.name == Resource.__tablename__ and row["file_sha256"] and not row["deleted"]:
                self.file_hashes.add(row["file_sha256"])
            yield entity.record(row["uuid"], values) | {KNOWN_FIELD: version.known}
        save_versions(self.session, new, changed)

    def _uuid_of(self, table: str, row_id: int) -> str:
        return self.uuid_by_id[table][row_id]

    def _wanted(self, record_uuid: str, content: str, version: VersionRow) -> bool:
        if self.full:
            return True
        if version.source_office == self.peer and version.content_hash == content:
            return False  # the peer gave us this very version
        return self.sent.get(record_uuid) != content

    def _save_sent(self) -> None:
        fresh = [{"peer_office": self.peer, "record_uuid": u, "content_hash": h}
                 for u, h in self.sent_now.items() if u not in self.sent]
        known = [{"b_uuid": u, "b_hash": h} for u, h in self.sent_now.items() if u in self.sent and self.sent[u] != h]
        table = cast(Table, ExchangePeerRecord.__table__)
        if fresh:
            self.session.execute(insert(table), fresh)
        if known:
            self.session.execute(update(table).where(
                table.c.peer_office == self.peer, table.c.record_uuid == bindparam("b_uuid")
            ).values(content_hash=bindparam("b_hash")), known)


def build_package(session: Session, *, to_office: str | None, full: bool, store: DocumentStore | None,
                  progress: Progress = NO_PROGRESS) -> tuple[bytes, _Exporter]:
    """The package's bytes; stamps local versions and per-peer state in the caller's transaction."""
    local = organisation.local_office(session)
    if local is None:
        raise PackageError("this database belongs to no office yet", code="no_local_office")
    # The target need not be in this database yet: a new field office's first package comes later.
    target = to_office.strip().upper() if to_office and to_office.strip() else None
    if target == local.code:
        raise PackageError("a package cannot be made for this same office", code="package_same_office",
                           office=target)
    writer = PackageWriter(str(uuid.uuid4()), utcnow(), SCHEMA_HEAD, local.uuid, local.code, target, full)
    exporter = _Exporter(session, writer, target or ANY_OFFICE, full, progress)
    exporter.run()
    missing = []
    for sha256 in sorted(exporter.file_hashes):
        try:
            stream = store.open_stream(sha256) if store else None
        except StoredFileMissingError:
            stream = None
        if stream is None:
            missing.append(sha256)
            continue
        with stream:
            writer.add_file(sha256, stream)
    exporter.missing_files = tuple(missing)
    return writer.finish(), exporter


def export_package(db: Database, out: Path, *, to_office: str | None = None, full: bool = False,
                   passphrase: str | None = None, kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
                   progress: Progress = NO_PROGRESS) -> ExportReport:
    """Write a package to `out` (atomically) and remember what was sent; nothing is recorded on failure."""
    out = Path(out)
    try:
        store: DocumentStore | None = document_store(db.engine)
    except NoFileStoreError:
        store = None
    with db.transaction() as session:
        data, exporter = build_package(session, to_office=to_office, full=full, store=store, progress=progress)
        manifest = exporter.writer.manifest()
        package_hash = data[-64:].decode()
        if passphrase:
            data = crypto.encrypt(data, passphrase, kdf)
        session.add(ExchangePackage(
            direction="sent", export_id=manifest.export_id, package_hash=package_hash,
            peer_office=manifest.target_office_code, created_at=manifest.created_at, full=full,
            encrypted=bool(passphrase), record_count=sum(exporter.counts.values()),
            counts=json.dumps({n: c for n, c in exporter.counts.items() if c})))
        _write_atomically(out, data)
    return ExportReport(manifest.export_id, out, manifest.target_office_code, full, bool(passphrase), len(data),
                        {n: c for n, c in exporter.counts.items() if c}, len(manifest.file_hashes()),
                        exporter.missing_files)


def _write_atomically(out: Path, data: bytes) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)

