"""Lists follow changes saved by another instance; this window's own saves and open dialogs are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.database import Database

SHOTS = Path("/tmp/shots")
OTHERS = "Updated with changes made by others"


@pytest.fixture
def window(qtbot: QtBot, populated_db: Database) -> MainWindow:
    win = MainWindow(populated_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def add_person(db: Database, last: str, first: str = "Nina") -> int:
    with db.transaction() as session:
        return people.create(session, PersonInput(PersonKind.VOLUNTEER, last, first, office_id=1))


def listed(window: MainWindow) -> list[str]:
    tab = window.people_tab
    assert tab is not None
    return [tab.model.person_row(row).last_name for row in range(tab.model.rowCount())]


def test_another_instance_adds_a_person_and_the_list_shows_it(window: MainWindow, other: Database) -> None:
    tab = window.people_tab
    assert tab is not None
    assert tab.select_person(2)  # Jérôme Martin
    add_person(other, "Abadie")
    assert "Abadie" not in listed(window)

    window.change_watch.check()

    assert "Abadie" in listed(window)
    assert tab.current_person_id() == 2
    assert window.statusBar().currentMessage() == OTHERS
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "change_watch_updated.png"))


def test_own_saves_and_no_change_do_not_refresh(window: MainWindow, populated_db: Database,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.people_tab
    assert tab is not None
    calls: list[int] = []
    monkeypatch.setattr(tab, "refresh", lambda: calls.append(1))
    window.change_watch.check()
    add_person(populated_db, "Abadie")  # this window's own save: its tab already follows it
    window.change_watch.check()
    assert calls == []
    assert window.statusBar().currentMessage() != OTHERS


def test_scroll_position_is_kept(qtbot: QtBot, window: MainWindow, populated_db: Database, other: Database) -> None:
    with populated_db.transaction() as session:
        for number in range(80):
            people.create(session, PersonInput(PersonKind.VOLUNTEER, f"Personne {number:02}", office_id=1))
    window.change_watch.refresh_now()
    tab = window.people_tab
    assert tab is not None
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 40)
    assert tab.select_person(2)
    bar.setValue(40)  # scrolled away from the selection: a plain refresh would jump back to it
    add_person(other, "Zz Dernière")

    window.change_watch.check()

    assert "Zz Dernière" in listed(window)
    assert (bar.value(), tab.current_person_id()) == (40, 2)


def test_waits_for_the_open_dialog_then_refreshes(qtbot: QtBot, window: MainWindow, other: Database,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: dialog))
    add_person(other, "Abadie")

    window.change_watch.check()
    assert "Abadie" not in listed(window)

    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: None))
    qtbot.waitUntil(lambda: "Abadie" in listed(window), timeout=3000)
    assert window.statusBar().currentMessage() == OTHERS


def test_other_tabs_refresh_when_shown_and_f5_refreshes_now(window: MainWindow, other: Database,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    needs_tab = window.needs_tab
    assert needs_tab is not None
    calls: list[int] = []
    monkeypatch.setattr(needs_tab, "refresh", lambda: calls.append(1))
    add_person(other, "Abadie")
    window.change_watch.check()
    assert calls == []  # hidden: not yet
    window.tabs.setCurrentWidget(needs_tab)
    assert calls == [1]

    window.change_watch.refresh_action.trigger()  # F5
    assert calls == [1, 1]
    assert window.change_watch.refresh_action.shortcut().toString() == "F5"


@pytest.mark.parametrize("backend", ["postgresql"])
def test_on_a_server_the_mark_is_read_in_the_background(qtbot: QtBot, window: MainWindow, other: Database) -> None:
    add_person(other, "Abadie")
    window.change_watch.check()  # returns at once: the read runs off the UI thread
    qtbot.waitUntil(lambda: "Abadie" in listed(window), timeout=5000)
    assert window.statusBar().currentMessage() == OTHERS


def test_view_menu_offers_refresh(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.menus.view_menu
    assert window.change_watch.refresh_action in menu.actions()
    assert window.change_watch.refresh_action.text() == "&Refresh"
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitExposed(menu)
    menu.grab().save(str(SHOTS / "change_watch_view_menu.png"))
    menu.close()
