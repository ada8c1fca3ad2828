"""Property: offices edit and delete at random, exchange in any order, settle conflicts, and agree."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from learnorg_desktop.exchange.conflicts import Pick, list_conflicts, resolve_conflict
from learnorg_desktop.exchange.importer import import_package, open_package
from learnorg_desktop.storage.database import Database
from tests.conftest import module_targets, unique_name
from tests.exchange.helpers import add_person, content, dump, edit_person, export, office_db, send
from tests.postgres_server import ThrowawayServer

CODES = ("HQ", "LYON", "LILLE")


@dataclass
class Templates:
    """Three offices sharing two people, built once; each example works on fresh copies."""

    folder: Path
    people: list[str]
    server: ThrowawayServer | None = None  # None: SQLite files in `folder`
    names: dict[str, str] = field(default_factory=dict)  # office code -> template database on the server

    def copies(self, folder: Path, codes: tuple[str, ...] = CODES) -> list[Database]:
        if self.server is None:
            folder.mkdir(exist_ok=True)
            for code in codes:
                shutil.copy(self.folder / f"{code.lower()}.sqlite3", folder / f"{code.lower()}.sqlite3")
            return [Database.open(folder / f"{code.lower()}.sqlite3") for code in codes]
        dbs = []
        for code in codes:
            name = unique_name(code)
            self._made.append(name)
            dbs.append(Database.open(self.server.create_database(name, self.names[code])))
        return dbs

    def drop_copies(self) -> None:
        if self.server is not None:
            for name in self._made:
                self.server.drop_database(name)
        self._made.clear()

    def __post_init__(self) -> None:
        self._made: list[str] = []


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def templates(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Templates:
    folder = tmp_path_factory.mktemp("templates")
    where = module_targets(request, folder)
    dbs = [office_db(where, code, hq=code == "HQ") for code in CODES]
    people = [add_person(dbs[0], "Ana", "Silva"), add_person(dbs[0], "Marc", "Durand")]
    for target in dbs[1:]:
        send(dbs[0], target, folder / "seed.learnorg", full=True)
    names = {code: db.engine.url.database or "" for code, db in zip(CODES, dbs, strict=True)}
    for db in dbs:
        db.close()
    if request.param == "sqlite":
        return Templates(folder, people)
    return Templates(folder, people, request.getfixturevalue("postgres_server"), names)


steps = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 1), st.sampled_from(["a", "b", "c"])),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 1), st.just("")),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2), st.just("")),
), max_size=8)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps, picks=st.lists(st.sampled_from(list(Pick)), min_size=1, max_size=4))
@example(steps=[("delete", 1, 1, ""), ("delete", 2, 1, ""), ("send", 1, 2, ""), ("edit", 0, 0, "a"),
                ("delete", 0, 1, "")], picks=[Pick.KEPT])  # two offices' conflicts on one record
def test_offices_converge(templates: Templates, steps: list[tuple[str, int, int, str]], picks: list[Pick]) -> None:
    people = templates.people
    with TemporaryDirectory() as temp:
        folder = Path(temp)
        dbs = templates.copies(folder)
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
            templates.drop_copies()


def _settle_round(dbs: list[Database], folder: Path, counter: Iterator[int], choice: Iterator[Pick]) -> bool:
    """Every office sends everything to every other; conflicts are settled as they appear. True if anything moved."""
    moved = False
    for source, target in itertools.permutations(range(len(dbs)), 2):
        report = send(dbs[source], dbs[target], folder / f"{next(counter)}.learnorg", full=True)
        totals = report.totals()
        moved |= bool(totals.created or totals.updated or totals.deleted or totals.conflicts)
        with dbs[target].transaction() as session:
            # One at a time, listed afresh: settling a record's conflict closes its duplicates (other offices'
            # copies of the same disagreement), as the conflicts list in the window shows.
            while open_ones := list_conflicts(session):
                resolve_conflict(session, open_ones[0].id, next(choice))
                moved = True
    return moved


def test_import_order_does_not_matter(templates: Templates, tmp_path: Path) -> None:
    """HQ receives LYON's and LILLE's concurrent edits in either order and ends the same."""
    people = templates.people
    dbs = templates.copies(tmp_path)
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
        hq = templates.copies(tmp_path / f"hq-{order[0]}", ("HQ",))[0]
        for i in order:
            import_package(hq, open_package(packages[i]), backup=False)
        results.append(content(hq))
        for i in order:  # the second import of each package is a no-op
            before = dump(hq)
            assert import_package(hq, open_package(packages[i]), backup=False).already_imported
            assert dump(hq) == before
        hq.close()
    templates.drop_copies()
    assert results[0] == results[1]
