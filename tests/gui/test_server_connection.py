"""The window on a server: File > Connect to a server…, an empty database set up, recent servers, no password kept."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from learnorg_desktop.gui.database_opening import open_for_window
from learnorg_desktop.gui.dialogs.server_dialog import ServerDialog, problem_text
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.server_connection import connect_to_server
from learnorg_desktop.gui.ui_settings import UiSettings
from learnorg_desktop.gui.welcome_page import WelcomePage
from learnorg_desktop.paths import app_paths
from learnorg_desktop.services import organisation
from learnorg_desktop.storage.credentials import PASSWORDS, ServerAddress
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.server_errors import ServerProblem
from tests.server_credentials import PW_PASSWORD, MemoryKeyring


@pytest.fixture
def office_db(empty_db: ServerAddress) -> ServerAddress:
    """A LearnOrg database of the HQ office; afterwards this run knows no password for it."""
    db = Database.open(make_url(empty_db.url()).set(password=PW_PASSWORD).render_as_string(hide_password=False))
    with db.transaction() as session:
        organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True)
    db.close()
    PASSWORDS.clear_memory()
    return empty_db


@pytest.fixture
def window(qtbot, fake_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    return win


def _answer_dialog(qtbot, monkeypatch: pytest.MonkeyPatch, address: ServerAddress | None,
                   password: str = PW_PASSWORD) -> list[tuple[str, str, str]]:
    """ServerDialog.exec types `password` (and the address, if given) and presses OK; records what it showed."""
    shown: list[tuple[str, str, str]] = []

    def exec_(dialog: ServerDialog) -> int:
        shown.append((dialog.host_edit.text(), dialog.database_edit.text(), dialog.user_edit.text()))
        if address is None:
            return ServerDialog.DialogCode.Rejected
        dialog.fill(address)
        dialog.password_edit.setText(password)
        dialog.try_connect()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", exec_)
    return shown


def test_the_file_menu_offers_it_after_open_database(window: MainWindow) -> None:
    actions = window.file_menu.actions()
    assert actions[actions.index(window.open_action) + 1] is window.menus.server_action
    assert window.menus.server_action.text() == "Connect to a &server…"


def test_an_empty_server_database_is_set_up_then_asks_its_office(
        qtbot, window: MainWindow, empty_db: ServerAddress, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    _answer_dialog(qtbot, monkeypatch, empty_db)
    asked_office: list[bool] = []
    monkeypatch.setattr(window, "initialise_office", lambda: asked_office.append(True))
    with caplog.at_level(logging.DEBUG):
        window.menus.server_action.trigger()
        qtbot.waitUntil(lambda: window.db is not None, timeout=30000)
    assert window.db is not None and window.db.location == empty_db.url()
    assert asked_office == [True]  # a new database belongs to no office yet
    assert window.path_label.text() == f"Server: {empty_db.label()}"  # short; the URL is in the tooltip
    assert window.path_label.toolTip() == empty_db.url()
    assert UiSettings().recent_databases()[0] == empty_db.url()
    settings_file = app_paths().data_dir / "ui-settings.ini"
    assert settings_file.is_file() and PW_PASSWORD not in settings_file.read_text(errors="replace")
    assert PW_PASSWORD not in caplog.text


def test_a_recent_server_with_a_known_password_connects_without_the_dialog(
        qtbot, window: MainWindow, office_db: ServerAddress, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _answer_dialog(qtbot, monkeypatch, None)
    PASSWORDS.save_in_keyring(office_db, PW_PASSWORD)
    PASSWORDS.clear_memory()  # as in a new run: the keyring has it
    window.recent_menu.remember(office_db.url())
    entry = next(a for a in window.recent_menu.actions() if a.data() == office_db.url())
    assert entry.isEnabled() and entry.text().endswith(office_db.label())
    entry.trigger()
    qtbot.waitUntil(lambda: window.db is not None, timeout=30000)
    assert shown == [] and window.db is not None and window.db.location == office_db.url()


def test_a_recent_server_without_a_password_opens_the_dialog_filled_in(
        qtbot, window: MainWindow, office_db: ServerAddress, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _answer_dialog(qtbot, monkeypatch, None)
    window.recent_menu.remember(office_db.url())
    next(a for a in window.recent_menu.actions() if a.data() == office_db.url()).trigger()
    assert shown == [(office_db.host, office_db.database, office_db.user)]
    assert window.db is None


def test_a_password_in_a_recent_entry_is_never_written(window: MainWindow, fake_keyring: MemoryKeyring) -> None:
    window.recent_menu.remember("postgresql+psycopg://coord:s3cret@serveur.local:5433/learnorg")
    assert UiSettings().recent_databases()[0] == "postgresql+psycopg://coord@serveur.local:5433/learnorg"


def test_the_welcome_page_offers_a_server(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _answer_dialog(qtbot, monkeypatch, None)
    page = WelcomePage.install(window)
    assert page.server_button.text() == "Connect to a server…"
    page.server_button.click()
    assert shown == [("", "", "")]


def test_opening_a_server_that_refuses_says_why_in_plain_words(office_db: ServerAddress, fake_keyring: MemoryKeyring,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: texts.append(text))
    wrong = make_url(office_db.url()).set(password="wrong").render_as_string(hide_password=False)
    assert open_for_window(wrong) is None
    assert texts == [problem_text(ServerProblem.WRONG_PASSWORD, office_db)]


def test_db_at_start_tries_libpq_first_then_asks_with_the_reason(
        qtbot, window: MainWindow, office_db: ServerAddress, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(ServerDialog, "exec", lambda dialog: errors.append(dialog.error_label.text()) or 0)
    gave_up: list[bool] = []
    connect_to_server(window, office_db.url(), try_first=True, on_give_up=lambda: gave_up.append(True))
    qtbot.waitUntil(lambda: bool(gave_up), timeout=15000)
    assert errors[0].startswith(problem_text(ServerProblem.PASSWORD_NEEDED, office_db)) and window.db is None
    monkeypatch.setenv("PGPASSWORD", PW_PASSWORD)  # libpq's own way: no dialog at all
    connect_to_server(window, office_db.url(), try_first=True)
    qtbot.waitUntil(lambda: window.db is not None, timeout=15000)
    assert len(errors) == 1


def test_db_at_start_with_a_password_in_the_url_keeps_it_out_of_the_location(
        qtbot, window: MainWindow, office_db: ServerAddress) -> None:
    url = make_url(office_db.url()).set(password=PW_PASSWORD).render_as_string(hide_password=False)
    connect_to_server(window, url, try_first=True)
    qtbot.waitUntil(lambda: window.db is not None, timeout=15000)
    assert window.db is not None and window.db.location == office_db.url()
    assert PW_PASSWORD not in window.path_label.text() and PW_PASSWORD not in "".join(UiSettings().recent_databases())
