"""`learnorg review`: finds the person, writes the workbook in the chosen language, refuses clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from learnorg_desktop.cli import main
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import person
from tests.services.test_person_review import Story, build_story


@pytest.fixture
def story(db: Database) -> Story:
    with db.transaction() as session:
        return build_story(session)


def test_review_by_email_in_english(story: Story, db_path: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "helene.xlsx"
    assert main(["review", "helene@example.org", str(out), "--db", str(db_path), "--lang", "en",
                 "--as-of", "2026-06-01"]) == 0
    assert "Hélène Dubois" in capsys.readouterr().out
    book = load_workbook(out)
    assert book.sheetnames[0] == "Summary"
    assert book["Summary"]["A1"].value == "Annual review: Hélène Dubois"


def test_review_by_id_and_by_name_defaults_to_french(story: Story, db_path: Path, tmp_path: Path) -> None:
    for who in (str(story.helene), "Dubois Hélène"):
        out = tmp_path / "r.xlsx"
        assert main(["review", who, str(out), "--db", str(db_path)]) == 0
        assert load_workbook(out).sheetnames[0] == "Synthèse"


def test_ambiguous_name_lists_the_candidates(story: Story, db: Database, db_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        twin = person(session, "Dubois", "Hélène", office="LYON")
    out = tmp_path / "r.xlsx"
    assert main(["review", "Hélène Dubois", str(out), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "several people match" in err
    assert f"{story.helene}\t" in err and f"{twin}\t" in err
    assert not out.exists()


def test_refusals_exit_with_1(story: Story, db_path: Path, tmp_path: Path) -> None:
    assert main(["review", "Zorro", str(tmp_path / "r.xlsx"), "--db", str(db_path)]) == 1
    assert main(["review", str(story.helene), str(tmp_path / "r.csv"), "--db", str(db_path)]) == 1
    assert main(["review", str(story.helene), str(tmp_path / "missing" / "r.xlsx"), "--db", str(db_path)]) == 1
    assert main(["review", str(story.helene), str(tmp_path / "r.xlsx"), "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert not list(tmp_path.glob("*.xlsx"))
