"""File > Open Recent: remembered with the UI settings, most recent first, missing files greyed, clearable."""

from __future__ import annotations

from pathlib import Path

import pytest

from learnorg_desktop.gui.database_opening import create_database
from learnorg_desktop.gui.dialogs.new_database_dialog import NewOffice
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.recent_files import MAX_RECENT, with_recent
from learnorg_desktop.gui.ui_settings import UiSettings
from learnorg_desktop.storage.database import Database


def _office_db(path: Path, code: str) -> Path:
    create_database(path, NewOffice(code, f"Antenne {code}", "", False)).close()
    return path


def _entries(window: MainWindow) -> list[tuple[str, bool]]:
    window.recent_menu.rebuild()
    return [(action.data(), action.isEnabled()) for action in window.recent_menu.actions()
            if isinstance(action.data(), str)]


@pytest.fixture
def window(qtbot, populated_db: Database) -> MainWindow:
    win = MainWindow(populated_db)
    qtbot.addWidget(win)
    return win


def test_with_recent_puts_first_without_duplicates_and_caps(tmp_path: Path) -> None:
    names = [str(tmp_path / f"{n}.sqlite3") for n in range(MAX_RECENT)]
    assert with_recent(names, names[3])[:2] == [names[3], names[0]]
    assert with_recent(names, str(tmp_path / "new.sqlite3"))[-1] == names[-2]
    assert len(with_recent(names, str(tmp_path / "new.sqlite3"))) == MAX_RECENT
    assert with_recent([str(tmp_path / "x" / ".." / "a.sqlite3")], str(tmp_path / "a.sqlite3")) == [
        str(tmp_path / "a.sqlite3")]


def test_opened_databases_are_listed_most_recent_first(window: MainWindow, populated_db: Database,
                                                       tmp_path: Path) -> None:
    lille = _office_db(tmp_path / "lille.sqlite3", "LILLE")
    assert _entries(window) == [(populated_db.location, True)]
    assert window.open_path(lille)
    assert _entries(window) == [(str(lille), True), (populated_db.location, True)]
    assert UiSettings().recent_databases() == [str(lille), populated_db.location]  # kept between runs
    assert window.recent_menu.title() == "Open &Recent"
    assert window.recent_menu.menuAction() in window.file_menu.actions()


def test_choosing_an_entry_opens_it_through_open_path(window: MainWindow, populated_db: Database,
                                                     tmp_path: Path) -> None:
    lille = _office_db(tmp_path / "lille.sqlite3", "LILLE")
    window.open_path(lille)
    window.recent_menu.rebuild()
    entry = next(a for a in window.recent_menu.actions() if a.data() == populated_db.location)
    entry.trigger()
    assert window.db is not None and window.db.location == populated_db.location
    assert window.office_label.text() == "Office: HQ – Siège"
    assert _entries(window)[0] == (populated_db.location, True)


def test_missing_files_are_greyed_and_the_list_can_be_cleared(window: MainWindow, populated_db: Database,
                                                            tmp_path: Path) -> None:
    gone = _office_db(tmp_path / "gone.sqlite3", "GONE")
    window.recent_menu.remember(str(gone))
    gone.unlink()
    assert _entries(window) == [(str(gone), False), (populated_db.location, True)]
    window.recent_menu.clear_action.trigger()
    assert _entries(window) == []
    assert UiSettings().recent_databases() == []
    assert not window.recent_menu.isEnabled()


def test_one_entry_survives_a_restart(qtbot, populated_db: Database) -> None:
    first = MainWindow(populated_db)
    qtbot.addWidget(first)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert _entries(second) == [(populated_db.location, True)]  # INI stores a one-item list as a plain string


def test_server_addresses_are_remembered_without_password_and_never_probed(window: MainWindow,
                                                                          populated_db: Database) -> None:
    window.recent_menu.remember("postgresql://office:s3cret@server/learnorg")
    assert _entries(window) == [("postgresql://office@server/learnorg", True), (populated_db.location, True)]
    assert window.recent_menu.actions()[0].text() == "&1 office@server:5432/learnorg"
