"""Importing people: messy files, duplicates, rejected rows, dry run, cancel, all-or-nothing writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.importers.errors import ImportFileError, NoHeaderError, UnsafeFileError
from learnorg_desktop.models import Person
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.errors import NotFoundError, ServiceError
from learnorg_desktop.services.people_import import ImportAction, import_file
from learnorg_desktop.services.progress import Cancelled, Progress
from learnorg_desktop.storage.database import Database
from tests.importers.builders import (
    EN_HEADER,
    FR_HEADER,
    people_rows,
    write_csv,
    write_ods,
    write_xlsx,
    write_zip_bomb,
)

MESSY = [
    ["Association Solidarité — liste des bénévoles", "", ""],
    ["exportée le 03/04/2024"],
    ["  Nom ", "PRÉNOM", "Courriel", "Date d'arrivée", "Type", "Antenne", "Rôle"],
    [" Lefèvre  ", " Hélène ", " Helene.Lefevre@EXAMPLE.org ", "03/02/2021", "Bénévole", "lyon", "Accueil"],
    ["", "", "", "", "", "", ""],
    ["Martin", "Luc", "", "1/9/2019", "salarié", "", "coordinateur"],
    ["Dupont", "Anne", "anne@example.org", "2021-13-01", "P", "LILLE", ""],
    ["Durand", "Paul", "paul@@example", "", "", "", ""],
    ["Lefevre", "Helene", "helene.lefevre@example.org", "", "", "", ""],
    ["Bernard", "Chloé", "", "", "stagiaire", "", ""],
    ["Petit", "Marc", "", "", "", "Marseille", ""],
]


def _count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count(Person.id))) or 0


def _person(db: Database, last: str) -> Person:
    with db.read() as session:
        person = session.scalar(select(Person).where(Person.last_name == last))
        assert person is not None
        return person


@pytest.mark.parametrize(("encoding", "bom", "sep"), [("utf-8", True, ";"), ("cp1252", False, ";"),
                                                      ("utf-8", False, ","), ("utf-8", False, "\t")])
def test_messy_csv(db: Database, tmp_path: Path, encoding: str, bom: bool, sep: str) -> None:
    path = write_csv(tmp_path / "p.csv", MESSY, encoding=encoding, bom=bom, sep=sep)
    report = import_file(db, path, office_code="HQ")
    assert (report.rows, report.created, report.updated, report.skipped) == (7, 2, 0, 0)
    assert [(e.row, e.field, e.code) for e in report.errors] == [
        (7, "arrival_date", "bad_date"), (8, "email", "bad_email"), (9, None, "duplicate_in_file"),
        (10, "kind", "bad_kind"), (11, "office", "unknown_office"),
    ]
    assert report.errors[2].message == "duplicate of row 4"
    helene = _person(db, "Lefèvre")
    assert (helene.first_name, helene.email, helene.arrival_date) == ("Hélène", "helene.lefevre@example.org",
                                                                      date(2021, 2, 3))
    assert (helene.kind, helene.office.code if helene.office else None) == (PersonKind.VOLUNTEER, "LYON")
    assert helene.role is not None and helene.role.name == "Accueil"
    assert helene.search_key == "helene lefevre helene.lefevre@example.org"
    assert helene.origin_office_uuid is not None and helene.uuid
    luc = _person(db, "Martin")
    assert (luc.kind, luc.office.code if luc.office else None, luc.arrival_date) == (
        PersonKind.STAFF, "HQ", date(2019, 9, 1))


def test_reimport_is_unchanged_then_update(db: Database, tmp_path: Path) -> None:
    rows = [EN_HEADER[:4], ["Doe", "Jane", "jane@example.org", "0600"], ["Roe", "Rick", "", "0700"]]
    path = write_csv(tmp_path / "p.csv", rows)
    assert import_file(db, path).created == 2
    again = import_file(db, path)
    assert (again.created, again.updated, again.skipped) == (0, 0, 2)
    version = _person(db, "Doe").row_version
    changed = write_csv(tmp_path / "q.csv", [EN_HEADER[:4], ["DOE", "Jane", "JANE@example.org", ""],
                                            ["roe", "rick", "", "0799"]])
    report = import_file(db, changed)
    assert (report.created, report.updated, report.skipped) == (0, 2, 0)
    assert {c.action for c in report.changes} == {ImportAction.UPDATE}
    jane = _person(db, "DOE")
    assert (jane.phone, jane.row_version, jane.search_key) == ("0600", version + 1, "jane doe jane@example.org")
    assert _person(db, "roe").phone == "0799"  # matched by folded name; the new spelling is kept
    assert _count(db) == 2


def test_namesakes_with_different_emails_are_different_people(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Nom", "Prénom", "Email"], ["Martin", "Léa", "lea1@x.org"],
                                         ["Martin", "Léa", "lea2@x.org"]])
    assert import_file(db, path).created == 2


def test_existing_person_matched_by_email(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        people.create(session, people.PersonInput(kind=PersonKind.PARTNER, last_name="Nguyen",
                                                  email="minh@example.org"))
    path = write_csv(tmp_path / "p.csv", [["Nom", "Courriel", "Langues"], ["Nguyen", "MINH@example.org", "vi"]])
    report = import_file(db, path)
    assert (report.created, report.updated) == (0, 1)
    assert report.changes[0].fields == ("languages",)
    assert _person(db, "Nguyen").kind is PersonKind.PARTNER  # no kind column: the kind is kept


def test_xlsx_real_text_and_serial_dates(db: Database, tmp_path: Path) -> None:
    rows = [["Export"], [*FR_HEADER[:2], "Date d'arrivée", "Date de départ"],
            ["A", "a", date(2020, 5, 17), "01/06/2022"], ["B", "b", "17/05/2020", 44000],
            ["C", "c", "32/01/2020", None]]
    report = import_file(db, write_xlsx(tmp_path / "p.xlsx", rows))
    assert report.created == 2
    assert [(e.row, e.field) for e in report.errors] == [(5, "arrival_date")]
    assert _person(db, "A").departure_date == date(2022, 6, 1)
    assert _person(db, "B").departure_date == date(2020, 6, 18)


def test_kind_words_and_default_kind(db: Database, tmp_path: Path) -> None:
    words = ["bénévole", "benevole", "Volunteer", "B", "salariée", "Staff", "employee", "S", "Partenaire", "p"]
    rows = [["Nom", "Type"], *[[f"N{i}", w] for i, w in enumerate(words)], ["Sans", ""]]
    import_file(db, write_csv(tmp_path / "p.csv", rows), default_kind=PersonKind.PARTNER)
    kinds = [_person(db, f"N{i}").kind.value[0] for i in range(len(words))]
    assert "".join(kinds) == "vvvvssssppp"[:len(words)]
    assert _person(db, "Sans").kind is PersonKind.PARTNER


def test_unknown_default_office(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        import_file(db, write_csv(tmp_path / "p.csv", [["Nom"], ["Dupont"]]), office_code="PARIS")
    assert _count(db) == 0


def test_dry_run_writes_nothing_and_forecasts_exactly(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", MESSY)
    forecast = import_file(db, path, dry_run=True)
    assert _count(db) == 0
    with db.read() as session:
        assert organisation.list_roles(session) == []  # roles created by the preview are rolled back too
    real = import_file(db, path)
    assert (forecast.created, forecast.updated, forecast.errors) == (real.created, real.updated, real.errors)


def test_cancel_mid_import_rolls_back(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from learnorg_desktop.services import people_import

    monkeypatch.setattr(people_import, "CHUNK", 5)
    path = write_xlsx(tmp_path / "p.xlsx", [FR_HEADER, *people_rows(40)])
    seen: list[int] = []

    def cancel_after_some(done: int, _total: int, message: str) -> None:
        seen.append(done)
        if message == "saving" and done >= 10:
            progress.cancel()  # what the GUI's Cancel button does, from another thread

    progress = Progress(cancel_after_some)
    with pytest.raises(Cancelled):
        import_file(db, path, progress=progress)
    assert _count(db) == 0
    assert max(seen) >= 10


def test_unreadable_files_leave_db_untouched(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UnsafeFileError):
        import_file(db, write_zip_bomb(tmp_path / "bomb.xlsx"))
    with pytest.raises(NoHeaderError):
        import_file(db, write_csv(tmp_path / "p.csv", [["a", "b"], ["c", "d"]]))
    assert _count(db) == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400),
                      st.text(max_size=300).map(lambda t: ("Nom;Courriel\n" + t).encode("utf-8"))))
def test_random_csv_bytes_only_raise_typed_errors(db: Database, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    before = _count(db)
    try:
        report = import_file(db, path)
    except ImportFileError:
        assert _count(db) == before
    except ServiceError as error:  # pragma: no cover - any other refusal must still be typed
        pytest.fail(f"untyped refusal {error!r}")
    else:
        assert _count(db) == before + report.created


def test_ods_import(db: Database, tmp_path: Path) -> None:
    path = write_ods(tmp_path / "p.ods", [["Nom", "Prénom", "Date d'arrivée"], ["Ngo", "Lan", date(2023, 9, 4)],
                                         ["Bad", "Date", "le 4 septembre"]])
    report = import_file(db, path)
    assert report.created == 1
    assert [(e.row, e.field) for e in report.errors] == [(3, "arrival_date")]
    assert _person(db, "Ngo").arrival_date == date(2023, 9, 4)
