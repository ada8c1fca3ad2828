"""`learnorg skills import|starter` and `learnorg needs list`: exit codes and JSON shape."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.enums import NeedOrigin, NeedStatus
from learnorg_desktop.services import needs, organisation, skills
from learnorg_desktop.services.needs import NeedInput
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import person, skill


def test_skills_import_json(db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "catalogue.csv"
    good.write_text("Category,Name,Key,Target holders,Target level\nSafety,First aid,yes,3,2\n", encoding="utf-8")
    assert main(["skills", "import", str(good), "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "imported": True, "rows": 1, "created": 1, "updated": 0, "categories_created": 1}


def test_skills_import_refuses_bad_rows(db: Database, db_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Target level\nFirst aid,9\nListening,2\n,1\n", encoding="utf-8")
    assert main(["skills", "import", str(bad), "--db", str(db_path), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["imported"] is False
    assert [(e["row"], e["field"]) for e in payload["errors"]] == [(2, "target_level"), (4, "name")]
    assert main(["skills", "import", str(bad), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "row 2" in err and "row 4" in err and "Traceback" not in err
    with db.read() as session:
        assert skills.list_skills(session) == []


def test_skills_starter(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["skills", "starter", "--db", str(db_path), "--lang", "fr", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["skills_created"] >= 30 and report["skills_skipped"] == 0


def test_needs_list_json(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        lyon = organisation.office_by_code(session, "LYON").id
        pid = person(session, "Lefèvre", "Hélène", office="LYON")
        sid = skill(session, "Écoute active")
        needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, person_id=pid, skill_id=sid,
                                             target_date=date(2026, 9, 1)), date(2026, 6, 1))
        done = needs.create_need(session, NeedInput(origin=NeedOrigin.ORGANISATION, office_id=lyon,
                                                    topic="Premiers secours"), date(2026, 6, 1))
        needs.change_status(session, done, NeedStatus.MET, date(2026, 6, 2))
    assert main(["needs", "list", "--db", str(db_path), "--office", "lyon", "--status", "open", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row == {
        "id": 1, "uuid": row["uuid"], "person": "Hélène Lefèvre", "office": "LYON", "team": "",
        "skill": "Écoute active", "topic": "", "origin": "wish", "priority": 2, "status": "open",
        "target_date": "2026-09-01", "opened_on": "2026-06-01",
    }
    assert main(["needs", "list", "--db", str(db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["person"] for r in rows] == ["Hélène Lefèvre", None] and rows[1]["skill"] is None
    assert main(["needs", "list", "--db", str(db_path), "--status", "someday"]) == 1
    assert main(["needs", "list", "--db", str(db_path)]) == 0
    assert "Écoute active" in capsys.readouterr().out
