"""`learnorg sessions list`: filters, JSON shape and refusals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.enums import SessionFormat
from learnorg_desktop.services import session_attendance
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import at, held_session, office, person, planned, skill


def test_sessions_list_json(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        ecoute = skill(session, "Écoute active")
        host = person(session, "Lefèvre", "Hélène", office="LYON")
        ana, ben = person(session, "Ana"), person(session, "Ben")
        sid = held_session(session, [ana], day=date(2026, 5, 20), duration=180, format=SessionFormat.BLENDED,
                           online_minutes=60, skill_ids=(ecoute,), host_ids=(host,), external_host="Fédération",
                           office_id=office(session, "LYON"), capacity=10)
        session_attendance.invite(session, sid, [ben])
        planned(session, "Plus tard", starts_at=at(date(2026, 7, 1)))
    assert main(["sessions", "list", "--db", str(db_path), "--from", "01/05/2026", "--to", "2026-05-31",
                 "--office", "lyon", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row == {
        "id": sid, "uuid": row["uuid"], "title": "Atelier accueil", "format": "blended", "status": "held",
        "starts_at": "2026-05-20T14:00:00+00:00", "duration_minutes": 180, "office": "LYON",
        "skills": ["Écoute active"], "hosts": ["Hélène Lefèvre", "Fédération"], "invited": 2, "attended": 1,
        "capacity": 10,
    }
    assert main(["sessions", "list", "--db", str(db_path), "--json"]) == 0
    assert [r["title"] for r in json.loads(capsys.readouterr().out)] == ["Atelier accueil", "Plus tard"]
    assert main(["sessions", "list", "--db", str(db_path)]) == 0
    assert "Plus tard" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["--from", "31/02/2026"], ["--office", "PARIS"],
                                  ["--from", "2026-06-01", "--to", "2026-05-01"]])
def test_sessions_list_refusals(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str],
                                args: list[str]) -> None:
    assert main(["sessions", "list", "--db", str(db_path), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("learnorg:") and "Traceback" not in err


def test_sessions_list_needs_an_existing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sessions", "list", "--db", str(tmp_path / "absent.sqlite3")]) == 1
    assert "no database" in capsys.readouterr().err
