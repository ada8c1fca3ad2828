"""`learnorg stats`: exit codes and the JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.storage.database import Database
from tests.services import indicators_data

PERIOD = ["--from", "2026-01-01", "--to", "2026-06-30"]


@pytest.fixture
def org(db: Database) -> Database:
    with db.transaction() as session:
        indicators_data.build(session)
    return db


def test_stats_json_shape(org: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db_path), *PERIOD, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {
        "office", "start", "end", "today", "people", "turnover", "onboarding", "needs", "key_skills",
        "sessions_held", "participation", "participation_series", "satisfaction", "learning_gain", "application",
        "resources_added", "warnings"}
    assert (payload["office"], payload["start"], payload["end"]) == (None, "2026-01-01", "2026-06-30")
    assert payload["people"]["active"] == 5
    assert payload["people"]["by_kind"][0] == {"kind": "volunteer", "active": 3, "arrivals": 0, "departures": 2}
    assert payload["sessions_held"] == [{"month": f"2026-0{m}-01", "count": n}
                                        for m, n in zip(range(1, 7), [1, 0, 1, 0, 1, 1], strict=True)]
    assert payload["participation"] == {"on": "2026-06-30", "active": 5, "participants": 4, "rate": 0.8}
    assert len(payload["participation_series"]) == 6
    assert payload["application"] == {"answered": 4, "applied": 3, "rate": 0.75}
    assert payload["learning_gain"] == {"assessments": 4, "without_baseline": 1, "mean_change": 1.5}
    assert {"rate", "median_stay_days", "departures", "average_headcount"} <= set(payload["turnover"])
    assert {s["skill"] for s in payload["key_skills"]["skills"]} == {"K", "K2"}
    assert isinstance(payload["warnings"], list)
    for warning in payload["warnings"]:
        assert set(warning) == {"kind", "office", "figures", "period_ends", "last_resource_on", "action"}


def test_stats_office_and_table(org: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db_path), *PERIOD, "--office", "lyon", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["office"] == "LYON"
    assert main(["stats", "--db", str(db_path), *PERIOD]) == 0
    assert "2026-06" in capsys.readouterr().out


def test_stats_refusals(org: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db_path), "--office", "NOWHERE"]) == 1
    assert main(["stats", "--db", str(db_path), "--from", "2026-06-30", "--to", "2026-01-01"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_stats_on_empty_database(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db_path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["participation"]["rate"] is None and payload["satisfaction"]["usefulness"] is None
    # The twelve months ending today touch 13 calendar months (12 when today is a month's last day).
    assert len(payload["sessions_held"]) in (12, 13)
