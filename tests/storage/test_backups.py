"""Automatic backups: taken online, listed, thinned, checked, and restored atomically with the documents."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.backup import BackupError, files_folder
from learnorg_desktop.storage.backup_policy import RetentionPolicy
from learnorg_desktop.storage.backups import list_backups, problems, restore, take_backup
from learnorg_desktop.storage.database import Database


def _add(db: Database, name: str) -> None:
    with db.transaction() as session:
        people.create(session, PersonInput(PersonKind.VOLUNTEER, name, "Zoé"))


def _names(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT last_name FROM people")}


def test_backup_while_open_holds_the_committed_data(db: Database, db_path: Path) -> None:
    _add(db, "Avant")
    info = take_backup(db, "start")
    _add(db, "Après")
    assert info.reason == "start" and info.path.is_file()
    assert _names(info.path) == {"Avant"}
    assert problems(info.path) == []
    assert list_backups(db_path)[0] == info


def test_old_backups_are_thinned(db: Database, db_path: Path) -> None:
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    policy = RetentionPolicy(daily=3, weekly=2, monthly=1, latest=1)
    for day in range(20):
        take_backup(db, "close", policy=policy, now=start + timedelta(days=day))
    kept = list_backups(db_path)
    assert len(kept) <= 3 + 2 + 1 + 1
    assert kept[0].taken_at == start + timedelta(days=19)


def test_restore_swaps_the_backup_in_and_keeps_the_replaced_state(db: Database, db_path: Path) -> None:
    _add(db, "Avant")
    folder = files_folder(db_path)
    folder.mkdir()
    (folder / "abc.pdf").write_bytes(b"%PDF document")
    info = take_backup(db, "start")
    _add(db, "Après")
    (folder / "abc.pdf").unlink()
    db.close()
    before = restore(info.path, db_path)
    assert _names(db_path) == {"Avant"}
    assert (folder / "abc.pdf").read_bytes() == b"%PDF document"
    assert before is not None and _names(before.path) == {"Avant", "Après"}
    reopened = Database.open(db_path)
    reopened.close()


def test_a_damaged_backup_is_refused_and_the_database_untouched(db: Database, db_path: Path, tmp_path: Path) -> None:
    _add(db, "Intact")
    db.close()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    original = db_path.read_bytes()
    with pytest.raises(BackupError):
        restore(broken, db_path)
    assert db_path.read_bytes() == original


def test_problems_names_a_file_that_is_not_a_learnorg_database(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert problems(other) == ["not a LearnOrg database"]
    assert problems(tmp_path / "missing.sqlite3")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert problems(garbage)
