"""Copy a whole database into an empty one on another engine: an office's SQLite file onto a PostgreSQL server
(the move to a shared server), or a server database into a file (to leave it, or to take it offline).

Every row keeps its id, UUID, versions and tombstones, so the copy *is* the same office for the exchange: field
offices go on sending packages to it as before. Rows go in chunks in one transaction on the target (all or
nothing), documents through the two stores (a folder beside a file, a table on a server).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.orm import Session

from learnorg_desktop.models import Base, Office, Resource
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.file_store import document_store
from learnorg_desktop.services.progress import NO_PROGRESS, Progress
from learnorg_desktop.storage.database import Database

CHUNK = 2_000
# Stored through the document stores instead: a server keeps them in this table, a SQLite file beside itself.
THROUGH_STORES = {"stored_documents"}
# Rows of these tables belong to the database itself (written by its migrations), not to the office's data.
OWN_ROWS = {"change_marks"}


@dataclass(frozen=True)
class CopyReport:
    rows: int
    tables: int
    documents: int


def _copied_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in THROUGH_STORES | OWN_ROWS]


def copy_database(source: Database, target: Database, progress: Progress = NO_PROGRESS) -> CopyReport:
    """Copy everything from `source` into `target`, which must be migrated and hold no office yet.

    ServiceError "target_not_empty" when the target already has data; Cancelled (target unchanged) on cancel.
    """
    with target.read() as session:
        if session.scalar(select(func.count()).select_from(Office)):
            raise ServiceError("the target database already holds an office's data: copy into an empty database",
                               code="target_not_empty")
    tables = _copied_tables()
    with source.read() as reading:
        counts = {t.name: reading.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
        total, done = sum(counts.values()), 0
        with target.transaction() as writing:
            for table in reversed(tables):  # a migrated database may hold seed rows (none today): start clean
                writing.execute(delete(table))
            for table in tables:
                ordered = select(table).order_by(*table.primary_key.columns).execution_options(yield_per=CHUNK)
                result = reading.execute(ordered).mappings()
                while rows := result.fetchmany(CHUNK):
                    writing.execute(insert(table), [dict(r) for r in rows])
                    done += len(rows)
                    progress.report(done, total, table.name)
            _advance_sequences(writing, tables)
    documents = _copy_documents(source, target, progress)
    return CopyReport(rows=done, tables=sum(1 for c in counts.values() if c), documents=documents)


def _advance_sequences(session: Session, tables: list[Table]) -> None:
    """On PostgreSQL, ids were given explicitly: move each id sequence past the largest copied id."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite continues after the largest rowid by itself
    for table in tables:
        column = table.c.get("id")
        if column is None or not column.autoincrement or not column.primary_key:
            continue
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def _copy_documents(source: Database, target: Database, progress: Progress) -> int:
    """The library's documents the copied rows refer to; a document missing at the source stays missing."""
    with source.read() as session:
        hashes = sorted(set(session.scalars(select(Resource.file_sha256).where(Resource.file_sha256 != ""))))
    reading, writing = document_store(source.engine), document_store(target.engine)
    copied = 0
    for number, sha256 in enumerate(hashes, start=1):
        if reading.contains(sha256) and not writing.contains(sha256):
            with reading.open_stream(sha256) as stream:
                writing.put_stream(stream)
            copied += 1
        progress.report(number, len(hashes), "documents")
    return copied
