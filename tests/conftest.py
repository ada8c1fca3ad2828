"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator
from pathlib import Path

import pytest

from learnorg_desktop.services import organisation
from learnorg_desktop.storage.database import Database


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs and default files go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("LEARNORG_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A migrated database belonging to headquarters (HQ) with two field offices."""
    database = Database.open(db_path)
    with database.transaction() as session:
        organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True,
                                organisation="Solidarité Pour Tous")
        organisation.add_office(session, code="LYON", name="Antenne de Lyon")
        organisation.add_office(session, code="LILLE", name="Antenne de Lille")
    yield database
    database.close()
