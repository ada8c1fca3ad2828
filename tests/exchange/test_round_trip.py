"""Export then import: every entity arrives, references are remapped, deletions travel, twice is a no-op."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from learnorg_desktop.exchange.importer import import_package, open_package
from learnorg_desktop.exchange.rules import Outcome
from learnorg_desktop.models import Office, Person, SkillAssessment
from learnorg_desktop.services.file_store import document_store
from learnorg_desktop.storage.database import Database
from tests.conftest import NewTarget
from tests.exchange.helpers import (
    add_document,
    add_person,
    add_skill_and_level,
    content,
    dump,
    edit_person,
    office_db,
    preview,
    send,
)


@pytest.fixture
def hq(new_target: NewTarget) -> Database:
    db = office_db(new_target, "HQ", hq=True)
    yield db
    db.close()


@pytest.fixture
def lyon(new_target: NewTarget) -> Database:
    db = office_db(new_target, "LYON")
    yield db
    db.close()


def test_everything_arrives_with_references_and_documents(hq: Database, lyon: Database, tmp_path: Path) -> None:
    add_person(lyon, "Zoé", "Locale")  # ids at LYON now differ from HQ's
    person = add_person(hq, "Hélène", "Dupré", office="HQ")
    assessment = add_skill_and_level(hq, person, "Premiers secours", 3)
    document = add_document(hq, "Guide", b"contenu du guide")
    report = send(hq, lyon, tmp_path / "p.learnorg", to="LYON")
    assert report.totals().created >= 6 and report.totals().conflicts == 0
    assert report.files == 1
    with lyon.read() as session:
        arrived = session.scalars(select(Person).where(Person.uuid == person)).one()
        assert arrived.search_key == "helene dupre" and arrived.sort_name == "dupre helene"
        assert arrived.office is not None and arrived.office.code == "HQ"
        level = session.scalars(select(SkillAssessment).where(SkillAssessment.uuid == assessment)).one()
        assert level.person_id == arrived.id and level.level == 3
    sha = next(c for k, c in content(hq).items() if k == f"resources:{document}")["file_sha256"]
    assert document_store(lyon.engine).read_bytes(sha) == b"contenu du guide"
    hq_content = content(hq)
    lyon_content = content(lyon)
    assert {k: v for k, v in hq_content.items() if k in lyon_content} == {
        k: lyon_content[k] for k in hq_content if k in lyon_content}


def test_same_package_twice_changes_nothing(hq: Database, lyon: Database, tmp_path: Path) -> None:
    add_person(hq, "Ana", "Silva")
    path = tmp_path / "p.learnorg"
    send(hq, lyon, path, to="LYON")
    before = dump(lyon)
    again = import_package(lyon, open_package(path), backup=False)
    assert again.already_imported and dump(lyon) == before


def test_preview_announces_exactly_what_the_import_does(hq: Database, lyon: Database, tmp_path: Path) -> None:
    uuid = add_person(hq, "Ana", "Silva")
    send(hq, lyon, tmp_path / "1.learnorg", to="LYON")
    edit_person(hq, uuid, notes="nouvelle note")
    add_person(hq, "Marc", "Durand")
    from tests.exchange.helpers import export

    export(hq, tmp_path / "2.learnorg", to_office="LYON")
    before = dump(lyon)
    announced = preview(lyon, tmp_path / "2.learnorg")
    assert dump(lyon) == before and not announced.applied
    done = import_package(lyon, open_package(tmp_path / "2.learnorg"), backup=False)
    assert announced.counts == done.counts
    assert done.counts["people"].updated == 1 and done.counts["people"].created == 1


def test_delta_export_sends_only_changes(hq: Database, lyon: Database, tmp_path: Path) -> None:
    uuid = add_person(hq, "Ana", "Silva")
    first = send(hq, lyon, tmp_path / "1.learnorg", to="LYON")
    edit_person(hq, uuid, phone="0102030405")
    second = send(hq, lyon, tmp_path / "2.learnorg", to="LYON")
    assert second.totals().total == 1 < first.totals().total
    assert second.counts["people"].updated == 1


def test_deletion_travels_and_an_older_package_never_resurrects(hq: Database, lyon: Database, tmp_path: Path) -> None:
    uuid = add_person(hq, "Ana", "Silva")
    from tests.exchange.helpers import export

    export(hq, tmp_path / "old.learnorg", to_office="LYON", full=True)
    edit_person(hq, uuid, deleted=True)
    report = send(hq, lyon, tmp_path / "new.learnorg", to="LYON")
    assert report.counts["people"].deleted == 1
    old = import_package(lyon, open_package(tmp_path / "old.learnorg"), backup=False)
    assert old.counts["people"].deleted == 0
    with lyon.read() as session:
        assert session.scalar(select(Person.deleted).where(Person.uuid == uuid)) is True


def test_the_same_office_code_on_both_sides_is_one_office(hq: Database, lyon: Database, tmp_path: Path) -> None:
    with hq.transaction() as session:
        from learnorg_desktop.services import organisation

        organisation.add_office(session, code="LYON", name="Antenne de Lyon")
    person = add_person(lyon, "Léa", "Martin", office="LYON")
    send(lyon, hq, tmp_path / "1.learnorg", to="HQ")
    with hq.read() as session:
        assert session.scalars(select(Office.code)).all().count("LYON") == 1
        arrived = session.scalars(select(Person).where(Person.uuid == person)).one()
        assert arrived.office is not None and arrived.office.code == "LYON"
    back = send(hq, lyon, tmp_path / "2.learnorg", to="LYON")
    assert back.counts["people"].created == 0


def test_an_edit_on_each_side_is_a_conflict_and_local_is_kept(hq: Database, lyon: Database, tmp_path: Path) -> None:
    from learnorg_desktop.exchange.conflicts import Pick, list_conflicts, resolve_conflict

    uuid = add_person(hq, "Ana", "Silva")
    send(hq, lyon, tmp_path / "1.learnorg", to="LYON")
    edit_person(hq, uuid, phone="HQ")
    edit_person(lyon, uuid, phone="LYON")
    report = send(hq, lyon, tmp_path / "2.learnorg", to="LYON")
    assert report.counts["people"].conflicts == 1
    with lyon.transaction() as session:
        assert session.scalar(select(Person.phone).where(Person.uuid == uuid)) == "LYON"
        [conflict] = list_conflicts(session)
        assert conflict.differing_fields == ["phone"] and conflict.kept_local
        resolve_conflict(session, conflict.id, Pick.OTHER)
    with lyon.read() as session:
        assert session.scalar(select(Person.phone).where(Person.uuid == uuid)) == "HQ"
        assert list_conflicts(session) == []
    # HQ learns that LYON settled on its version: no new conflict there.
    back = send(lyon, hq, tmp_path / "3.learnorg", to="HQ")
    assert back.totals().conflicts == 0


@pytest.mark.parametrize("outcome", list(Outcome))
def test_outcomes_name_the_json_keys(outcome: Outcome) -> None:
    assert outcome.value in {"created", "updated", "unchanged", "deleted", "conflicts"}


def test_a_cancelled_import_changes_nothing(hq: Database, lyon: Database, tmp_path: Path) -> None:
    from learnorg_desktop.services.progress import Cancelled, Progress
    from tests.exchange.helpers import export

    add_person(hq, "Ana", "Silva")
    export(hq, tmp_path / "p.learnorg", to_office="LYON")
    progress = Progress()
    progress.cancel()
    before = dump(lyon)
    with pytest.raises(Cancelled):
        import_package(lyon, open_package(tmp_path / "p.learnorg"), progress=progress, backup=False)
    assert dump(lyon) == before
