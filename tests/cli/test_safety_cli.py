"""`learnorg backup`, `restore` and `check` from the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.enums import PersonKind
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.database import Database


def _count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM people").fetchone()[0])


def test_backup_then_restore_round_trip(db: Database, db_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        people.create(session, PersonInput(PersonKind.STAFF, "Lefèvre", "Aurélie"))
    db.close()
    copy = tmp_path / "copie.sqlite3"
    assert main(["backup", "--db", str(db_path), "--to", str(copy)]) == 0
    assert main(["backup", "--db", str(db_path)]) == 0
    assert main(["backup", "--db", str(db_path), "--list"]) == 0
    assert "manual" in capsys.readouterr().out
    reopened = Database.open(db_path)
    with reopened.transaction() as session:
        people.create(session, PersonInput(PersonKind.STAFF, "Après", "Noé"))
    reopened.close()
    assert _count(db_path) == 2
    assert main(["restore", str(copy), "--db", str(db_path)]) == 0
    assert _count(db_path) == 1
    assert "backed up to" in capsys.readouterr().out


def test_check_passes_a_sound_database_and_fails_a_damaged_one(db: Database, db_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    db.close()
    assert main(["check", "--db", str(db_path)]) == 0
    assert "ok" in capsys.readouterr().out
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 2: page * 2 + 200] = b"\x07" * 200  # scribble over a b-tree page
    db_path.write_bytes(bytes(data))
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(db: Database, db_path: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    before = db_path.read_bytes()
    assert main(["restore", str(bad), "--db", str(db_path)]) == 1
    assert "refused" in capsys.readouterr().err
    assert db_path.read_bytes() == before
