"""Moving an office's database between engines: every row and document arrives, ids go on afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.demo.generator import generate
from learnorg_desktop.services.database_copy import OWN_ROWS, THROUGH_STORES, copy_database
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.file_store import document_store
from learnorg_desktop.services.progress import Cancelled, Progress
from learnorg_desktop.storage.database import Database
from tests.conftest import NewTarget
from tests.exchange.helpers import add_document, add_person, dump


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {name: rows for name, rows in dump(db).items() if name not in THROUGH_STORES | OWN_ROWS}


@pytest.fixture
def demo_file(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "siège.sqlite3")
    generate(db, people=40, seed=3, today=date(2026, 6, 1))
    add_document(db, "Fiche réflexe – accueil", "Écouter, reformuler".encode())
    return db


def test_a_file_moves_onto_an_empty_database_whole(demo_file: Database, new_target: NewTarget) -> None:
    target = Database.open(new_target("copie"))
    report = copy_database(demo_file, target)
    assert report.rows == sum(len(rows) for rows in _rows(demo_file).values())
    assert _rows(target) == _rows(demo_file)
    hashes = {r.file_sha256 for r in _resources(target) if r.file_sha256}
    assert report.documents == len(hashes) > 1  # the demo's documents and ours, read from the target's own store
    source, copied = document_store(demo_file.engine), document_store(target.engine)
    assert all(copied.read_bytes(h) == source.read_bytes(h) for h in hashes)
    add_person(target, "Noé", "Après")  # ids continue after the copied ones (no clash with a copied person)
    target.close()


def _resources(db: Database) -> list[Any]:
    from sqlalchemy import select

    from learnorg_desktop.models import Resource

    with db.read() as session:
        return list(session.scalars(select(Resource)))


def test_a_target_with_data_is_refused_untouched(demo_file: Database, db: Database) -> None:
    before = _rows(db)
    with pytest.raises(ServiceError) as refused:
        copy_database(demo_file, db)
    assert refused.value.code == "target_not_empty" and _rows(db) == before


def test_cancel_leaves_the_target_empty(demo_file: Database, new_target: NewTarget) -> None:
    target = Database.open(new_target("annule"))
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        copy_database(demo_file, target, progress)
    assert not any(_rows(target).values())
    target.close()


def test_the_cli_copies_a_database_into_a_new_file(db: Database, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    add_person(db, "Aurélie", "Lefèvre")
    out = tmp_path / "hors-ligne.sqlite3"
    location = db.engine.url.render_as_string(hide_password=False)
    assert main(["copy", "--db", location, "--to", str(out)]) == 0
    assert "copied" in capsys.readouterr().out
    copy = Database.open(out)
    assert _rows(copy) == _rows(db)
    copy.close()
    assert main(["copy", "--db", location, "--to", str(out)]) == 1  # never over an existing file
