"""Test helpers for server passwords: an in-memory keyring and a server role that really needs its password.

tests/conftest.py loads this module as a plugin, so its fixtures are available to every test.
The developer's own keyring is never touched: every test that may reach the keyring sets one of these.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from learnorg_desktop.storage.credentials import PASSWORDS, ServerAddress
from learnorg_desktop.storage.server_errors import ServerProblem
from learnorg_desktop.storage.server_probe import ServerRefusedError, probe
from tests.postgres_server import ThrowawayServer

PW_USER = "learnorg_pw"
PW_PASSWORD = "c0rrect:horse@battery/staple"  # URL-special characters on purpose


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but refuses everything (locked, D-Bus gone)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


def _use(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    PASSWORDS.clear_memory()  # the process-wide memory: each test starts knowing no password
    yield backend
    PASSWORDS.clear_memory()
    keyring.set_keyring(previous)


@pytest.fixture
def fake_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    yield from _use(backend)  # type: ignore[misc]


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    """No usable backend, as on a bare Linux install."""
    yield from _use(fail.Keyring())


@pytest.fixture
def locked_keyring() -> Iterator[KeyringBackend]:
    yield from _use(LockedKeyring())


@pytest.fixture
def no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The developer's PGPASSWORD or ~/.pgpass must not answer for the tests."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path_factory.mktemp("pgpass") / "none"))


@pytest.fixture(scope="session")
def password_server(postgres_server: ThrowawayServer) -> ThrowawayServer:
    """The test server, where the role PW_USER must give its password (scram-sha-256); trust stays for the rest.

    The server runs with `-A trust`, which would accept any password and prove nothing: one pg_hba.conf line,
    first so it wins, asks this role (and only it) for a real password.
    """
    hba = postgres_server.folder / "data" / "pg_hba.conf"
    hba.write_text(f"local all {PW_USER} scram-sha-256\n" + hba.read_text())
    postgres_server.admin(f"CREATE ROLE {PW_USER} LOGIN CREATEDB PASSWORD '{PW_PASSWORD}'")
    postgres_server.admin("SELECT pg_reload_conf()")
    probe_address = pw_address(postgres_server, "postgres")
    for _ in range(100):  # the reload is a signal: wait until the postmaster has read the file
        try:
            probe(probe_address, "wrong")
        except ServerRefusedError as refused:
            if refused.problem is ServerProblem.WRONG_PASSWORD:
                return postgres_server
        time.sleep(0.05)
    raise RuntimeError("pg_hba.conf was not reloaded")


def pw_address(server: ThrowawayServer, database: str) -> ServerAddress:
    """The address of `database` on the test server, as the password role, through the server's socket folder."""
    return ServerAddress(host=str(server.folder), port=server.port, database=database, user=PW_USER)


def pw_database(server: ThrowawayServer, name: str) -> ServerAddress:
    """A new empty database owned by the password role (so it can set LearnOrg's schema up in it)."""
    server.admin(f'CREATE DATABASE "{name}" OWNER {PW_USER}')
    return pw_address(server, name)


@pytest.fixture
def empty_db(password_server: ThrowawayServer, no_libpq_password: None) -> Iterator[ServerAddress]:
    """A new empty server database reached with the password role (dropped afterwards)."""
    from tests.conftest import unique_name

    name = unique_name("empty")
    yield pw_database(password_server, name)
    password_server.drop_database(name)
