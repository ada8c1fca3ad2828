"""`learnorg people import`: JSON shape, human summary, exit codes, dry run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.services import people
from learnorg_desktop.storage.database import Database
from tests.importers.builders import write_csv, write_zip_bomb


def _count(db: Database) -> int:
    with db.read() as session:
        return people.count(session)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "p.csv", [["Liste"], ["Nom", "Prénom", "Courriel", "Date d'arrivée"],
                                         ["Dupont", "Jean", "jean@x.org", "01/02/2020"],
                                         ["Martin", "Anne", "pas-un-mail", ""]])


def test_json_output(db: Database, db_path: Path, csv_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["people", "import", str(csv_file), "--db", str(db_path), "--office", "LYON", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0
    assert payload == {"rows": 2, "created": 1, "updated": 0, "skipped": 0,
                       "errors": [{"row": 4, "field": "email", "message": payload["errors"][0]["message"]}]}
    assert _count(db) == 1


def test_dry_run_and_summary(db: Database, db_path: Path, csv_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["people", "import", str(csv_file), "--db", str(db_path), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 created" in out and "row 4" in out
    assert _count(db) == 0


def test_unreadable_file_exits_1(db: Database, db_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["people", "import", str(write_zip_bomb(tmp_path / "b.xlsx")), "--db", str(db_path), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.startswith("learnorg: ") and "Traceback" not in captured.err
    assert _count(db) == 0


def test_unknown_office_exits_1(db: Database, db_path: Path, csv_file: Path) -> None:
    assert main(["people", "import", str(csv_file), "--db", str(db_path), "--office", "NOPE"]) == 1
    assert _count(db) == 0
