"""Backups of a server database: pg_dump, a dump that pg_restore puts back, and plain refusals."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from learnorg_desktop.cli import main
from learnorg_desktop.enums import PersonKind
from learnorg_desktop.models import Person
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage import server_backup
from learnorg_desktop.storage.backup import BackupError, backup_to
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.server_backup import dump_command, find_tool, restore_hint
from tests.conftest import NewTarget

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])


def _names(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Person.first_name).order_by(Person.first_name)))


def test_the_password_is_never_on_the_command_line(backend: str) -> None:
    url = make_url("postgresql+psycopg://coord:s3cret@serveur.local:5433/learnorg")
    command = dump_command(url, Path("/tmp/sauvegarde.dump"), "pg_dump")
    assert not any("s3cret" in part for part in command.argv) and "s3cret" not in command.shown()
    assert command.env == {"PGPASSWORD": "s3cret"}
    assert {"--host=serveur.local", "--port=5433", "--username=coord", "--dbname=learnorg"} <= set(command.argv)
    assert "s3cret" not in restore_hint(url, Path("/tmp/sauvegarde.dump"))


def test_a_dump_restores_into_an_empty_database(db: Database, new_target: NewTarget, tmp_path: Path) -> None:
    with db.transaction() as session:
        people.create(session, PersonInput(PersonKind.VOLUNTEER, "Lefèvre", "Aurélie"))
    dump = backup_to(db, tmp_path / "sauvegardes" / "siège.dump")
    assert dump.is_file() and not list(dump.parent.glob("*.part"))
    empty = make_url(new_target("restored", empty=True))
    restore = find_tool("pg_restore")
    assert restore is not None
    argv = restore_hint(empty, dump).replace('"', "").split()
    subprocess.run([str(restore), *argv[1:]], check=True, capture_output=True)
    restored = Database.open(empty.render_as_string(hide_password=False))
    try:
        assert _names(restored) == ["Aurélie"]
    finally:
        restored.close()


def test_a_refused_dump_leaves_no_file_and_says_why(db: Database, tmp_path: Path) -> None:
    url = db.engine.url.set(database="does_not_exist")
    with pytest.raises(BackupError, match=r"pg_dump refused: .*does_not_exist"):
        server_backup.dump_database(url, tmp_path / "x.dump")
    assert list(tmp_path.iterdir()) == []


def test_without_pg_dump_the_message_says_what_to_install(db: Database, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_backup, "find_tool", lambda _name: None)
    with pytest.raises(BackupError, match="postgresql-client"):
        backup_to(db, tmp_path / "x.dump")


def test_cli_backup_prints_how_to_restore_and_restore_refuses(db: Database, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    location = db.engine.url.render_as_string(hide_password=False)
    dump = tmp_path / "hq.dump"
    assert main(["backup", "--db", location, "--to", str(dump)]) == 0
    out = capsys.readouterr().out
    assert dump.is_file() and "pg_restore --clean" in out
    assert main(["restore", str(dump), "--db", location]) == 1
    assert "pg_restore" in capsys.readouterr().err
