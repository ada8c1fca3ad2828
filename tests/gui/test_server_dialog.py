"""File > Connect to a server: the dialog's fields and checks, the connection tried off the UI thread, the keyring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from learnorg_desktop.gui.dialogs.server_dialog import ServerDialog
from learnorg_desktop.storage.credentials import PASSWORDS, SERVICE, ServerAddress
from learnorg_desktop.storage.server_probe import DatabaseState
from tests.server_credentials import PW_PASSWORD, MemoryKeyring


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.question answers Yes and records its texts; warnings are recorded too."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: asked.append(text))
    return asked


_KEPT: list[ServerDialog] = []


@pytest.fixture(autouse=True)
def _keep_dialogs() -> Iterator[None]:
    # qtbot holds its widgets weakly. A parentless dialog whose last reference is its finished task's callback
    # would be deleted inside that task's own deleteLater, deleting the task twice: keep them to the teardown.
    yield
    _KEPT.clear()


def _dialog(qtbot, address: ServerAddress | None = None) -> ServerDialog:
    dialog = ServerDialog(None, address)
    qtbot.addWidget(dialog)
    _KEPT.append(dialog)
    return dialog


def _ok_and_wait(qtbot, dialog: ServerDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)


def test_the_fields_and_their_defaults(qtbot, fake_keyring: MemoryKeyring) -> None:
    dialog = _dialog(qtbot)
    assert dialog.port_spin.value() == 5432
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.remember_check.isEnabled() and not dialog.remember_check.isChecked()
    assert dialog.windowTitle() == "Connect to a server"


def test_without_a_keyring_remembering_is_disabled_and_says_why(qtbot, no_keyring: object) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.remember_check.isEnabled()
    assert "asked each time" in dialog.remember_check.toolTip()


@pytest.mark.parametrize(("field", "expected"), [("host", "server's address"), ("database", "name of the database"),
                                                 ("user", "user name")])
def test_each_missing_field_is_named_and_nothing_is_tried(qtbot, field: str, expected: str,
                                                          fake_keyring: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, ServerAddress("db.example.org", "learnorg", "coord"))
    getattr(dialog, f"{field}_edit").setText("  ")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.task is None and not dialog.busy and not dialog.error_label.isHidden()
    assert expected in dialog.error_label.text()
    assert dialog.result() != ServerDialog.DialogCode.Accepted


def test_a_wrong_password_is_said_plainly_and_the_dialog_stays(qtbot, empty_db: ServerAddress,
                                                               fake_keyring: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, empty_db)
    dialog.password_edit.setText("wrong")
    _ok_and_wait(qtbot, dialog)
    assert "refused this user name and password" in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()
    assert dialog.result() != ServerDialog.DialogCode.Accepted and dialog.buttons.isEnabled()
    assert PASSWORDS.password(empty_db) is None


def test_an_unreachable_server_and_a_missing_database(qtbot, empty_db: ServerAddress,
                                                      fake_keyring: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, ServerAddress("127.0.0.1", "learnorg", "coord", 1))
    _ok_and_wait(qtbot, dialog)
    assert "No server answered at 127.0.0.1, port 1" in dialog.error_label.text()
    dialog.fill(ServerAddress(empty_db.host, "nowhere", empty_db.user, empty_db.port))
    dialog.password_edit.setText(PW_PASSWORD)
    _ok_and_wait(qtbot, dialog)
    assert "no database called nowhere" in dialog.error_label.text()


def test_an_empty_database_is_set_up_only_when_confirmed(qtbot, empty_db: ServerAddress, fake_keyring: MemoryKeyring,
                                                         questions: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, empty_db)
    dialog.password_edit.setText(PW_PASSWORD)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    _ok_and_wait(qtbot, dialog)
    assert dialog.result() != ServerDialog.DialogCode.Accepted and PASSWORDS.password(empty_db) is None
    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: questions.append(text) or (
        QMessageBox.StandardButton.Yes))
    _ok_and_wait(qtbot, dialog)
    assert dialog.result() == ServerDialog.DialogCode.Accepted and dialog.state is DatabaseState.EMPTY
    assert questions == [f"The database {empty_db.label()} is empty. Set it up for LearnOrg Desktop?"]
    assert PASSWORDS.password(empty_db) == PW_PASSWORD  # for this run
    assert fake_keyring.passwords == {}  # not ticked: not kept


def test_ticked_remember_keeps_the_password_in_the_keyring(qtbot, empty_db: ServerAddress,
                                                            fake_keyring: MemoryKeyring, questions: list[str]) -> None:
    dialog = _dialog(qtbot, empty_db)
    dialog.password_edit.setText(PW_PASSWORD)
    dialog.remember_check.setChecked(True)
    _ok_and_wait(qtbot, dialog)
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert fake_keyring.passwords == {(SERVICE, empty_db.label()): PW_PASSWORD}
    again = _dialog(qtbot, empty_db)
    assert again.password_edit.placeholderText() == "Known: leave empty to use it"


def test_a_locked_keyring_warns_and_the_connection_still_works(qtbot, empty_db: ServerAddress,
                                                               locked_keyring: object, questions: list[str]) -> None:
    dialog = _dialog(qtbot, empty_db)
    dialog.password_edit.setText(PW_PASSWORD)
    dialog.remember_check.setChecked(True)
    _ok_and_wait(qtbot, dialog)
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert any("could not be kept in the system keyring" in text for text in questions)
