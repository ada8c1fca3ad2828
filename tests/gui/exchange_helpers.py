"""Two office databases that know each other, and a conflict between them, for the exchange GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from learnorg_desktop.storage.database import Database
from tests.exchange.helpers import add_person, edit_person, office_db, send


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Database]:
    db = office_db(tmp_path / "hq", "HQ", hq=True)
    yield db
    db.close()


@pytest.fixture
def lyon(tmp_path: Path, hq: Database) -> Iterator[Database]:
    """A field office that received headquarters' full copy, as a new office does first."""
    db = office_db(tmp_path / "lyon", "LYON")
    send(hq, db, tmp_path / "seed-from-hq.learnorg", full=True)
    yield db
    db.close()


def make_conflict(lyon: Database, hq: Database, folder: Path) -> str:
    """Both offices know Ana, then each changes her notes and e-mail: importing Lyon's file lists a conflict at HQ."""
    ana = add_person(lyon, "Ana", "Silva")
    send(lyon, hq, folder / "seed.learnorg", full=True, to="HQ")
    edit_person(lyon, ana, notes="vue à Lyon", email="ana@lyon.example.org")
    edit_person(hq, ana, notes="vue au siège", email="ana@siege.example.org")
    report = send(lyon, hq, folder / "changes.learnorg")
    assert report.totals().conflicts == 1
    return ana
