"""The command line: exit codes, init, people list."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.database import Database


def test_init_creates_an_office_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "lyon.sqlite3"
    assert main(["init", "--db", str(target), "--office", "lyon", "--office-name", "Antenne de Lyon"]) == 0
    assert "LYON" in capsys.readouterr().out
    assert main(["people", "list", "--db", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_init_refuses_an_existing_file_and_bad_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.sqlite3"
    assert main(["init", "--db", str(target), "--office", "A B", "--office-name", "X"]) == 1
    assert not target.exists()
    target.write_text("")
    assert main(["init", "--db", str(target), "--office", "HQ", "--office-name", "X"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["people", "list"])  # --db missing
    assert exit_info.value.code == 2


def test_people_list_json_fields(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    with db.transaction() as session:
        people.create(session, PersonInput(kind="staff", last_name="Lefèvre", first_name="Hélène",  # type: ignore[arg-type]
                                           email="h@asso.fr", office_id=1, arrival_date=date(2024, 1, 2)))
    assert main(["people", "list", "--db", str(db_path), "--json", "--office", "hq"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert {"id", "kind", "first_name", "last_name", "email", "office", "arrival_date", "departure_date",
            "status"} <= row.keys()
    assert row["last_name"] == "Lefèvre" and row["office"] == "HQ" and row["arrival_date"] == "2024-01-02"
    assert main(["people", "list", "--db", str(db_path), "--office", "NOPE"]) == 1


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "learnorg_desktop", "people", "list", "--db", str(tmp_path / "missing" / "x.db"),
         "--office", "ZZ"],
        capture_output=True, text=True, timeout=60, env={"LEARNORG_HOME": str(tmp_path), "PATH": ""},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "no database" in result.stderr
    assert not (tmp_path / "missing").exists()
