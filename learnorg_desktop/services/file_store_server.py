"""The library's documents on a server database: kept in the `stored_documents` table, named by SHA-256.

Every coordinator reaches the server, not a folder beside it, so the content lives in the database. Writes use
their own short transaction (content-addressed: a document stored by an import that then fails is harmless, as with
the folder store). Opening a document extracts it once to a read-only copy in the user's data folder.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from learnorg_desktop.models import StoredDocument
from learnorg_desktop.services.file_store import (
    CHUNK,
    StoredFile,
    StoredFileMissingError,
    StreamInputs,
    check_hash,
)
from learnorg_desktop.storage.types import utcnow


@dataclass(frozen=True)
class ServerFileStore(StreamInputs):
    """Documents in a server database; `cache` holds the copies extracted for opening."""

    engine: Engine
    cache: Path

    def put_stream(self, stream: BinaryIO) -> StoredFile:
        digest, parts = hashlib.sha256(), []
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            parts.append(chunk)
        sha256, content = digest.hexdigest(), b"".join(parts)
        with self.engine.begin() as connection:
            inserted = connection.execute(
                pg_insert(StoredDocument).values(sha256=sha256, size=len(content), content=content,
                                                 stored_at=utcnow())
                .on_conflict_do_nothing(index_elements=["sha256"]).returning(StoredDocument.sha256)
            ).first()
        return StoredFile(sha256, len(content), self.cache / sha256[:2] / sha256, already_stored=inserted is None)

    def contains(self, sha256: str) -> bool:
        check_hash(sha256)
        with self.engine.connect() as connection:
            return connection.scalar(select(StoredDocument.size).where(StoredDocument.sha256 == sha256)) is not None

    def read_bytes(self, sha256: str) -> bytes:
        check_hash(sha256)
        with self.engine.connect() as connection:
            content = connection.scalar(select(StoredDocument.content).where(StoredDocument.sha256 == sha256))
        if content is None:
            raise StoredFileMissingError(f"the document {sha256} is not on the server", sha256=sha256)
        return bytes(content)

    def open_stream(self, sha256: str) -> BinaryIO:
        return io.BytesIO(self.read_bytes(sha256))

    def existing_path(self, sha256: str) -> Path:
        """A local read-only copy to open the document with; extracted on first use."""
        target = self.cache / sha256[:2] / sha256
        if target.is_file():
            return target
        data = self.read_bytes(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".extract-", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            Path(temp).chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return target
