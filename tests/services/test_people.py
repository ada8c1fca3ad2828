"""People registry services: validation, listing in SQL, departures, optimistic locking."""

from __future__ import annotations

from datetime import date

import pytest

from learnorg_desktop.enums import PersonKind, PersonStatus
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from learnorg_desktop.services.people import PersonInput, PersonQuery, SortKey
from learnorg_desktop.storage.database import Database

TODAY = date(2026, 6, 1)


def add(db: Database, last: str, first: str = "", **fields: object) -> int:
    with db.transaction() as session:
        office = fields.pop("office", "HQ")
        office_id = organisation.office_by_code(session, str(office)).id
        data = PersonInput(kind=fields.pop("kind", PersonKind.VOLUNTEER), last_name=last, first_name=first,
                           office_id=office_id, **fields)  # type: ignore[arg-type]
        return people.create(session, data)


def names(db: Database, query: PersonQuery) -> list[str]:
    with db.read() as session:
        ids = people.list_ids(session, query, TODAY)
        rows = people.fetch_rows(session, ids, TODAY)
    return [rows[i].last_name for i in ids]


def test_create_cleans_fields_and_stamps_origin(db: Database) -> None:
    pid = add(db, "  Lefèvre ", " Hélène", email="  Helene.Lefevre@Example.ORG ", role="Bénévole d'accueil")
    with db.read() as session:
        detail = people.get(session, pid)
        origin = organisation.local_office_uuid(session)
        person = session.get(people.Person, pid)
    assert detail.data.last_name == "Lefèvre"
    assert detail.data.first_name == "Hélène"
    assert detail.data.email == "helene.lefevre@example.org"
    assert detail.data.role == "Bénévole d'accueil"
    assert person is not None and person.origin_office_uuid == origin
    assert len(person.uuid) == 36 and person.created_at.tzinfo is not None


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"last_name": "  "}, "last_name"),
        ({"email": "not-an-email"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"arrival_date": date(2024, 5, 1), "departure_date": date(2024, 4, 1)}, "departure_date"),
        ({"kind": "alien"}, "kind"),
    ],
)
def test_invalid_input_names_the_field_and_writes_nothing(db: Database, fields: dict[str, object],
                                                          field: str) -> None:
    base: dict[str, object] = {"kind": PersonKind.STAFF, "last_name": "Durand"}
    base.update(fields)
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        people.create(session, PersonInput(**base))  # type: ignore[arg-type]
    assert error.value.field == field
    with db.read() as session:
        assert people.count(session) == 0


def test_search_is_accent_and_case_insensitive_on_name_and_email(db: Database) -> None:
    add(db, "Lefèvre", "Hélène", email="hl@asso.fr")
    add(db, "Gérard", "François", email="francois@asso.fr")
    add(db, "Moreau", "Zoé")
    assert names(db, PersonQuery(text="HELENE")) == ["Lefèvre"]
    assert names(db, PersonQuery(text="gerard fran")) == ["Gérard"]
    assert names(db, PersonQuery(text="asso.fr")) == ["Gérard", "Lefèvre"]
    assert names(db, PersonQuery(text="100%_")) == []  # LIKE wildcards are escaped


def test_filters_by_kind_office_and_status(db: Database) -> None:
    add(db, "Actif", arrival_date=date(2025, 1, 1))
    add(db, "Parti", kind=PersonKind.STAFF, arrival_date=date(2024, 1, 1), departure_date=date(2026, 1, 1))
    add(db, "Futur", kind=PersonKind.PARTNER, office="LYON", arrival_date=date(2026, 9, 1))
    with db.read() as session:
        lyon = organisation.office_by_code(session, "LYON").id
    assert names(db, PersonQuery(kinds=frozenset({PersonKind.STAFF}))) == ["Parti"]
    assert names(db, PersonQuery(office_id=lyon)) == ["Futur"]
    assert names(db, PersonQuery(statuses=frozenset({PersonStatus.DEPARTED}))) == ["Parti"]
    assert names(db, PersonQuery(statuses=frozenset({PersonStatus.ACTIVE, PersonStatus.INCOMING}))) == [
        "Actif", "Futur"]


def test_every_sort_key_orders_in_sql(db: Database) -> None:
    add(db, "Bernard", arrival_date=date(2024, 3, 1), office="LYON", role="Comptable")
    add(db, "Arnaud", kind=PersonKind.STAFF, arrival_date=date(2025, 3, 1), role="Animateur")
    add(db, "Cohen", kind=PersonKind.PARTNER, arrival_date=date(2023, 3, 1), office="LILLE")
    assert names(db, PersonQuery(sort=SortKey.NAME)) == ["Arnaud", "Bernard", "Cohen"]
    assert names(db, PersonQuery(sort=SortKey.ARRIVAL, descending=True)) == ["Arnaud", "Bernard", "Cohen"]
    assert names(db, PersonQuery(sort=SortKey.OFFICE)) == ["Arnaud", "Cohen", "Bernard"]  # HQ, LILLE, LYON
    assert names(db, PersonQuery(sort=SortKey.KIND)) == ["Cohen", "Arnaud", "Bernard"]  # partner, staff, vol.
    for key in SortKey:
        assert sorted(names(db, PersonQuery(sort=key))) == ["Arnaud", "Bernard", "Cohen"]


def test_departure_is_recorded_not_deleted(db: Database) -> None:
    pid = add(db, "Faure", arrival_date=date(2024, 1, 1))
    with db.transaction() as session:
        people.record_departure(session, pid, date(2026, 5, 1), " Déménagement ")
    with db.read() as session:
        row = people.fetch_rows(session, [pid], TODAY)[pid]
        assert people.get(session, pid).data.departure_reason == "Déménagement"
    assert row.status is PersonStatus.DEPARTED
    with pytest.raises(ValidationError), db.transaction() as session:
        people.record_departure(session, pid, date(2023, 1, 1))
    with db.transaction() as session:
        people.cancel_departure(session, pid)
        assert people.fetch_rows(session, [pid], TODAY)[pid].status is PersonStatus.ACTIVE


def test_update_refuses_a_stale_version(db: Database) -> None:
    pid = add(db, "Bénard")
    with db.read() as session:
        seen = people.get(session, pid)
    with db.transaction() as session:
        people.update(session, pid, PersonInput(kind=PersonKind.STAFF, last_name="Bénard-Roux"),
                      expected_version=seen.row_version)
    with pytest.raises(ConflictError), db.transaction() as session:
        people.update(session, pid, PersonInput(kind=PersonKind.STAFF, last_name="Autre"),
                      expected_version=seen.row_version)
    with db.read() as session:
        assert people.get(session, pid).data.last_name == "Bénard-Roux"
        assert people.get(session, pid).row_version == seen.row_version + 1


def test_unknown_person_is_a_typed_error(db: Database) -> None:
    with pytest.raises(NotFoundError), db.read() as session:
        people.get(session, 12345)


def test_status_rule() -> None:
    assert people.status_of(None, None, TODAY) is PersonStatus.ACTIVE
    assert people.status_of(date(2026, 6, 2), None, TODAY) is PersonStatus.INCOMING
    assert people.status_of(date(2020, 1, 1), TODAY, TODAY) is PersonStatus.DEPARTED
    assert people.status_of(date(2020, 1, 1), date(2026, 7, 1), TODAY) is PersonStatus.ACTIVE


def test_status_filters_agree_with_the_status_rule_for_every_date_combination(db: Database) -> None:
    from itertools import combinations, product

    days = [None, date(2026, 1, 1), TODAY, date(2026, 9, 1)]
    expected: dict[str, PersonStatus] = {}
    for n, (arrival, departure) in enumerate(product(days, days)):
        if arrival and departure and departure < arrival:
            continue
        name = f"P{n:02d}"
        add(db, name, arrival_date=arrival, departure_date=departure)
        expected[name] = people.status_of(arrival, departure, TODAY)
    for size in (1, 2, 3):
        for chosen in combinations(list(PersonStatus), size):
            found = names(db, PersonQuery(statuses=frozenset(chosen)))
            assert sorted(found) == sorted(n for n, s in expected.items() if s in chosen), chosen
