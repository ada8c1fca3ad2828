"""The command line on a server that asks for a password: the prompt, plain refusals, and `learnorg server`."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from learnorg_desktop.cli import main
from learnorg_desktop.commands import server as server_commands
from learnorg_desktop.storage.credentials import PASSWORDS, SERVICE, ServerAddress
from learnorg_desktop.storage.database import Database
from tests.conftest import unique_name
from tests.postgres_server import ThrowawayServer
from tests.server_credentials import PW_PASSWORD, MemoryKeyring, pw_database


@pytest.fixture
def office(password_server: ThrowawayServer, no_libpq_password: None, fake_keyring: MemoryKeyring,
           ) -> Iterator[ServerAddress]:
    """A LearnOrg database owned by the password role; this run then knows no password for it."""
    name = unique_name("cli")
    address = pw_database(password_server, name)
    assert main(["init", "--db", _with_password(address), "--office", "HQ", "--office-name", "Siège"]) == 0
    PASSWORDS.clear_memory()
    yield address
    password_server.drop_database(name)


def _with_password(address: ServerAddress, password: str = PW_PASSWORD) -> str:
    return make_url(address.url()).set(password=password).render_as_string(hide_password=False)


def _terminal(monkeypatch: pytest.MonkeyPatch, typed: str | None) -> list[str]:
    """stdin is a terminal (or not, when `typed` is None); getpass answers `typed` and records its prompts."""
    prompts: list[str] = []
    stdin = io.StringIO()
    monkeypatch.setattr(stdin, "isatty", lambda: typed is not None, raising=False)
    monkeypatch.setattr("sys.stdin", stdin)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        assert typed is not None, "getpass without a terminal"
        return typed

    monkeypatch.setattr(server_commands.getpass, "getpass", fake_getpass)
    return prompts


def test_without_a_terminal_a_missing_password_is_a_plain_refusal(
        office: ServerAddress, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _terminal(monkeypatch, None)
    assert main(["people", "list", "--db", office.url(), "--json"]) == 1
    err = capsys.readouterr().err
    assert "PGPASSWORD" in err and "~/.pgpass" in err and "learnorg server remember" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_at_a_terminal_the_password_is_asked_without_echo(office: ServerAddress, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    prompts = _terminal(monkeypatch, PW_PASSWORD)
    assert main(["people", "list", "--db", office.url(), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert prompts == [f"Password for {office.label()}: "]


def test_a_wrong_password_typed_is_refused_in_one_line(office: ServerAddress, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _terminal(monkeypatch, "wrong")
    assert main(["people", "list", "--db", office.url()]) == 1
    err = capsys.readouterr().err
    assert "refused the password" in err and "wrong" not in err.replace("refused", "")


def test_remember_checks_the_password_then_keeps_it_in_the_keyring(
        office: ServerAddress, monkeypatch: pytest.MonkeyPatch, fake_keyring: MemoryKeyring,
        capsys: pytest.CaptureFixture[str]) -> None:
    _terminal(monkeypatch, "wrong")
    assert main(["server", "remember", "--db", office.url()]) == 1
    assert fake_keyring.passwords == {}
    _terminal(monkeypatch, PW_PASSWORD)
    assert main(["server", "remember", "--db", office.url()]) == 0
    assert fake_keyring.passwords == {(SERVICE, office.label()): PW_PASSWORD}
    PASSWORDS.clear_memory()
    _terminal(monkeypatch, None)  # no terminal any more: the keyring answers
    assert main(["people", "list", "--db", office.url()]) == 0
    assert main(["server", "forget", "--db", office.url()]) == 0
    assert fake_keyring.passwords == {}
    assert "removed" in capsys.readouterr().out


def test_remember_without_a_keyring_says_what_to_use_instead(office: ServerAddress, no_keyring: object,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "remember", "--db", office.url()]) == 1
    assert "PGPASSWORD" in capsys.readouterr().err


def test_an_unreachable_server_and_a_missing_database_are_said_plainly(
        office: ServerAddress, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "list", "--db", "postgresql+psycopg://coord@127.0.0.1:1/learnorg"]) == 1
    assert "no server answered at 127.0.0.1:1" in capsys.readouterr().err
    missing = ServerAddress(office.host, "nowhere", office.user, office.port)
    assert main(["people", "list", "--db", _with_password(missing)]) == 1
    err = capsys.readouterr().err
    assert "no database called nowhere" in err and PW_PASSWORD not in err


def test_a_password_given_in_the_url_stays_out_of_the_log(office: ServerAddress,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from learnorg_desktop.paths import app_paths

    assert main(["people", "list", "--db", _with_password(office)]) == 0
    db = Database.open(office.url())  # found again in this run's memory
    db.close()
    logs = "".join(path.read_text(errors="replace") for path in app_paths().log_dir.glob("*.log*"))
    assert PW_PASSWORD not in logs
