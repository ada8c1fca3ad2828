"""The library's documents, copied beside the database and named by their SHA-256 (content-addressed).

`<db stem>-files/ab/abcdef…`: the same content is stored once, a stored file never changes (it is made
read-only so "Save" in the program that opened it cannot alter it), and moving or deleting the original
after adding it loses nothing. Copies are written to a temporary file first and moved into place with
`os.replace`, so a crash never leaves a half-written document under its final name.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import tempfile
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from learnorg_desktop.services.errors import NotFoundError, ServiceError

CHUNK = 1 << 20
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class SourceFileMissingError(NotFoundError):
    """The file to add does not exist (or is not a regular file); `params["path"]` names it."""

    code = "source_file_missing"


class StoredFileMissingError(NotFoundError):
    """The library's copy is gone (folder moved or cleaned by hand); `params["sha256"]` names it."""

    code = "stored_file_missing"


class NoFileStoreError(ServiceError):
    """A server database has no folder beside it to keep documents in."""

    code = "no_file_store"


@dataclass(frozen=True)
class StoredFile:
    """A document in the store; `already_stored` when the same content was there before."""

    sha256: str
    size: int
    path: Path
    already_stored: bool


class DocumentStore(Protocol):
    """Where documents are kept: a folder beside a SQLite file (FileStore) or a server's table (ServerFileStore)."""

    def put_file(self, source: str | Path) -> StoredFile: ...
    def put_bytes(self, data: bytes) -> StoredFile: ...
    def put_stream(self, stream: BinaryIO) -> StoredFile: ...
    def contains(self, sha256: str) -> bool: ...
    def read_bytes(self, sha256: str) -> bytes: ...
    def open_stream(self, sha256: str) -> BinaryIO: ...
    def existing_path(self, sha256: str) -> Path: ...


class StreamInputs(ABC):
    """put_file and put_bytes in terms of a store's own put_stream (both stores take documents the same way)."""

    @abstractmethod
    def put_stream(self, stream: BinaryIO) -> StoredFile:
        """Store the stream's content once, under its SHA-256."""

    def put_file(self, source: str | Path) -> StoredFile:
        """Copy a file into the store (once per content)."""
        path = Path(source).expanduser()
        if not path.is_file():
            raise SourceFileMissingError(f"no file at {path}", path=str(path))
        with path.open("rb") as stream:
            return self.put_stream(stream)

    def put_bytes(self, data: bytes) -> StoredFile:
        return self.put_stream(io.BytesIO(data))


@dataclass(frozen=True)
class FileStore(StreamInputs):
    """A folder of documents named by content hash."""

    root: Path

    @classmethod
    def beside(cls, database: str | Path) -> FileStore:
        """The store of a SQLite database (a path or a sqlite:/// URL): `<folder>/<stem>-files`."""
        text = str(database)
        if "://" in text:
            url = make_url(text)
            if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
                raise NoFileStoreError("documents are only stored beside a SQLite database file")
            text = url.database
        path = Path(text).expanduser().resolve()
        return cls(path.with_name(f"{path.stem}-files"))

    def path_for(self, sha256: str) -> Path:
        """Where the content with this hash lives (whether or not it is there)."""
        check_hash(sha256)
        return self.root / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def open_stream(self, sha256: str) -> BinaryIO:
        """The stored document, for reading; StoredFileMissingError when it is gone."""
        return self.existing_path(sha256).open("rb")

    def existing_path(self, sha256: str) -> Path:
        """The stored document's path, for opening it; StoredFileMissingError when it is gone."""
        path = self.path_for(sha256)
        if not path.is_file():
            raise StoredFileMissingError(f"the stored copy {path} is missing", sha256=sha256, path=str(path))
        return path

    def put_stream(self, stream: BinaryIO) -> StoredFile:
        """Copy a stream into a temporary file while hashing it, then move it under its hash."""
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-", suffix=".part")
        temp = Path(temp_name)
        try:
            digest, size = _copy(stream, handle)
            target = self.path_for(digest)
            if target.is_file() and target.stat().st_size == size:
                temp.unlink()
                return StoredFile(digest, size, target, already_stored=True)
            target.parent.mkdir(exist_ok=True)
            if target.exists():  # a damaged copy: make it writable so os.replace may swap it on Windows
                target.chmod(stat.S_IREAD | stat.S_IWRITE)
            temp.chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
            os.replace(temp, target)
            return StoredFile(digest, size, target, already_stored=False)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def read_bytes(self, sha256: str) -> bytes:
        return self.existing_path(sha256).read_bytes()


def check_hash(sha256: str) -> None:
    """Refuse anything but a SHA-256 in hex: hashes come from packages and become file names."""
    if not _SHA256.match(sha256):
        raise StoredFileMissingError(f"'{sha256}' is not a SHA-256 hash", sha256=sha256)


def document_store(engine: Engine) -> DocumentStore:
    """The store of the database behind `engine`: the folder beside a SQLite file, the database table on a server."""
    if engine.url.get_backend_name() == "sqlite":
        return FileStore.beside(engine.url.render_as_string(hide_password=False))
    from learnorg_desktop.paths import app_paths
    from learnorg_desktop.services.file_store_server import ServerFileStore

    return ServerFileStore(engine, app_paths().data_dir / "server-documents")


def _copy(stream: BinaryIO, handle: int) -> tuple[str, int]:
    """Write the stream to the open descriptor (flushed to disk); its SHA-256 and size."""
    digest, size = hashlib.sha256(), 0
    with os.fdopen(handle, "wb") as out:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), size
