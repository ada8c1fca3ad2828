"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database.

Storage, service and exchange tests run twice: on SQLite and on a PostgreSQL server the session starts itself
(`backend` is parametrised in their folders' conftest.py). Without PostgreSQL binaries those runs are skipped, unless
LEARNORG_REQUIRE_POSTGRES is set (scripts/test.sh sets it: CI never skips them).
"""

from __future__ import annotations

import itertools
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from learnorg_desktop.services import organisation
from learnorg_desktop.storage.database import Database
from tests.postgres_server import ThrowawayServer, start_server

pytest_plugins = ["tests.server_credentials"]  # fake keyrings and a password-checking server role

TEMPLATE = "learnorg_template"
_numbers = itertools.count(1)
NewTarget = Callable[..., str | Path]


def unique_name(name: str) -> str:
    """A server database name no other test uses."""
    return f"t{next(_numbers)}_{name.lower()}"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs and default files go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("LEARNORG_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowawayServer]:
    """One server for the whole run, with a migrated template database each test database is copied from."""
    try:
        server = start_server()
    except FileNotFoundError as missing:
        if os.environ.get("LEARNORG_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here (LEARNORG_REQUIRE_POSTGRES) but: {missing}")
        pytest.skip(f"PostgreSQL tests skipped: {missing} (install Debian's postgresql package)")
    try:
        server.admin(f"CREATE DATABASE {TEMPLATE}")
        Database.open(server.url(TEMPLATE)).close()  # the migrations run once; copies start up to date
        yield server
    finally:
        server.stop()


@pytest.fixture
def backend() -> str:
    """The engine a test's databases use; folders that run on both engines override this with parameters."""
    return "sqlite"


@pytest.fixture
def new_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> NewTarget:
    """A factory of fresh database locations: a file path on SQLite, a new database's URL on PostgreSQL.

    A new SQLite file is empty; a server database is a copy of the migrated template (fast) unless `empty`.
    """
    if backend == "sqlite":
        return lambda name, empty=False: tmp_path / f"{name}.sqlite3"
    server: ThrowawayServer = request.getfixturevalue("postgres_server")

    def make(name: str, empty: bool = False) -> str:
        database = unique_name(name)
        url = server.create_database(database, "template0" if empty else TEMPLATE)
        request.addfinalizer(lambda: server.drop_database(database))
        return url

    return make


def module_targets(request: pytest.FixtureRequest, folder: Path) -> NewTarget:
    """`new_target` for a module- or session-scoped fixture parametrised by engine (`request.param`)."""
    if request.param == "sqlite":
        return lambda name, empty=False: folder / f"{name}.sqlite3"
    server: ThrowawayServer = request.getfixturevalue("postgres_server")

    def make(name: str, empty: bool = False) -> str:
        database = unique_name(name)
        request.addfinalizer(lambda: server.drop_database(database))
        return server.create_database(database, "template0" if empty else TEMPLATE)

    return make


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite file location (tests about the file itself use this; others use `db_target`)."""
    return tmp_path / "office.sqlite3"


@pytest.fixture
def db_target(backend: str, db_path: Path, new_target: NewTarget) -> str | Path:
    """Where the test's database lives: `db_path` on SQLite, a fresh server database on PostgreSQL."""
    return db_path if backend == "sqlite" else new_target("office")


@pytest.fixture
def db(db_target: str | Path) -> Iterator[Database]:
    """A migrated database belonging to headquarters (HQ) with two field offices."""
    database = Database.open(db_target)
    with database.transaction() as session:
        organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True,
                                organisation="Solidarité Pour Tous")
        organisation.add_office(session, code="LYON", name="Antenne de Lyon")
        organisation.add_office(session, code="LILLE", name="Antenne de Lille")
    yield database
    database.close()
