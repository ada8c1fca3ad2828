"""Anonymisation travels like a deletion: once any office anonymised a person, every office ends anonymised."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from learnorg_desktop.models import Person
from learnorg_desktop.services import privacy
from learnorg_desktop.storage.database import Database
from tests.conftest import NewTarget
from tests.exchange.helpers import (
    add_person,
    content,
    edit_person,
    export,
    import_package,
    office_db,
    open_package,
    send,
)

TODAY = date(2026, 3, 2)


@pytest.fixture
def offices(tmp_path: Path, new_target: NewTarget) -> Iterator[tuple[Database, Database, str]]:
    """HQ and LYON sharing Hélène Dubois (created at HQ, sent in full)."""
    hq, lyon = office_db(new_target, "HQ", hq=True), office_db(new_target, "LYON")
    helene = add_person(hq, "Hélène", "Dubois", office="HQ")
    edit_person(hq, helene, email="helene@example.org", phone="06 11 22 33 44", notes="Voisine de Marc",
                sensitive_notes="Suivi médical")
    send(hq, lyon, tmp_path / "seed.learnorg", full=True)
    yield hq, lyon, helene
    hq.close()
    lyon.close()


def _anonymise(db: Database, uuid: str) -> None:
    with db.transaction() as session:
        person_id = session.scalar(select(Person.id).where(Person.uuid == uuid))
        assert person_id is not None
        privacy.anonymise_person(session, person_id, TODAY)


def _person(db: Database, uuid: str) -> Person:
    with db.read() as session:
        return session.scalars(select(Person).where(Person.uuid == uuid)).one()


def _assert_anonymous(db: Database, uuid: str) -> None:
    person = _person(db, uuid)
    assert person.anonymised_at is not None
    assert person.first_name == "" and person.last_name.startswith("Anonymised #")
    assert (person.email, person.phone, person.notes, person.sensitive_notes) == (None, "", "", None)
    assert "helene" not in person.search_key and "dubois" not in person.sort_name


@pytest.mark.parametrize("hq_first", [True, False], ids=["hq-sends-first", "lyon-sends-first"])
def test_an_anonymisation_wins_over_an_edit_made_elsewhere(
        offices: tuple[Database, Database, str], tmp_path: Path, hq_first: bool) -> None:
    hq, lyon, helene = offices
    _anonymise(hq, helene)
    edit_person(lyon, helene, phone="07 99 99 99 99", notes="A déménagé chez sa sœur")
    legs = [(hq, lyon, "hq-to-lyon"), (lyon, hq, "lyon-to-hq")]
    for source, target, name in legs if hq_first else legs[::-1]:
        send(source, target, tmp_path / f"{name}.learnorg")
    for source, target, name in legs:  # a second round settles whatever the first one left
        send(source, target, tmp_path / f"{name}-2.learnorg")
    _assert_anonymous(hq, helene)
    _assert_anonymous(lyon, helene)
    key = f"people:{helene}"
    assert content(hq)[key] == content(lyon)[key]


def test_an_older_package_never_brings_the_identity_back(offices: tuple[Database, Database, str],
                                                        tmp_path: Path) -> None:
    hq, lyon, helene = offices
    edit_person(lyon, helene, phone="07 99 99 99 99")
    old = tmp_path / "old.learnorg"
    export(lyon, old, full=True)  # made before the anonymisation, arrives after it
    _anonymise(hq, helene)
    send(hq, lyon, tmp_path / "anonymised.learnorg")
    import_package(hq, open_package(old, None), backup=False)
    _assert_anonymous(hq, helene)
    _assert_anonymous(lyon, helene)


def test_a_deletion_meeting_an_anonymisation_keeps_both(offices: tuple[Database, Database, str],
                                                        tmp_path: Path) -> None:
    """Each side has a flag the other lacks: the newer version wins and takes the other flag, identity included."""
    hq, lyon, helene = offices
    _anonymise(hq, helene)
    edit_person(lyon, helene, deleted=True)  # newer than the anonymisation: its content wins
    send(hq, lyon, tmp_path / "a.learnorg")
    send(lyon, hq, tmp_path / "b.learnorg")
    for db in (hq, lyon):
        person = _person(db, helene)
        assert person.deleted
        assert person.anonymised_at is not None
        assert (person.first_name, person.email, person.phone, person.sensitive_notes) == ("", None, "", None)
        assert person.last_name.startswith("Anonymised #")
    key = f"people:{helene}"
    assert content(hq)[key] == content(lyon)[key]


def test_consents_travel_and_are_closed_everywhere(offices: tuple[Database, Database, str], tmp_path: Path) -> None:
    hq, lyon, helene = offices
    with hq.transaction() as session:
        person_id = session.scalar(select(Person.id).where(Person.uuid == helene))
        assert person_id is not None
        privacy.add_consent(session, person_id, "photos", date(2025, 1, 6), "signé à l’accueil")
    send(hq, lyon, tmp_path / "consent.learnorg")
    with lyon.read() as session:
        local_id = session.scalar(select(Person.id).where(Person.uuid == helene))
        assert local_id is not None
        assert [(c.purpose, c.note, c.active) for c in privacy.list_consents(session, local_id)] == [
            ("photos", "signé à l’accueil", True)]
    _anonymise(hq, helene)
    send(hq, lyon, tmp_path / "anonymised.learnorg")
    with lyon.read() as session:
        assert [(c.note, c.withdrawn_on) for c in privacy.list_consents(session, local_id)] == [("", TODAY)]
