"""`learnorg privacy`: access export, anonymisation (backed up, confirmed), people due, consents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from learnorg_desktop.cli import main
from learnorg_desktop.models import Person
from learnorg_desktop.services import privacy
from learnorg_desktop.storage.backups import list_backups
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import person
from tests.services.test_person_review import Story, build_story


@pytest.fixture
def story(db: Database) -> Story:
    with db.transaction() as session:
        return build_story(session)


def _person(db: Database, person_id: int) -> Person:
    with db.read() as session:
        found = session.get(Person, person_id)
        assert found is not None
        return found


def test_export_by_uuid_writes_a_workbook_and_json(story: Story, db: Database, db_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    uuid = _person(db, story.helene).uuid
    out = tmp_path / "helene.xlsx"
    assert main(["privacy", "export", uuid.upper(), str(out), "--db", str(db_path), "--lang", "en"]) == 0
    assert capsys.readouterr().out.split() == [str(out), str(out.with_suffix(".json"))]
    assert load_workbook(out).sheetnames[0] == "Person"
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["person"]["last_name"] == "Dubois"


def test_export_by_email_as_json_only(story: Story, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "helene.json"
    assert main(["privacy", "export", "helene@example.org", str(out), "--db", str(db_path)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["first_name"] == "Hélène"
    assert not out.with_suffix(".xlsx").exists()


def test_export_refusals(story: Story, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["privacy", "export", "Zorro", str(tmp_path / "x.xlsx"), "--db", str(db_path)]) == 1
    assert main(["privacy", "export", "helene@example.org", str(tmp_path / "x.csv"), "--db", str(db_path)]) == 1
    assert main(["privacy", "export", "00000000-0000-0000-0000-000000000000", str(tmp_path / "x.json"),
                 "--db", str(db_path)]) == 1
    assert "nobody has the identifier" in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def test_anonymise_backs_up_first_and_is_idempotent(story: Story, db: Database, db_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["privacy", "anonymise", "Hélène Dubois", "--db", str(db_path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Hélène Dubois is now “Anonymisé #" in out and "backed up to" in out
    assert [b.reason for b in list_backups(db_path)] == ["anonymise"]
    helene = _person(db, story.helene)
    assert helene.anonymised_at is not None and helene.last_name.startswith("Anonymisé #")
    assert main(["privacy", "anonymise", str(story.helene), "--db", str(db_path), "--yes"]) == 0
    assert "already anonymised" in capsys.readouterr().out
    assert _person(db, story.helene).anonymised_at == helene.anonymised_at


def test_anonymise_without_yes_is_refused_when_nobody_can_answer(story: Story, db: Database, db_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["privacy", "anonymise", "helene@example.org", "--db", str(db_path)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert _person(db, story.helene).anonymised_at is None
    assert list_backups(db_path) == []


def test_anonymise_asks_at_a_terminal(story: Story, db: Database, db_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "non")
    assert main(["privacy", "anonymise", "helene@example.org", "--db", str(db_path)]) == 1
    assert _person(db, story.helene).anonymised_at is None
    monkeypatch.setattr("builtins.input", lambda _prompt: "oui")
    assert main(["privacy", "anonymise", "helene@example.org", "--db", str(db_path), "--lang", "en"]) == 0
    assert _person(db, story.helene).last_name.startswith("Anonymised #")


def test_due_lists_old_leavers_and_records_the_review(db: Database, db_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        old = person(session, "Ancien", "Paul", departure=date(2015, 1, 1))
        person(session, "Récent", "Lou", departure=date.today())
    assert main(["privacy", "due", "--db", str(db_path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["years"] == 3 and [p["id"] for p in payload["people"]] == [old]
    assert main(["privacy", "due", "--db", str(db_path), "--years", "20", "--mark-reviewed"]) == 0
    assert capsys.readouterr().out.startswith("0 people left more than 20 years ago")
    with db.read() as session:
        assert not privacy.retention_reminder_due(session, date.today())
    assert main(["privacy", "due", "--db", str(db_path), "--years", "0"]) == 1


def test_consent_given_then_withdrawn(story: Story, db: Database, db_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    base = ["privacy", "consent", "helene@example.org", "--db", str(db_path), "--purpose", "photos"]
    assert main([*base, "--given", "15/01/2025", "--note", "formulaire"]) == 0
    assert "given on 2025-01-15" in capsys.readouterr().out
    assert main([*base, "--withdraw", "--on", "2025-06-01"]) == 0
    assert "1 consent(s)" in capsys.readouterr().out
    assert main([*base, "--withdraw"]) == 1
    assert "no open consent" in capsys.readouterr().err
    with db.read() as session:
        consents = privacy.list_consents(session, story.helene)
        assert [(c.purpose, c.given_on, c.withdrawn_on, c.note) for c in consents] == [
            ("photos", date(2025, 1, 15), date(2025, 6, 1), "formulaire")]
        assert session.scalar(select(Person.anonymised_at).where(Person.id == story.helene)) is None
