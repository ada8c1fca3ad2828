"""Undo and redo of in-place list edits through the window's Edit menu, written back through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from learnorg_desktop.enums import SessionFormat
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.services import onboarding_assign, onboarding_templates, people, session_attendance, sessions
from learnorg_desktop.services import onboarding_followup as followup
from learnorg_desktop.services.people import PersonQuery
from learnorg_desktop.services.sessions import SessionInput
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import person, skill

TODAY = date.today()


@pytest.fixture
def onboarding_db(populated_db: Database) -> Database:
    """Hélène Dubois onboarding on the default French checklist; Jérôme Martin (staff) ticks items."""
    with populated_db.transaction() as session:
        onboarding_templates.load_default_templates(session, "fr")
        helene = people.list_ids(session, PersonQuery(text="Dubois"), TODAY)[0]
        template = onboarding_assign.propose_template(session, helene)
        onboarding_assign.assign(session, helene, template.id, TODAY, start=TODAY - timedelta(days=10))
    return populated_db


@pytest.fixture
def window(qtbot, onboarding_db: Database) -> MainWindow:
    win = MainWindow(onboarding_db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.onboarding_tab)
    qtbot.waitUntil(lambda: win.onboarding_tab.panel.detail is not None, timeout=10000)
    return win


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text))
    return shown


def first_item(db: Database, checklist_id: int) -> followup.ItemRow:
    with db.read() as session:
        return followup.get_checklist(session, checklist_id).items[0]


def tick_first(window: MainWindow) -> tuple[int, int]:
    """Tick the first item with its check box, as a click would; returns (checklist id, item id)."""
    panel = window.onboarding_tab.panel
    model = panel.model
    assert panel.detail is not None
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    return panel.detail.id, model.row_at(0).id


def test_edit_menu_has_undo_and_redo_with_standard_keys(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Edit") == titles.index("&File") + 1
    undo, redo = window.undo.undo_action, window.undo.redo_action
    assert window.edit_menu.actions()[:2] == [undo, redo]  # then Find
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not undo.isEnabled() and not redo.isEnabled()
    assert undo.text() == "&Undo"


def test_ticked_item_is_undone_and_redone_in_the_database(window: MainWindow, onboarding_db: Database,
                                                          warnings: list[str]) -> None:
    checklist_id, _item_id = tick_first(window)
    ticked = first_item(onboarding_db, checklist_id)
    assert ticked.done and ticked.done_by == "Jérôme Martin"
    undo, redo = window.undo.undo_action, window.undo.redo_action
    assert undo.isEnabled() and undo.text() == "&Undo Mark done"
    undo.trigger()
    assert not first_item(onboarding_db, checklist_id).done
    panel = window.onboarding_tab.panel
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert window.onboarding_tab.model.index(0, 3).data().startswith("0/")  # the list follows
    assert redo.isEnabled() and redo.text() == "&Redo Mark done" and not undo.isEnabled()
    redo.trigger()
    again = first_item(onboarding_db, checklist_id)
    assert (again.done_at, again.done_by_id, again.comment) == (ticked.done_at, ticked.done_by_id, ticked.comment)
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert warnings == []


def test_undo_of_an_untick_puts_back_who_and_when(window: MainWindow, onboarding_db: Database,
                                                  warnings: list[str]) -> None:
    checklist_id, item_id = tick_first(window)
    ticked = first_item(onboarding_db, checklist_id)
    panel = window.onboarding_tab.panel
    assert panel.set_done(item_id, False)
    assert window.undo.undo_action.text() == "&Undo Mark not done"
    window.undo.undo_action.trigger()
    back = first_item(onboarding_db, checklist_id)
    assert (back.done_at, back.done_by_id) == (ticked.done_at, ticked.done_by_id)
    window.undo.undo_action.trigger()  # and the tick before it
    assert not first_item(onboarding_db, checklist_id).done
    assert window.undo.stack.index() == 0 and warnings == []


def test_undo_refuses_to_overwrite_a_newer_change(window: MainWindow, onboarding_db: Database,
                                                  warnings: list[str]) -> None:
    checklist_id, item_id = tick_first(window)
    with onboarding_db.transaction() as session:  # someone else comments the item meanwhile
        followup.set_item_comment(session, item_id, "Fait avec Awa")
    window.undo.undo_action.trigger()
    item = first_item(onboarding_db, checklist_id)
    assert item.done and item.comment == "Fait avec Awa"  # nothing overwritten
    assert warnings == ["This record was changed elsewhere since you opened it. It has been reloaded."]
    assert window.undo.stack.count() == 0 and not window.undo.undo_action.isEnabled()
    assert window.onboarding_tab.panel.model.row_at(0).comment == "Fait avec Awa"


def test_stack_is_cleared_when_the_database_changes(window: MainWindow, tmp_path: Path) -> None:
    tick_first(window)
    assert window.undo.stack.count() == 1
    other = Database.open(tmp_path / "other.sqlite3")
    window.set_database(other)
    assert window.undo.stack.count() == 0
    assert not window.undo.undo_action.isEnabled() and window.undo.undo_action.text() == "&Undo"


@pytest.fixture
def session_data(db: Database) -> dict[str, int]:
    """A session held yesterday with Hélène and Luc invited, hosted by Awa."""
    with db.transaction() as session:
        ids = {"helene": person(session, "Dubois", "Hélène"), "luc": person(session, "Bernard", "Luc"),
               "awa": person(session, "Ndiaye", "Awa"), "listen": skill(session, "Écoute active")}
        ids["past"] = sessions.create_session(session, SessionInput(
            title="Accueil des publics", format=SessionFormat.WORKSHOP,
            starts_at=datetime.now(UTC) - timedelta(days=1), duration_minutes=120, skill_ids=(ids["listen"],),
            host_ids=(ids["awa"],), capacity=10))
        session_attendance.invite(session, ids["past"], [ids["helene"], ids["luc"]])
    return ids


def present(db: Database, session_id: int) -> set[int]:
    with db.read() as session:
        return session_attendance.attendee_ids(session, session_id)


def test_saved_attendance_is_undone_and_redone(qtbot, db: Database, session_data: dict[str, int],
                                               warnings: list[str]) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.sharing_tab)
    view = window.sharing_tab.sessions_view
    qtbot.waitUntil(lambda: view.pending == 0, timeout=10000)
    assert view.select_session(session_data["past"])
    panel = view.panel
    model = panel.attendance_model
    helene = model.row_of(session_data["helene"])
    assert model.setData(model.index(helene, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert panel.save_attendance()
    assert present(db, session_data["past"]) == {session_data["helene"]}
    assert window.undo.undo_action.text() == "&Undo Save attendance"
    window.undo.undo_action.trigger()
    assert present(db, session_data["past"]) == set()
    assert model.index(model.row_of(session_data["helene"]), 0).data(Qt.ItemDataRole.CheckStateRole) \
        == Qt.CheckState.Unchecked
    window.undo.redo_action.trigger()
    assert present(db, session_data["past"]) == {session_data["helene"]}
    # Someone else records Luc too: undoing now would drop his attendance, so it is refused.
    with db.transaction() as session:
        session_attendance.set_attendance(session, session_data["past"], {session_data["helene"], session_data["luc"]},
                                          datetime.now(UTC))
    window.undo.undo_action.trigger()
    assert present(db, session_data["past"]) == {session_data["helene"], session_data["luc"]}
    assert len(warnings) == 1 and window.undo.stack.count() == 0
