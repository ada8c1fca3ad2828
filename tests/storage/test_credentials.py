"""Server passwords: addresses without passwords, this run's memory, the keyring (fake), and a real password check."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from learnorg_desktop.storage.credentials import (
    PASSWORDS,
    SERVICE,
    PasswordStore,
    ServerAddress,
    keyring_available,
    known_password,
    redacted,
    split_password,
)
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.engine import make_engine
from learnorg_desktop.storage.server_errors import ServerProblem, server_problem
from learnorg_desktop.storage.server_probe import DatabaseState, ServerRefusedError, probe
from tests.conftest import unique_name
from tests.postgres_server import ThrowawayServer
from tests.server_credentials import PW_PASSWORD, MemoryKeyring, pw_database

HQ = ServerAddress(host="serveur.local", port=5433, database="learnorg", user="coord")


def test_an_address_makes_a_password_less_url_and_reads_it_back() -> None:
    assert HQ.url() == "postgresql+psycopg://coord@serveur.local:5433/learnorg"
    assert HQ.label() == "coord@serveur.local:5433/learnorg"
    assert ServerAddress.from_url(HQ.url()) == HQ
    assert ServerAddress.from_url("postgresql+psycopg://coord:pw@serveur.local/learnorg").port == 5432


def test_odd_characters_are_quoted_and_a_socket_folder_goes_in_the_query() -> None:
    odd = ServerAddress(host="db.example.org", database="siège/2", user="marie@hq", port=5432)
    assert "@db.example.org" in odd.url() and ServerAddress.from_url(odd.url()) == odd
    socket = ServerAddress(host="/run/postgresql", port=5444, database="learnorg", user="coord")
    assert make_url(socket.url()).query == {"host": "/run/postgresql", "port": "5444"}
    assert ServerAddress.from_url(socket.url()) == socket
    assert ServerAddress.from_url("postgresql+psycopg://coord@/learnorg?host=/run/postgresql&port=5444") == socket


@pytest.mark.parametrize("url", ["sqlite:////tmp/a.sqlite3", "postgresql+psycopg://host/db",
                                 "postgresql+psycopg://coord@host"])
def test_an_address_needs_a_server_a_user_and_a_database(url: str) -> None:
    with pytest.raises(ValueError):
        ServerAddress.from_url(url)


def test_a_password_is_split_off_and_redacted() -> None:
    assert split_password("postgresql+psycopg://coord:s3cr%40t@h:5433/db") == (
        "postgresql+psycopg://coord@h:5433/db", "s3cr@t")
    assert split_password("postgresql+psycopg://coord@/db?host=/sock") == ("postgresql+psycopg://coord@/db?host=/sock",
                                                                          None)
    assert split_password("/data/office.sqlite3") == ("/data/office.sqlite3", None)
    assert "s3cret" not in redacted("postgresql+psycopg://coord:s3cret@h/db")


def test_a_password_entered_this_run_stays_in_memory_only(fake_keyring: MemoryKeyring) -> None:
    PASSWORDS.remember(HQ, "s3cret")
    assert PASSWORDS.password(HQ) == "s3cret"
    assert known_password(HQ.url()) == "s3cret"
    assert fake_keyring.passwords == {}
    assert PasswordStore().password(HQ) is None  # a new run knows nothing


def test_a_password_kept_in_the_keyring_is_found_by_the_next_run(fake_keyring: MemoryKeyring) -> None:
    assert keyring_available()
    assert PASSWORDS.save_in_keyring(HQ, "s3cret")
    assert fake_keyring.passwords == {(SERVICE, "coord@serveur.local:5433/learnorg"): "s3cret"}
    assert PasswordStore().password(HQ) == "s3cret"
    assert PASSWORDS.forget(HQ)
    assert fake_keyring.passwords == {} and PASSWORDS.password(HQ) is None
    assert not PASSWORDS.forget(HQ)


def test_without_a_keyring_backend_nothing_breaks(no_keyring: object) -> None:
    assert not keyring_available()
    assert not PASSWORDS.save_in_keyring(HQ, "s3cret")
    assert PASSWORDS.password(HQ) == "s3cret"  # still known for this run
    assert PasswordStore().password(HQ) is None
    assert not PASSWORDS.forget(HQ)


def test_a_locked_keyring_gives_nothing_and_logs_no_secret(locked_keyring: object,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert PASSWORDS.password(HQ) is None
        assert not PASSWORDS.save_in_keyring(HQ, "s3cret")
    assert "keyring" in caplog.text and "s3cret" not in caplog.text


# --- against a server role that really checks its password ----------------------------------------------------
@pytest.fixture
def pw_db(password_server: ThrowawayServer, no_libpq_password: None) -> Iterator[ServerAddress]:
    name = unique_name("pw")
    address = pw_database(password_server, name)
    yield address
    password_server.drop_database(name)


def test_the_probe_tells_why_the_server_refuses(pw_db: ServerAddress, fake_keyring: MemoryKeyring,
                                                postgres_server: ThrowawayServer) -> None:
    def problem(address: ServerAddress, password: str | None) -> ServerProblem:
        with pytest.raises(ServerRefusedError) as refused:
            probe(address, password)
        return refused.value.problem

    assert problem(pw_db, None) is ServerProblem.PASSWORD_NEEDED
    assert problem(pw_db, "wrong") is ServerProblem.WRONG_PASSWORD
    assert problem(ServerAddress(pw_db.host, "nowhere", pw_db.user, pw_db.port), PW_PASSWORD) is (
        ServerProblem.NO_DATABASE)
    assert problem(ServerAddress(pw_db.host, pw_db.database, "nobody", pw_db.port), None) is ServerProblem.NO_USER
    assert problem(ServerAddress("127.0.0.1", "db", "u", 1), None) is ServerProblem.UNREACHABLE
    assert probe(pw_db, PW_PASSWORD) is DatabaseState.EMPTY


def test_the_engine_takes_the_password_from_memory_or_keyring_at_connect_time(
        pw_db: ServerAddress, fake_keyring: MemoryKeyring) -> None:
    engine = make_engine(pw_db.url())
    try:
        with pytest.raises(Exception) as refused, engine.connect():
            pass
        assert server_problem(refused.value) is ServerProblem.PASSWORD_NEEDED
        fake_keyring.set_password(SERVICE, pw_db.label(), PW_PASSWORD)  # entered after the engine was made
        with engine.connect() as connection:
            assert connection.execute(text("SELECT current_user")).scalar() == pw_db.user
    finally:
        engine.dispose()


def test_libpq_pgpassword_still_works_when_nothing_is_known(pw_db: ServerAddress, fake_keyring: MemoryKeyring,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", PW_PASSWORD)
    assert probe(pw_db) is DatabaseState.EMPTY
    engine = make_engine(pw_db.url())
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1
    engine.dispose()


def test_a_url_with_a_password_opens_and_keeps_no_password_in_its_location(
        pw_db: ServerAddress, fake_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture) -> None:
    url = make_url(pw_db.url()).set(password=PW_PASSWORD).render_as_string(hide_password=False)
    with caplog.at_level(logging.DEBUG):
        db = Database.open(url)  # migrates the empty database, as the password role
        db.close()
        assert db.location == pw_db.url() and PW_PASSWORD not in db.location
        assert db.engine.url.password is None
        again = Database.open(db.location)  # a reopen elsewhere in this run finds the password in memory
        with again.read() as session:
            assert session.execute(text("SELECT current_user")).scalar() == pw_db.user
        again.close()
    assert PW_PASSWORD not in caplog.text
    assert fake_keyring.passwords == {}  # memory only unless asked
    assert probe(pw_db) is DatabaseState.LEARNORG
