"""`learnorg onboarding status|templates` and `learnorg init` loading the default templates."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.services import onboarding_assign, onboarding_templates
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import person


def test_status_json(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = date.today()
    with db.transaction() as session:
        onboarding_templates.load_default_templates(session, "fr")
        late = person(session, "Retard", "Inès", office="LYON", arrival=today - timedelta(days=40))
        fresh = person(session, "Frais", arrival=today)
        for p in (late, fresh):
            onboarding_assign.assign(session, p, onboarding_assign.propose_template(session, p).id, today)
    assert main(["onboarding", "status", "--db", str(db_path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [r["person"] for r in payload["open"]] == ["Inès Retard", "Frais"]
    first = payload["open"][0]
    assert (first["office"], first["done"], first["total"], first["overdue"]) == ("LYON", 0, 8, 7)
    assert first["next_due"] == (today - timedelta(days=40)).isoformat()
    assert payload["indicators"] == {
        "office": None, "checklists": 2, "completed": 0, "completion_rate": 0.0, "median_days_to_complete": None,
        "overdue_items": 7, "overdue_checklists": 1}
    assert main(["onboarding", "status", "--db", str(db_path), "--office", "lyon", "--json"]) == 0
    lyon = json.loads(capsys.readouterr().out)
    assert [r["person"] for r in lyon["open"]] == ["Inès Retard"] and lyon["indicators"]["office"] == "LYON"
    assert main(["onboarding", "status", "--db", str(db_path)]) == 0
    assert "2 open" in capsys.readouterr().out


def test_unknown_office_is_refused(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["onboarding", "status", "--db", str(db_path), "--office", "NOPE"]) == 1
    assert "NOPE" in capsys.readouterr().err


def test_init_loads_templates_and_loading_again_adds_nothing(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new.sqlite3"
    assert main(["init", "--db", str(target), "--office", "HQ", "--office-name", "Siège"]) == 0
    assert main(["onboarding", "templates", "--db", str(target)]) == 0
    assert "0 added, 4 already there" in capsys.readouterr().out
    bare = tmp_path / "bare.sqlite3"
    assert main(["init", "--db", str(bare), "--office", "HQ", "--office-name", "X", "--templates", "none"]) == 0
    db = Database.open(bare)
    with db.read() as session:
        assert onboarding_templates.list_templates(session) == []
    db.close()
