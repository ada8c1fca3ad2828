"""`learnorg diagnostic campaigns|form|import|scores`: exit codes and JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.storage.database import Database
from tests.services.diagnostic_data import answer_all, campaign, respond


def test_campaigns_open_close_list(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnostic", "campaigns", "--db", str(db_path), "--open", "Hiver", "--on", "2026-01-05"]) == 0
    capsys.readouterr()
    assert main(["diagnostic", "campaigns", "--db", str(db_path), "--close", "1", "--on", "05/02/2026",
                 "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row == {"id": 1, "uuid": row["uuid"], "name": "Hiver", "opened_on": "2026-01-05",
                   "closed_on": "2026-02-05", "questionnaire_version": "1", "responses": 0, "is_open": False}
    assert main(["diagnostic", "campaigns", "--db", str(db_path), "--close", "1"]) == 1
    assert "already closed" in capsys.readouterr().err


def test_form_then_import(db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
    blank = tmp_path / "form.xlsx"
    assert main(["diagnostic", "form", str(blank), "--db", str(db_path), "--campaign", str(campaign_id),
                 "--lang", "en"]) == 0
    book = openpyxl.load_workbook(blank)
    sheet = book.worksheets[0]
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    sheet.cell(rows["#office"], 3).value = "LILLE – Antenne de Lille"
    sheet.cell(rows["#group"], 3).value = "Volunteer"
    sheet.cell(rows["ONB2"], 3).value = 9
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    capsys.readouterr()
    args = ["diagnostic", "import", str(bad), "--db", str(db_path), "--campaign", str(campaign_id)]
    assert main([*args, "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["imported"] is False
    assert [(p["path"], p["cell"], p["field"], p["code"]) for p in payload["problems"]] == [
        (str(bad), f"C{rows['ONB2']}", "ONB2", "bad_rating")]
    assert main(args) == 1
    assert f"{bad} C{rows['ONB2']}" in capsys.readouterr().err
    sheet.cell(rows["ONB2"], 3).value = "2 – Disagree"
    good = tmp_path / "good.xlsx"
    book.save(good)
    assert main(["diagnostic", "import", str(good), "--db", str(db_path), "--campaign", str(campaign_id),
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"imported": True, "responses": 1, "response_ids": [1]}


def test_scores_json(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        respond(session, campaign_id, answer_all(4), office="LYON", times=5)
        respond(session, campaign_id, answer_all(2), office="LILLE", times=3)
    assert main(["diagnostic", "scores", "--db", str(db_path), "--by", "office", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["campaign"]["id"] == campaign_id and payload["breakdown"] == "office"
    assert payload["min_responses"] == 5
    lille, lyon = payload["cells"]
    assert (lille["office"], lille["suppressed"], lille["responses"], lille["action_plan"]) == (
        "LILLE", True, None, [])
    assert {d["score"] for d in lille["dimensions"]} == {None}
    assert (lyon["office"], lyon["group"], lyon["responses"]) == ("LYON", None, 5)
    assert lyon["dimensions"][0] == {"dimension": "LEAD", "score": 75.0, "answers": 15, "suppressed": False}
    assert [set(item) for item in lyon["action_plan"]] == [{"dimension", "title", "score", "area", "actions"}] * 2
    assert main(["diagnostic", "scores", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "8 responses" in out


def test_scores_without_campaign(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnostic", "scores", "--db", str(db_path)]) == 1
    assert "no campaign" in capsys.readouterr().err
