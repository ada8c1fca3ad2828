"""GUI fixtures: a database with a few people, and English as the default UI language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.database import Database


@pytest.fixture(autouse=True)
def _english_locale() -> Iterator[None]:
    """Dates and numbers in a known format whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def populated_db(db: Database) -> Database:
    """HQ database with five people across offices, kinds and statuses."""
    with db.transaction() as session:
        lyon = organisation.office_by_code(session, "LYON").id
        hq = organisation.office_by_code(session, "HQ").id
        rows = [
            PersonInput(PersonKind.VOLUNTEER, "Dubois", "Hélène", "helene@example.org", office_id=lyon,
                        role="Accueil", arrival_date=date(2021, 3, 1), languages="fr, en"),
            PersonInput(PersonKind.STAFF, "Martin", "Jérôme", "jerome@example.org", office_id=hq,
                        role="Coordination", arrival_date=date(2019, 9, 1)),
            PersonInput(PersonKind.PARTNER, "Ndiaye", "Awa", None, office_id=lyon,
                        arrival_date=date(2020, 1, 15)),
            PersonInput(PersonKind.VOLUNTEER, "Bernard", "Luc", "luc@example.org", office_id=hq,
                        arrival_date=date(2018, 5, 1), departure_date=date(2022, 6, 30)),
            PersonInput(PersonKind.VOLUNTEER, "Zola", "Émile", "emile@example.org", office_id=hq,
                        arrival_date=date(2099, 1, 1)),
        ]
        for row in rows:
            people.create(session, row)
    return db


@pytest.fixture
def other(db: Database, db_target: str | Path) -> Iterator[Database]:
    """A second application instance on the same database (a coordinator at another desk)."""
    second = Database.open(db_target)
    yield second
    second.close()
