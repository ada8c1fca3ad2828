"""Property: offices edit and delete at random, exchange in any order, settle conflicts, and agree."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from learnorg_desktop.exchange.conflicts import Pick, list_conflicts, resolve_conflict
from learnorg_desktop.exchange.importer import import_package, open_package
from learnorg_desktop.storage.database import Database
from tests.exchange.helpers import add_person, content, dump, edit_person, export, office_db, send

CODES = ("HQ", "LYON", "LILLE")


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three offices sharing two people, built once and copied for every example."""
    folder = tmp_path_factory.mktemp("templates")
    dbs = [office_db(folder, code, hq=code == "HQ") for code in CODES]
    people = [add_person(dbs[0], "Ana", "Silva"), add_person(dbs[0], "Marc", "Durand")]
    for target in dbs[1:]:
        send(dbs[0], target, folder / "seed.learnorg", full=True)
    for db in dbs:
        db.close()
    (folder / "people.txt").write_text("\n".join(people))
    return folder


def _copies(templates: Path, folder: Path) -> list[Database]:
    for path in templates.glob("*.sqlite3"):
        shutil.copy(path, folder / path.name)
    return [Database.open(folder / f"{code.lower()}.sqlite3") for code in CODES]


steps = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 1), st.sampled_from(["a", "b", "c"])),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 1), st.just("")),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2), st.just("")),
), max_size=8)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps, picks=st.lists(st.sampled_from(list(Pick)), min_size=1, max_size=4))
def test_offices_converge(templates: Path, steps: list[tuple[str, int, int, str]], picks: list[Pick]) -> None:
    people = (templates / "people.txt").read_text().split()
    with TemporaryDirectory() as temp:
        folder = Path(temp)
        dbs = _copies(templates, folder)
        try:
            counter = itertools.count()
            choice = itertools.cycle(picks)
            for action, office, other, value in steps:
                if action == "edit":
                    edit_person(dbs[office], people[other], notes=f"{CODES[office]} {value}")
                elif action == "delete":
                    edit_person(dbs[office], people[other], deleted=True)
                elif office != other:
                    send(dbs[office], dbs[other], folder / f"{next(counter)}.learnorg")
            for _ in range(6):
                if not _settle_round(dbs, folder, counter, choice):
                    break
            contents = [content(db) for db in dbs]
            assert contents[0] == contents[1] == contents[2]
        finally:
            for db in dbs:
                db.close()


def _settle_round(dbs: list[Database], folder: Path, counter: Iterator[int], choice: Iterator[Pick]) -> bool:
    """Every office sends everything to every other; conflicts are settled as they appear. True if anything moved."""
    moved = False
    for source, target in itertools.permutations(range(len(dbs)), 2):
        report = send(dbs[source], dbs[target], folder / f"{next(counter)}.learnorg", full=True)
        totals = report.totals()
        moved |= bool(totals.created or totals.updated or totals.deleted or totals.conflicts)
        with dbs[target].transaction() as session:
            for conflict in list_conflicts(session):
                resolve_conflict(session, conflict.id, next(choice))
                moved = True
    return moved


def test_import_order_does_not_matter(templates: Path, tmp_path: Path) -> None:
    """HQ receives LYON's and LILLE's concurrent edits in either order and ends the same."""
    people = (templates / "people.txt").read_text().split()
    dbs = _copies(templates, tmp_path)
    edit_person(dbs[1], people[0], notes="Lyon")
    edit_person(dbs[2], people[0], notes="Lille")
    edit_person(dbs[2], people[1], deleted=True)
    packages = {i: tmp_path / f"{CODES[i]}.learnorg" for i in (1, 2)}
    for i in (1, 2):
        export(dbs[i], packages[i], to_office="HQ")
    for db in dbs:
        db.close()
    results = []
    for order in ((1, 2), (2, 1)):
        copy = tmp_path / f"hq-{order[0]}.sqlite3"
        shutil.copy(templates / "hq.sqlite3", copy)
        hq = Database.open(copy)
        for i in order:
            import_package(hq, open_package(packages[i]), backup=False)
        results.append(content(hq))
        for i in order:  # the second import of each package is a no-op
            before = dump(hq)
            assert import_package(hq, open_package(packages[i]), backup=False).already_imported
            assert dump(hq) == before
        hq.close()
    assert results[0] == results[1]
