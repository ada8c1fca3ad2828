"""`learnorg report`: writes the workbook, honours --lang/--office/--anonymised, refuses cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from learnorg_desktop.cli import main
from learnorg_desktop.storage.database import Database
from tests.reports import report_data

PERIOD = ["--from", "2025-02-04", "--to", "2026-02-03"]


@pytest.fixture(scope="module")
def org_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "org.sqlite3"
    report_data.build(path).close()
    return path


def test_report_in_english_anonymised_for_one_office(org_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.xlsx"
    args = ["report", str(out), "--db", str(org_path), *PERIOD, "--lang", "en", "--office", "lyon", "--anonymised"]
    assert main(args) == 0
    assert f"written {out}" in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames[0] == "Summary"
    people = book["People"]
    assert "E-mail" not in [c.value for c in people[1]]
    assert {row[0].value.split()[0] for row in people.iter_rows(min_row=2)} == {"Person"}
    assert {row[2].value for row in people.iter_rows(min_row=2)} == {"LYON"}


def test_french_is_the_default(org_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.xlsx"
    assert main(["report", str(out), "--db", str(org_path), *PERIOD, "--quiet"]) == 0
    assert load_workbook(out).sheetnames[0] == "Synthèse"


def test_refusals(org_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(org_path), *PERIOD]
    assert main(["report", str(tmp_path / "r.csv"), *base]) == 1
    assert main(["report", str(tmp_path / "missing" / "r.xlsx"), *base]) == 1
    assert main(["report", str(tmp_path / "r.xlsx"), *base, "--office", "NOWHERE"]) == 1
    assert main(["report", str(tmp_path / "r.xlsx"), "--db", str(org_path), "--from", "2026-02-03",
                 "--to", "2025-01-01"]) == 1
    assert main(["report", str(tmp_path / "r.xlsx"), "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_empty_database(db: Database, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    assert main(["report", str(out), "--db", str(db_path), "--quiet"]) == 0
    book = load_workbook(out)
    assert all(len(sheet.tables) >= 1 for sheet in book.worksheets)
