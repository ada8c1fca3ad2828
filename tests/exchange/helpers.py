"""Small office databases, data builders and comparison helpers for the exchange tests."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from learnorg_desktop.enums import AssessmentSource, PersonKind, ResourceKind
from learnorg_desktop.exchange.crypto import KdfParams
from learnorg_desktop.exchange.entities import entities
from learnorg_desktop.exchange.export import ExportReport, export_package
from learnorg_desktop.exchange.importer import ImportReport, import_package, open_package, preview_import
from learnorg_desktop.exchange.package_format import MANIFEST
from learnorg_desktop.exchange.state import Aliases
from learnorg_desktop.models import Base, Office, Person, Resource, Skill, SkillAssessment, SkillCategory
from learnorg_desktop.services import organisation
from learnorg_desktop.services.file_store import document_store
from learnorg_desktop.storage.database import Database

FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)


def office_db(where: Path | Callable[[str], str | Path], code: str, *, hq: bool = False) -> Database:
    """A new office database: a SQLite file in the folder `where`, or wherever the factory `where` puts it."""
    if callable(where):
        target = where(code.lower())
    else:
        where.mkdir(parents=True, exist_ok=True)
        target = where / f"{code.lower()}.sqlite3"
    db = Database.open(target)
    with db.transaction() as session:
        organisation.initialise(session, office_code=code, office_name=f"Bureau {code}", headquarters=hq)
    return db


def add_person(db: Database, first: str, last: str, *, office: str | None = None) -> str:
    with db.transaction() as session:
        office_id = session.scalar(select(Office.id).where(Office.code == office)) if office else None
        person = Person(kind=PersonKind.VOLUNTEER, first_name=first, last_name=last, office_id=office_id,
                        origin_office_uuid=organisation.local_office_uuid(session), arrival_date=date(2025, 1, 6))
        session.add(person)
        session.flush()
        return person.uuid


def add_skill_and_level(db: Database, person_uuid: str, skill: str, level: int) -> str:
    with db.transaction() as session:
        origin = organisation.local_office_uuid(session)
        category = SkillCategory(name=f"Catégorie {skill}", origin_office_uuid=origin)
        found = Skill(name=skill, origin_office_uuid=origin)
        session.add_all([category, found])
        session.flush()
        found.category_id = category.id
        person_id = session.scalar(select(Person.id).where(Person.uuid == person_uuid))
        assessment = SkillAssessment(person_id=person_id, skill_id=found.id, level=level, assessed_on=date(2025, 3, 1),
                                     source=AssessmentSource.SELF, origin_office_uuid=origin)
        session.add(assessment)
        session.flush()
        return assessment.uuid


def add_document(db: Database, title: str, content: bytes) -> str:
    stored = document_store(db.engine).put_bytes(content)
    with db.transaction() as session:
        resource = Resource(title=title, kind=ResourceKind.FILE, file_name=f"{title}.txt", file_sha256=stored.sha256,
                            file_size=stored.size, origin_office_uuid=organisation.local_office_uuid(session))
        session.add(resource)
        session.flush()
        return resource.uuid


def edit_person(db: Database, uuid: str, **changes: Any) -> None:
    with db.transaction() as session:
        person = session.scalars(select(Person).where(Person.uuid == uuid)).one()
        for key, value in changes.items():
            setattr(person, key, value)


def export(db: Database, out: Path, **options: Any) -> ExportReport:
    if options.get("passphrase"):
        options.setdefault("kdf", FAST_KDF)
    return export_package(db, out, **options)


def send(source: Database, target: Database, path: Path, *, full: bool = False, to: str | None = None,
         passphrase: str | None = None) -> ImportReport:
    export(source, path, full=full, to_office=to, passphrase=passphrase)
    return import_package(target, open_package(path, passphrase), backup=False)


def preview(db: Database, path: Path, passphrase: str | None = None) -> ImportReport:
    return preview_import(db, open_package(path, passphrase))


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (exchange bookkeeping included), for "the database is untouched" checks."""
    with db.read() as session:
        return {t.name: sorted(map(tuple, session.execute(select(t)).all()), key=repr)
                for t in Base.metadata.sorted_tables}


def content(db: Database) -> dict[str, dict[str, Any]]:
    """Exchanged content per canonical record UUID, as it travels: what offices must agree on."""
    result: dict[str, dict[str, Any]] = {}
    with db.read() as session:
        aliases = Aliases(session)
        for spec in entities():
            ids = {}
            for _, table in spec.references:
                ref = next(e for e in entities() if e.name == table).table
                ids[table] = dict(session.execute(select(ref.c.id, ref.c.uuid)).all())
            for row in session.execute(spec.raw_select()).mappings():
                form = spec.row_form(row, lambda t, i, ids=ids: ids[t][i])  # type: ignore[misc]
                form = {k: aliases.canonical(v) if any(k == n for n, _ in spec.references) and v else v
                        for k, v in form.items()}
                result[f"{spec.name}:{aliases.canonical(row['uuid'])}"] = form
    return result


def sealed_zip(members: list[tuple[str, bytes]], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip sealed like a real package, with whatever members a test needs."""
    import hashlib

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data, compress_type=compression)
        archive.comment = b"LEARNORG-SHA256:" + b"0" * 64
    data = bytearray(buffer.getvalue())
    data[-64:] = hashlib.sha256(data[:-64]).hexdigest().encode()
    return bytes(data)


def members_of(package: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def with_manifest(members: list[tuple[str, bytes]], **changes: Any) -> list[tuple[str, bytes]]:
    """The members with the manifest's top-level fields changed."""
    result = []
    for name, data in members:
        if name == MANIFEST:
            manifest = json.loads(data)
            manifest.update(changes)
            data = json.dumps(manifest).encode()
        result.append((name, data))
    return result


def now() -> datetime:
    return datetime.now(UTC)
