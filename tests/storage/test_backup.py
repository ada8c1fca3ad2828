"""Online backup with sqlite3's backup API."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.file_store import FileStore
from learnorg_desktop.services.people import PersonInput, PersonQuery
from learnorg_desktop.storage.backup import BackupError, backup_to, copy_files_folder
from learnorg_desktop.storage.database import Database


def names(db: Database) -> list[str]:
    with db.read() as session:
        ids = people.list_ids(session, PersonQuery(), date.today())
        rows = people.fetch_rows(session, ids, date.today())
    return [rows[i].last_name for i in ids]


def test_backup_opens_with_the_same_people(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        for name in ("Dubois", "Martin", "Œuvray"):
            people.create(session, PersonInput(PersonKind.VOLUNTEER, name))
    reader = db.read()  # an open reader must not block the backup
    written = backup_to(db, tmp_path / "backups" / "copy.sqlite3")
    reader.close()
    assert written.is_file()
    copy = Database.open(written)
    try:
        assert names(copy) == names(db) == ["Dubois", "Martin", "Œuvray"]
        with copy.read() as session:
            assert organisation.local_office(session).code == "HQ"
    finally:
        copy.close()
    assert not (tmp_path / "backups" / "copy.sqlite3.part").exists()


def test_backup_overwrites_an_older_backup(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"old")
    backup_to(db, target)
    assert target.read_bytes()[:15] == b"SQLite format 3"


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_backup_refuses_to_overwrite_the_live_database(db: Database, db_path: Path, suffix: str) -> None:
    before = db_path.read_bytes()
    with pytest.raises(BackupError):
        backup_to(db, Path(f"{db_path}{suffix}"))
    assert db_path.read_bytes() == before


def test_backup_refuses_the_live_file_through_another_path(db: Database, db_path: Path) -> None:
    with pytest.raises(BackupError):
        backup_to(db, db_path.parent / "." / db_path.name)


def test_backup_copies_the_documents_folder(db: Database, db_path: Path, tmp_path: Path) -> None:
    store = FileStore.beside(db_path)
    first, second = store.put_bytes("Fiche réflexe – accueil".encode()), store.put_bytes(b"second")
    (store.root / ".incoming-x.part").write_bytes(b"half")  # an unfinished copy is left out
    written = backup_to(db, tmp_path / "backups" / "copy.sqlite3")
    copies = FileStore.beside(written)
    assert copies.root == tmp_path / "backups" / "copy-files"
    assert copies.read_bytes(first.sha256) == "Fiche réflexe – accueil".encode()
    assert copies.read_bytes(second.sha256) == b"second"
    assert not (copies.root / ".incoming-x.part").exists()
    assert not list(copies.root.rglob("*.part"))


def test_backup_skips_documents_already_copied(db: Database, db_path: Path, tmp_path: Path) -> None:
    store = FileStore.beside(db_path)
    kept = store.put_bytes(b"kept")
    backup_to(db, tmp_path / "copy.sqlite3")
    copy_path = FileStore.beside(tmp_path / "copy.sqlite3").path_for(kept.sha256)
    before = copy_path.stat().st_mtime_ns
    added = store.put_bytes(b"added later")
    assert copy_files_folder(db_path.resolve(), (tmp_path / "copy.sqlite3").resolve()) == 1
    assert copy_path.stat().st_mtime_ns == before
    assert FileStore.beside(tmp_path / "copy.sqlite3").read_bytes(added.sha256) == b"added later"


def test_backup_without_documents_makes_no_folder(db: Database, tmp_path: Path) -> None:
    backup_to(db, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy-files").exists()
