"""The `.learnorg` package: a zip with a manifest, one JSON-lines part per entity and the documents.

Writing builds the zip in memory and seals it: the zip comment holds the SHA-256 of every byte
before it, so any damaged byte anywhere is detected while the file stays an ordinary zip.
Reading never extracts to disk: members are opened as streams with size caps, and names,
compression and sizes are checked before anything is read.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any, BinaryIO

from learnorg_desktop.exchange.errors import PackageError

FORMAT = "learnorg-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ALIASES = "aliases.json"
_SEAL_PREFIX = b"LEARNORG-SHA256:"
_SEAL_SIZE = len(_SEAL_PREFIX) + 64

MAX_PACKAGE_BYTES = 1 << 30
MAX_MANIFEST_BYTES = 4 << 20
MAX_PART_BYTES = 1 << 30
MAX_TOTAL_BYTES = 4 << 30
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1 << 20
_CHUNK = 1 << 16
# Python's JSON reader recurses on nested arrays: a forged line of "[[[[…" raises RecursionError.
_NOT_JSON = (ValueError, RecursionError)
_RECORDS_NAME = re.compile(r"^records/([a-z_]{1,64})\.jsonl$")
_FILE_NAME = re.compile(r"^files/([0-9a-f]{64})$")


@dataclass(frozen=True)
class PartInfo:
    """One member as the manifest lists it."""

    name: str
    sha256: str
    size: int
    records: int = 0


@dataclass(frozen=True)
class Manifest:
    """What a package says about itself."""

    export_id: str
    created_at: datetime
    schema: str
    source_office_uuid: str
    source_office_code: str
    target_office_code: str | None
    full: bool
    parts: dict[str, PartInfo]
    format_version: int = FORMAT_VERSION

    def record_parts(self) -> dict[str, PartInfo]:
        """Entity table name -> its part."""
        return {m.group(1): p for name, p in self.parts.items() if (m := _RECORDS_NAME.match(name))}

    def file_hashes(self) -> set[str]:
        return {m.group(1) for name in self.parts if (m := _FILE_NAME.match(name))}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "format_version": self.format_version, "schema": self.schema,
            "export_id": self.export_id, "created_at": self.created_at.isoformat(),
            "source": {"office_uuid": self.source_office_uuid, "office_code": self.source_office_code},
            "target": {"office_code": self.target_office_code} if self.target_office_code else None,
            "full": self.full,
            "parts": [{"name": p.name, "sha256": p.sha256, "size": p.size, "records": p.records}
                      for p in self.parts.values()],
        }


# --- writing ---------------------------------------------------------------------------------


@dataclass
class PackageWriter:
    """Builds a package in memory; `finish` returns the sealed bytes."""

    export_id: str
    created_at: datetime
    schema: str
    source_office_uuid: str
    source_office_code: str
    target_office_code: str | None = None
    full: bool = False
    parts: dict[str, PartInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._buffer = io.BytesIO()
        self._zip = zipfile.ZipFile(self._buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5)

    def add_records(self, table: str, records: Iterable[dict[str, Any]]) -> int:
        name = f"records/{table}.jsonl"
        digest, size, count = hashlib.sha256(), 0, 0
        with self._zip.open(name, "w", force_zip64=True) as member:
            lines: list[bytes] = []
            for record in records:
                lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
                count += 1
                if len(lines) >= 1000:
                    size += _write(member, digest, b"".join(lines))
                    lines.clear()
            size += _write(member, digest, b"".join(lines))
        self.parts[name] = PartInfo(name, digest.hexdigest(), size, count)
        return count

    def add_aliases(self, pairs: list[tuple[str, str]]) -> None:
        self._add_bytes(ALIASES, json.dumps(sorted(pairs)).encode())

    def add_file(self, sha256: str, stream: BinaryIO) -> None:
        name = f"files/{sha256}"
        digest, size = hashlib.sha256(), 0
        with self._zip.open(name, "w", force_zip64=True) as member:
            while chunk := stream.read(_CHUNK):
                size += _write(member, digest, chunk)
        if digest.hexdigest() != sha256:
            raise PackageError(f"the stored document {sha256} is damaged", code="stored_file_damaged", sha256=sha256)
        self.parts[name] = PartInfo(name, sha256, size)

    def _add_bytes(self, name: str, data: bytes) -> None:
        self._zip.writestr(name, data)
        self.parts[name] = PartInfo(name, hashlib.sha256(data).hexdigest(), len(data))

    def manifest(self) -> Manifest:
        return Manifest(self.export_id, self.created_at, self.schema, self.source_office_uuid,
                        self.source_office_code, self.target_office_code, self.full, dict(self.parts))

    def finish(self) -> bytes:
        manifest = json.dumps(self.manifest().to_json(), ensure_ascii=False, indent=1).encode()
        self._zip.writestr(MANIFEST, manifest)
        self._zip.comment = _SEAL_PREFIX + b"0" * 64
        self._zip.close()
        data = bytearray(self._buffer.getbuffer())
        data[-64:] = hashlib.sha256(data[:-64]).hexdigest().encode()
        return bytes(data)


def _write(member: IO[bytes], digest: Any, data: bytes) -> int:
    member.write(data)
    digest.update(data)
    return len(data)


# --- reading ---------------------------------------------------------------------------------


def check_seal(data: bytes) -> str:
    """The package's SHA-256 (of everything but the seal); PackageError when any byte was changed."""
    if len(data) < _SEAL_SIZE or data[-_SEAL_SIZE:-64] != _SEAL_PREFIX:
        raise PackageError("this is not a complete LearnOrg package", code="package_damaged")
    expected = data[-64:].decode("ascii", "replace")
    actual = hashlib.sha256(data[:-64]).hexdigest()
    if actual != expected:
        raise PackageError("the package is damaged or was modified", code="package_damaged")
    return actual


class PackageReader:
    """A checked package: the manifest, record streams and documents, all read from memory."""

    def __init__(self, data: bytes) -> None:
        if len(data) > MAX_PACKAGE_BYTES:
            raise PackageError("the package is too large", code="package_unsafe")
        self.package_hash = check_seal(data)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise PackageError(f"the package is not a readable zip ({error})", code="package_damaged") from None
        self._infos = _checked_members(infos)
        self.manifest = parse_manifest(self._read_small(MANIFEST, MAX_MANIFEST_BYTES))
        listed, present = set(self.manifest.parts), set(self._infos) - {MANIFEST}
        if listed != present:
            raise PackageError("the package's members do not match its manifest", code="package_unsafe")
        for name, part in self.manifest.parts.items():
            if self._infos[name].file_size != part.size:
                raise PackageError(f"{name} does not have the size the manifest gives", code="package_damaged")

    def _open(self, name: str) -> Iterator[bytes]:
        """The member's bytes in chunks, checked against the manifest's size and SHA-256 at the end."""
        part = self.manifest.parts[name]
        digest, size = hashlib.sha256(), 0
        try:
            with self._zip.open(self._infos[name]) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    if size > part.size:
                        raise PackageError(f"{name} is larger than announced", code="package_unsafe")
                    digest.update(chunk)
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise PackageError(f"{name} cannot be read ({error})", code="package_damaged") from None
        if size != part.size or digest.hexdigest() != part.sha256:
            raise PackageError(f"{name} is damaged", code="package_damaged")

    def _read_small(self, name: str, limit: int) -> bytes:
        info = self._infos.get(name)
        if info is None:
            raise PackageError(f"the package has no {name}", code="package_damaged")
        if info.file_size > limit:
            raise PackageError(f"{name} is too large", code="package_unsafe")
        try:
            with self._zip.open(info) as member:
                data = member.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise PackageError(f"{name} cannot be read ({error})", code="package_damaged") from None
        if len(data) > limit:
            raise PackageError(f"{name} is too large", code="package_unsafe")
        return data

    def records(self, table: str) -> Iterator[dict[str, Any]]:
        """The records of one entity, one dict per JSON line (none when the part is absent)."""
        name = f"records/{table}.jsonl"
        if name not in self.manifest.parts:
            return
        pending, count = b"", 0
        for chunk in self._open(name):
            lines = (pending + chunk).split(b"\n")
            pending = lines.pop()
            for line in lines:
                count += 1
                yield _record(line, name)
        if pending:
            raise PackageError(f"{name} ends in the middle of a record", code="package_damaged")
        if count != self.manifest.parts[name].records:
            raise PackageError(f"{name} does not hold the announced number of records", code="package_damaged")

    def aliases(self) -> list[tuple[str, str]]:
        if ALIASES not in self.manifest.parts:
            return []
        data = b"".join(self._open(ALIASES))
        try:
            pairs = json.loads(data)
        except _NOT_JSON:
            raise PackageError("the aliases part is not JSON", code="package_damaged") from None
        if not isinstance(pairs, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(u, str) and len(u) <= 36 for u in p)
                for p in pairs):
            raise PackageError("the aliases part is malformed", code="package_bad_record")
        return [(a, b) for a, b in pairs]

    def file_chunks(self, sha256: str) -> Iterator[bytes]:
        """A document's bytes (checked against its name and the manifest)."""
        return self._open(f"files/{sha256}")


def _record(line: bytes, name: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except _NOT_JSON:
        raise PackageError(f"{name} holds a line that is not JSON", code="package_damaged") from None
    if not isinstance(record, dict):
        raise PackageError(f"{name} holds a line that is not a record", code="package_bad_record")
    return record


def _checked_members(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in members:
            raise PackageError(f"the package holds {name} twice", code="package_unsafe", name=name)
        if not _allowed_name(name):
            raise PackageError(f"unexpected member {name!r}", code="package_unsafe", name=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
            raise PackageError(f"{name} uses an unexpected compression", code="package_unsafe", name=name)
        limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_PART_BYTES
        if info.file_size > limit:
            raise PackageError(f"{name} is too large", code="package_unsafe", name=name)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(f"{name} is suspiciously compressed", code="package_unsafe", name=name)
        total += info.file_size
        members[name] = info
    if total > MAX_TOTAL_BYTES:
        raise PackageError("the package would expand too much", code="package_unsafe")
    return members


def _allowed_name(name: str) -> bool:
    return name in (MANIFEST, ALIASES) or bool(_RECORDS_NAME.match(name) or _FILE_NAME.match(name))


def parse_manifest(data: bytes) -> Manifest:
    try:
        raw = json.loads(data)
        if raw.get("format") != FORMAT:
            raise PackageError("this is not a LearnOrg exchange package", code="package_damaged")
        version = raw["format_version"]
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise PackageError(f"package format {version} is newer than this application",
                               code="package_too_new", schema=str(version))
        source, target = raw["source"], raw["target"]
        parts = {p["name"]: PartInfo(str(p["name"]), str(p["sha256"]), int(p["size"]), int(p.get("records", 0)))
                 for p in raw["parts"]}
        created = datetime.fromisoformat(raw["created_at"])
        if created.tzinfo is None:
            raise ValueError("naive creation time")
        return Manifest(
            export_id=_short_text(raw["export_id"]), created_at=created, schema=_short_text(raw["schema"]),
            source_office_uuid=_short_text(source["office_uuid"]),
            source_office_code=_short_text(source["office_code"]),
            target_office_code=_short_text(target["office_code"]) if target else None, full=bool(raw["full"]),
            parts=parts, format_version=version,
        )
    except PackageError:
        raise
    except (*_NOT_JSON, KeyError, TypeError, AttributeError, OverflowError) as error:  # Overflow: int(Infinity)
        raise PackageError(f"the manifest is malformed ({error})", code="package_damaged") from None


def _short_text(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > 64:
        raise ValueError(f"bad manifest value {value!r}")
    return value
