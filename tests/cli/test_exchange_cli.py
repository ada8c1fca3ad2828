"""`learnorg exchange`: export, import (dry run, JSON), history, conflicts and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from learnorg_desktop.cli import main
from tests.exchange.helpers import add_person, dump, edit_person, office_db


@pytest.fixture
def offices(tmp_path: Path) -> tuple[Path, Path]:
    hq, lyon = office_db(tmp_path / "hq", "HQ", hq=True), office_db(tmp_path / "lyon", "LYON")
    uuid = add_person(hq, "Ana", "Silva")
    (tmp_path / "uuid.txt").write_text(uuid)
    hq.close()
    lyon.close()
    return tmp_path / "hq" / "hq.sqlite3", tmp_path / "lyon" / "lyon.sqlite3"


def test_export_dry_run_then_import(offices: tuple[Path, Path], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    hq, lyon = offices
    package = tmp_path / "hq.learnorg"
    secret = tmp_path / "secret.txt"
    secret.write_text("phrase de passe partagée\n", encoding="utf-8")
    assert main(["exchange", "export", str(package), "--db", str(hq), "--to", "LYON",
                 "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    assert main(["exchange", "import", str(package), "--db", str(lyon), "--dry-run", "--json",
                 "--passphrase-file", str(secret)]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert {"created", "updated", "unchanged", "deleted", "conflicts", "entities"} <= set(preview)
    assert preview["entities"]["people"]["created"] == 1 and preview["applied"] is False
    assert main(["exchange", "import", str(package), "--db", str(lyon), "--json",
                 "--passphrase-file", str(secret)]) == 0
    done = json.loads(capsys.readouterr().out)
    assert {k: done[k] for k in ("created", "updated", "unchanged", "deleted", "conflicts")} == {
        k: preview[k] for k in ("created", "updated", "unchanged", "deleted", "conflicts")}
    assert main(["exchange", "import", str(package), "--db", str(lyon), "--passphrase-file", str(secret)]) == 0
    assert "already imported" in capsys.readouterr().out
    assert main(["exchange", "history", "--db", str(lyon), "--json"]) == 0
    [received] = json.loads(capsys.readouterr().out)
    assert received["direction"] == "received" and received["peer_office"] == "HQ"


def test_refusals_exit_1_and_leave_the_database_alone(offices: tuple[Path, Path], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    hq, lyon = offices
    package = tmp_path / "hq.learnorg"
    assert main(["exchange", "export", str(package), "--db", str(hq)]) == 0
    data = bytearray(package.read_bytes())
    data[100] ^= 0xFF
    damaged = tmp_path / "damaged.learnorg"
    damaged.write_bytes(bytes(data))
    from learnorg_desktop.storage.database import Database

    db = Database.open(lyon)
    before = dump(db)
    db.close()
    capsys.readouterr()
    assert main(["exchange", "import", str(damaged), "--db", str(lyon)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert main(["exchange", "import", str(package), "--db", str(hq)]) == 1
    db = Database.open(lyon)
    assert dump(db) == before
    db.close()


def test_conflicts_list_and_resolve(offices: tuple[Path, Path], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    hq, lyon = offices
    uuid = (tmp_path / "uuid.txt").read_text()
    assert main(["exchange", "export", str(tmp_path / "1.learnorg"), "--db", str(hq), "--to", "LYON"]) == 0
    assert main(["exchange", "import", str(tmp_path / "1.learnorg"), "--db", str(lyon)]) == 0
    from learnorg_desktop.storage.database import Database

    for path, phone in ((hq, "01"), (lyon, "02")):
        db = Database.open(path)
        edit_person(db, uuid, phone=phone)
        db.close()
    assert main(["exchange", "export", str(tmp_path / "2.learnorg"), "--db", str(hq), "--to", "LYON"]) == 0
    assert main(["exchange", "import", str(tmp_path / "2.learnorg"), "--db", str(lyon)]) == 0
    capsys.readouterr()
    assert main(["exchange", "conflicts", "--db", str(lyon), "--json"]) == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert conflict["differing_fields"] == ["phone"] and conflict["kept"]["phone"] == "02"
    assert main(["exchange", "conflicts", "--db", str(lyon), "--resolve", str(conflict["id"]),
                 "--fields", "phone"]) == 0
    assert main(["exchange", "conflicts", "--db", str(lyon), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1]) == []
