"""The window's safety net: start-up backup, read-only second window, restore, damaged database, backup at close."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.gui import database_opening
from learnorg_desktop.gui.database_opening import open_for_window
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.backups import list_backups
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.lock import lock_path


@pytest.fixture
def closed_db(db: Database, db_path: Path) -> Path:
    with db.transaction() as session:
        people.create(session, PersonInput(PersonKind.STAFF, "Présente", "Anaïs"))
    db.close()
    return db_path


def _window(qtbot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    opened = open_for_window(str(path), window)
    assert opened is not None
    window.attach(opened)
    window.show()
    qtbot.waitUntil(lambda: window.safety.net.pending == 0, timeout=10000)
    return window


def _count(db: Database) -> int:
    with db.read() as session:
        return people.count(session)


def test_start_up_backs_up_and_shows_it(qtbot, closed_db: Path) -> None:
    window = _window(qtbot, closed_db)
    assert [b.reason for b in list_backups(closed_db)] == ["start"]
    assert window.backup_label.text().startswith("Last backup: ")
    assert lock_path(closed_db.resolve()).exists()
    window.close()
    assert [b.reason for b in list_backups(closed_db)] == ["close", "start"]
    assert not lock_path(closed_db.resolve()).exists()


@pytest.fixture
def other_holder(closed_db: Path) -> Iterator[None]:
    """Another (live) process holds the database."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    lock_path(closed_db.resolve()).write_text(json.dumps({"user": "camille", "host": socket.gethostname(),
                                                          "pid": child.pid, "since": "2026-11-23T08:30:00+00:00"}))
    yield
    child.kill()
    child.wait()


def test_a_second_window_opens_read_only_and_names_the_holder(qtbot, closed_db: Path, other_holder: None,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(database_opening, "_ask_read_only",
                        lambda _parent, _location, holder: asked.append(holder.user) or True)
    window = _window(qtbot, closed_db)
    assert asked == ["camille"] and window.db is not None and window.db.read_only
    assert "camille" in window.backup_label.text()
    assert not window.import_action.isEnabled()
    assert list_backups(closed_db) == []  # the writer backs up, not the reader
    window.close()
    assert lock_path(closed_db.resolve()).exists()  # the other holder's lock is left alone


def test_refusing_read_only_opens_nothing(qtbot, closed_db: Path, other_holder: None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_opening, "_ask_read_only", lambda *_args: False)
    assert open_for_window(str(closed_db)) is None


def test_restore_brings_back_the_backup_and_keeps_the_replaced_state(qtbot, closed_db: Path) -> None:
    window = _window(qtbot, closed_db)
    start = list_backups(closed_db)[0]
    assert window.db is not None
    with window.db.transaction() as session:
        people.create(session, PersonInput(PersonKind.VOLUNTEER, "Ajoutée", "Zoé"))
    with qtbot.waitSignal(window.safety.restored, timeout=20000) as ended:
        assert window.restore_backup(start.path, confirm=False)
    assert ended.args == [True]
    assert _count(window.db) == 1
    assert "before-restore" in [b.reason for b in list_backups(closed_db)]
    window.close()


def test_a_damaged_database_offers_the_latest_sound_backup(qtbot, closed_db: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, closed_db)
    assert window.db is not None
    with window.db.transaction() as session:
        people.create(session, PersonInput(PersonKind.VOLUNTEER, "Après", "Léo"))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.safety.restored, timeout=20000):
        window.safety.net.damaged.emit(["*** in database main ***"])
    assert asked and "latest sound backup" in asked[0]
    assert _count(window.db) == 1
    window.close()


def test_storage_refusals_get_plain_words(closed_db: Path) -> None:
    import errno

    from sqlalchemy.exc import OperationalError

    from learnorg_desktop.gui.errors import storage_error_text

    viewer = Database.open(closed_db, read_only=True)
    try:
        with pytest.raises(OperationalError) as raised, viewer.transaction() as session:
            people.create(session, PersonInput(PersonKind.STAFF, "Refusé", "Noé"))
    finally:
        viewer.close()
    assert "read-only" in (storage_error_text(raised.value) or "")
    assert "disk is full" in (storage_error_text(OSError(errno.ENOSPC, "No space left on device")) or "")
    assert storage_error_text(ValueError("something else")) is None
