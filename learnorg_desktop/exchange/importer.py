"""Import a package: checks, then the merge in one transaction, committed or (preview) rolled back."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from learnorg_desktop.exchange import crypto
from learnorg_desktop.exchange.errors import PackageError
from learnorg_desktop.exchange.merge import EntityCounts, Merger
from learnorg_desktop.exchange.package_format import MAX_PACKAGE_BYTES, Manifest, PackageReader
from learnorg_desktop.models import ExchangePackage
from learnorg_desktop.services import organisation
from learnorg_desktop.services.file_store import DocumentStore, NoFileStoreError, document_store
from learnorg_desktop.services.progress import NO_PROGRESS, Progress
from learnorg_desktop.storage.backup import BackupError
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.migrate import SCHEMA_HEAD

log = logging.getLogger(__name__)


@dataclass
class OpenedPackage:
    """A package read from disk, decrypted if needed, with its structure checked."""

    reader: PackageReader
    encrypted: bool

    @property
    def manifest(self) -> Manifest:
        return self.reader.manifest


@dataclass(frozen=True)
class ImportReport:
    """What an import did, or what its preview announces (`applied` False)."""

    export_id: str
    source_office: str
    created_at: datetime
    package_hash: str
    applied: bool
    already_imported: bool = False
    counts: dict[str, EntityCounts] = field(default_factory=dict)
    files: int = 0
    backup: Path | None = None

    def totals(self) -> EntityCounts:
        total = EntityCounts()
        for counts in self.counts.values():
            for name in ("created", "updated", "unchanged", "deleted", "conflicts"):
                setattr(total, name, getattr(total, name) + getattr(counts, name))
        return total

    def as_json(self) -> dict[str, Any]:
        """{"created", "updated", "unchanged", "deleted", "conflicts"} totals and a per-entity breakdown."""
        entities = {n: _counts_json(c) for n, c in self.counts.items() if c.total}
        return {**_counts_json(self.totals()), "entities": entities,
                "export_id": self.export_id, "source_office": self.source_office, "applied": self.applied,
                "already_imported": self.already_imported, "files": self.files}


def _counts_json(counts: EntityCounts) -> dict[str, int]:
    return {"created": counts.created, "updated": counts.updated, "unchanged": counts.unchanged,
            "deleted": counts.deleted, "conflicts": counts.conflicts}


def open_package(path: Path, passphrase: str | None = None) -> OpenedPackage:
    """Read and check a package file; PackageError when it is refused."""
    with Path(path).open("rb") as stream:
        data = stream.read(MAX_PACKAGE_BYTES + 1)
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError("the package is too large", code="package_unsafe")
    encrypted = crypto.is_encrypted(data)
    if encrypted:
        if not passphrase:
            raise PackageError("this package is protected: give its passphrase", code="package_encrypted")
        data = crypto.decrypt(data, passphrase)
    elif passphrase:
        raise PackageError("this package is not protected by a passphrase", code="package_not_encrypted")
    return OpenedPackage(PackageReader(data), encrypted)


def check_acceptable(session: Session, manifest: Manifest) -> bool:
    """Refuse what must not be merged here; True when this very package was already imported."""
    local = organisation.local_office(session)
    if local is None:
        raise PackageError("this database belongs to no office yet", code="no_local_office")
    if manifest.source_office_uuid == local.uuid or manifest.source_office_code == local.code:
        raise PackageError("this package comes from this same office", code="package_same_office",
                           office=manifest.source_office_code)
    if manifest.target_office_code and manifest.target_office_code != local.code:
        raise PackageError(f"this package was made for office {manifest.target_office_code}",
                           code="package_wrong_target", office=manifest.target_office_code)
    if not manifest.schema.isdigit():
        raise PackageError("the package's schema version is malformed", code="package_damaged")
    if int(manifest.schema) > int(SCHEMA_HEAD):
        raise PackageError("the package comes from a newer version of the application", code="package_too_new",
                           schema=manifest.schema)
    return _already_received(session, manifest)


def _already_received(session: Session, manifest: Manifest) -> bool:
    return session.scalar(select(ExchangePackage.package_hash).where(
        ExchangePackage.direction == "received", ExchangePackage.export_id == manifest.export_id)) is not None


def merge_into(session: Session, package: OpenedPackage, *, store: DocumentStore | None,
               progress: Progress = NO_PROGRESS) -> ImportReport:
    """The single code path of preview and import: merge in the caller's transaction, record history."""
    manifest, reader = package.manifest, package.reader
    if check_acceptable(session, manifest):
        previous = session.scalar(select(ExchangePackage.package_hash).where(
            ExchangePackage.direction == "received", ExchangePackage.export_id == manifest.export_id))
        if previous != reader.package_hash:
            raise PackageError("a different package with this export id was already imported",
                               code="package_replayed", export_id=manifest.export_id)
        return ImportReport(manifest.export_id, manifest.source_office_code, manifest.created_at,
                            reader.package_hash, applied=False, already_imported=True)
    try:
        counts = Merger(session, reader, manifest.source_office_code, progress).run()
    except IntegrityError as error:  # a value the schema refuses (range, uniqueness): refuse the package
        raise PackageError(f"a record of the package is not acceptable here ({error.orig})",
                           code="package_bad_record") from None
    files = _store_files(reader, manifest, store, progress)
    session.add(ExchangePackage(
        direction="received", export_id=manifest.export_id, package_hash=reader.package_hash,
        peer_office=manifest.source_office_code, created_at=manifest.created_at, full=manifest.full,
        encrypted=package.encrypted, record_count=sum(c.total for c in counts.values()),
        counts=json.dumps({n: _counts_json(c) for n, c in counts.items() if c.total})))
    session.flush()
    return ImportReport(manifest.export_id, manifest.source_office_code, manifest.created_at, reader.package_hash,
                        applied=store is not None, counts=counts, files=files)


def _store_files(reader: PackageReader, manifest: Manifest, store: DocumentStore | None, progress: Progress) -> int:
    """Copy the documents into the store (content-addressed: harmless if the import then fails); in a
    preview they are only read, so a damaged document is found then too."""
    hashes = sorted(manifest.file_hashes())
    for done, sha256 in enumerate(hashes, 1):
        chunks = reader.file_chunks(sha256)
        if store is None:
            for _ in chunks:
                pass
        else:
            store.put_stream(cast(BinaryIO, io.BufferedReader(_ChunkStream(chunks))))
        progress.report(done, len(hashes), "files")
    return len(hashes)


class _ChunkStream(io.RawIOBase):
    """A readable stream over an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._pending = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            next_chunk = next(self._chunks, None)
            if next_chunk is None:
                return 0
            self._pending = next_chunk
        size = min(len(buffer), len(self._pending))
        buffer[:size], self._pending = self._pending[:size], self._pending[size:]
        return size


def backup_before_import(db: Database) -> Path | None:
    """The one place an exchange takes its safety backup (issue #9's automatic backups)."""
    from learnorg_desktop.storage.backups import take_backup

    try:
        return take_backup(db, "exchange").path
    except BackupError as error:  # a server database: its administrator's dumps cover it
        log.info("no backup before the exchange: %s", error)
        return None


def _store_for(db: Database) -> DocumentStore | None:
    try:
        return document_store(db.engine)
    except NoFileStoreError:
        return None


def preview_import(db: Database, package: OpenedPackage, *, progress: Progress = NO_PROGRESS) -> ImportReport:
    """What importing would do, computed by the real merge and then rolled back."""
    return _run(db, package, apply=False, progress=progress)


def import_package(db: Database, package: OpenedPackage, *, progress: Progress = NO_PROGRESS,
                   backup: bool = True) -> ImportReport:
    """Merge the package for good (after a backup); a refusal or a cancel leaves the database untouched."""
    with db.read() as session:
        if check_acceptable(session, package.manifest):
            return _run(db, package, apply=False, progress=progress)
    saved = backup_before_import(db) if backup else None
    report = _run(db, package, apply=True, progress=progress)
    return ImportReport(**{**report.__dict__, "backup": saved})


def _run(db: Database, package: OpenedPackage, *, apply: bool, progress: Progress) -> ImportReport:
    session = db.factory()
    try:
        report = merge_into(session, package, store=_store_for(db) if apply else None, progress=progress)
        if apply and not report.already_imported:
            session.commit()
        else:
            session.rollback()
        return report
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
