"""Keyboard use: standard shortcuts without clashes, menu mnemonics, Find, Delete in lists, Tab order, Enter/Escape."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMenu, QMessageBox, QWidget
from sqlalchemy import select

from learnorg_desktop.gui.application import resource_file
from learnorg_desktop.gui.dialogs.assessment_dialog import AssessmentDialog
from learnorg_desktop.gui.dialogs.assign_dialog import AssignDialog
from learnorg_desktop.gui.dialogs.campaign_dialog import CampaignDialog
from learnorg_desktop.gui.dialogs.community_dialog import CommunityDialog
from learnorg_desktop.gui.dialogs.departure_dialog import DepartureDialog
from learnorg_desktop.gui.dialogs.need_dialog import NeedDialog
from learnorg_desktop.gui.dialogs.new_database_dialog import NewDatabaseDialog
from learnorg_desktop.gui.dialogs.person_dialog import PersonDialog
from learnorg_desktop.gui.dialogs.report_dialog import ReportDialog
from learnorg_desktop.gui.dialogs.session_dialog import SessionDialog
from learnorg_desktop.gui.dialogs.skill_dialog import CategoryDialog, SkillDialog
from learnorg_desktop.gui.dialogs.template_dialog import TemplateDialog
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.tabs.needs_list import NeedsListView
from learnorg_desktop.models.people import Person
from learnorg_desktop.services import organisation
from learnorg_desktop.storage.database import Database
from tests.gui.demo_window import TODAY, demo_database, open_window, settle, show_every_page


@pytest.fixture
def demo_db(tmp_path: Path) -> Database:
    return demo_database(tmp_path)


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    return open_window(qtbot, demo_db)


# --- shortcuts and mnemonics -------------------------------------------------------------------------------
def _scope(action: QAction | QShortcut, window: QWidget) -> object:
    """Where a shortcut is live: the whole window, or only the widget(s) it is added to."""
    context = action.context() if isinstance(action, QShortcut) else action.shortcutContext()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return window
    owners = action.associatedObjects() if isinstance(action, QAction) else [action.parent()]
    return tuple(sorted(id(owner) for owner in owners))


def test_no_two_actions_share_a_shortcut_in_the_same_place(qtbot, window: MainWindow) -> None:
    show_every_page(qtbot, window)  # tabs build their own actions (Delete in lists...) when shown
    taken: dict[tuple[object, str], list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            taken[(_scope(action, window), key.toString())].append(action.text() or repr(action.parent()))
    for shortcut in window.findChildren(QShortcut):
        for key in (shortcut.key(),):
            taken[(_scope(shortcut, window), key.toString())].append(repr(shortcut.parent()))
    clashes = {key: names for (_scope_, key), names in taken.items() if len(names) > 1}
    assert not clashes, f"shortcuts used twice: {clashes}"
    keys = {key for (_scope_, key) in taken}
    for expected in ("Ctrl+N", "Ctrl+O", "Ctrl+Q", "Ctrl+Z", "Ctrl+F", "F1", "Ctrl+1", "Ctrl+5", "Del"):
        assert expected in keys


def _menus(window: MainWindow) -> list[QMenu]:
    found, todo = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while todo:
        menu = todo.pop()
        menu.aboutToShow.emit()  # menus filled on show (recent files, exchange) fill now
        found.append(menu)
        todo.extend(a.menu() for a in menu.actions() if a.menu())
    return found


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if 0 <= index < len(text.replace("&&", "")) - 1 else None


def test_every_menu_entry_has_its_own_mnemonic(window: MainWindow) -> None:
    bar = [a.text() for a in window.menuBar().actions()]
    assert None not in map(_mnemonic, bar) and len({_mnemonic(t) for t in bar}) == len(bar), bar
    for menu in _menus(window):
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        missing = [t for t in texts if _mnemonic(t) is None]
        assert not missing, f"{menu.title()}: no mnemonic in {missing}"
        letters = [_mnemonic(t) for t in texts]
        assert len(set(letters)) == len(letters), f"{menu.title()}: mnemonic used twice in {texts}"


# --- the usual actions -------------------------------------------------------------------------------------
def test_ctrl_f_goes_to_the_search_box_of_the_current_tab(qtbot, window: MainWindow) -> None:
    window.people_tab.search_edit.setText("Dub")
    window.people_tab.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.people_tab.search_edit
    assert window.people_tab.search_edit.selectedText() == "Dub"  # typing replaces the previous search
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Knowledge sharing
    assert window.tabs.currentWidget() is window.sharing_tab
    window.sharing_tab.views.setCurrentIndex(2)  # the library, which has a search box
    settle(qtbot, window)
    window.menus.find_action.trigger()
    assert QApplication.focusWidget().accessibleName() == "Search the library"


def test_ctrl_digits_show_the_tabs_and_wait_for_a_database(qtbot) -> None:
    empty = MainWindow()
    qtbot.addWidget(empty)
    assert not empty.menus.find_action.isEnabled() and not empty.menus.tab_actions[0].isEnabled()
    assert empty.backup_label.text() == ""  # no database: nothing to say about backups


def test_ctrl_digits_switch_tabs(qtbot, window: MainWindow) -> None:
    for digit, tab in ((Qt.Key.Key_2, window.needs_tab), (Qt.Key.Key_5, window.dashboards_tab),
                       (Qt.Key.Key_1, window.people_tab)):
        qtbot.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentWidget() is tab


def test_delete_in_a_list_asks_then_deletes(qtbot, window: MainWindow, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, _text, *a: asked.append(title)
                        or QMessageBox.StandardButton.No)
    window.tabs.setCurrentWidget(window.needs_tab)
    view = window.needs_tab.findChild(NeedsListView)
    window.needs_tab.views.setCurrentWidget(view)
    settle(qtbot, window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == []  # nothing selected: the Delete button is off, so is the key
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == ["Delete a need"]  # the button's own confirmation: answered No, nothing deleted


def test_high_dpi_icons_are_vector_images() -> None:
    icons = Path(resource_file("icons", "learnorg.svg")).parent
    assert {p.suffix for p in icons.iterdir() if p.is_file()} == {".svg"}
    assert QIcon(str(icons / "learnorg.svg")).pixmap(QSize(32, 32), 2.0).size() == QSize(64, 64)  # sharp at 200 %
    sources = Path(resource_file("icons", "learnorg.svg")).parents[2] / "learnorg_desktop"
    for path in sources.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not ("QIcon(" in text and ".png\"" in text.split("QIcon(", 1)[1][:200]), path


# --- dialogs: Tab order, Enter and Escape --------------------------------------------------------------------
def _factories(db: Database) -> dict[str, Callable[[], QDialog]]:
    with db.read() as session:
        offices = organisation.list_offices(session)
        person = session.scalars(select(Person.id).order_by(Person.id)).first()
    assert person is not None
    return {
        "person": lambda: PersonDialog(db), "need": lambda: NeedDialog(db), "session": lambda: SessionDialog(db),
        "new database": NewDatabaseDialog, "skill": lambda: SkillDialog(db), "category": lambda: CategoryDialog(db),
        "community": lambda: CommunityDialog(db), "campaign": lambda: CampaignDialog(db),
        "template": lambda: TemplateDialog(db), "assessment": lambda: AssessmentDialog(db, person, "Awa"),
        "departure": lambda: DepartureDialog(db, person, "Awa"), "assign": lambda: AssignDialog(db, person),
        "report": lambda: ReportDialog(offices, TODAY, "en"),
    }


def _show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # key presses go to the focus widget of the active window
    return dialog


def _tab_through(qtbot, dialog: QDialog) -> list[QWidget]:
    """Press Tab from the first field until the focus comes back; each widget once (a date's parts are one)."""
    visited = [QApplication.focusWidget()]
    for _ in range(60):
        focus = QApplication.focusWidget()
        assert focus is not None, f"the focus left the dialog after {visited[-1]!r}"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is visited[0]:
            return visited
        if current is not visited[-1]:
            visited.append(current)
    raise AssertionError(f"Tab never came back to the first field: stuck in {visited[-1]!r}")


def _buttons(dialog: QDialog) -> list[QWidget]:
    box = dialog.findChild(QDialogButtonBox)
    return [b for b in box.buttons() if b.isEnabled()]


def test_tab_follows_the_person_form(qtbot, demo_db: Database) -> None:
    dialog = _show(qtbot, PersonDialog(demo_db))
    ui = dialog.ui
    ui.arrivalCheck.setChecked(True)
    ui.kindCombo.setFocus()
    assert _tab_through(qtbot, dialog) == [
        ui.kindCombo, ui.lastNameEdit, ui.firstNameEdit, ui.emailEdit, ui.phoneEdit, ui.officeCombo, ui.roleCombo,
        ui.arrivalCheck, ui.arrivalDateEdit, ui.departureCheck, ui.languagesEdit, ui.notesEdit,
        ui.sensitiveNotesEdit, *_buttons(dialog)]


def test_tab_follows_the_need_form(qtbot, demo_db: Database) -> None:
    dialog = _show(qtbot, NeedDialog(demo_db))
    dialog.person_radio.setFocus()
    picker = dialog.person_picker
    assert _tab_through(qtbot, dialog) == [  # the unchecked radio of each pair is reached with the arrow keys
        dialog.person_radio, picker.search_edit, picker.list_view, dialog.skill_radio, dialog.skill_combo,
        dialog.origin_combo, dialog.priority_combo, dialog.date_check, dialog.level_combo, dialog.notes_edit,
        *_buttons(dialog)]


def test_tab_follows_the_session_form(qtbot, demo_db: Database) -> None:
    dialog = _show(qtbot, SessionDialog(demo_db))
    dialog.title_edit.setFocus()
    hosts = dialog.hosts
    assert _tab_through(qtbot, dialog) == [
        dialog.title_edit, dialog.format_combo, dialog.starts_edit, dialog.duration_spin, dialog.place_edit,
        dialog.link_edit, dialog.capacity_spin, dialog.office_combo, dialog.community_combo, dialog.skills_list,
        hosts.picker.search_edit, hosts.picker.list_view, hosts.add_button, hosts.remove_button, hosts.chosen,
        dialog.external_edit, dialog.description_edit, *_buttons(dialog)]


def test_tab_follows_the_new_database_form(qtbot) -> None:
    dialog = _show(qtbot, NewDatabaseDialog())
    assert QApplication.focusWidget() is dialog.code_edit  # the first field has the focus on opening
    assert _tab_through(qtbot, dialog) == [dialog.code_edit, dialog.name_edit, dialog.organisation_edit,
                                           dialog.hq_check, *_buttons(dialog)]


DIALOGS = ("person", "need", "session", "new database", "skill", "category", "community", "campaign", "template",
           "assessment", "departure", "assign", "report")


@pytest.mark.parametrize("name", DIALOGS)
def test_enter_saves_escape_cancels_and_tab_never_traps(qtbot, demo_db: Database, name: str) -> None:
    make = _factories(demo_db)[name]
    dialog = _show(qtbot, make())
    pressed: list[str] = []
    dialog.findChild(QDialogButtonBox).accepted.connect(lambda: pressed.append("save"))
    fields = [e for e in dialog.findChildren(QLineEdit) if e.isVisible() and e.isEnabled()
              and e.parentWidget() is not None and not e.parentWidget().inherits("QComboBox")
              and not e.parentWidget().inherits("QAbstractSpinBox") and e.placeholderText() != "Search a person…"]
    field = fields[0] if fields else QApplication.focusWidget()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert pressed == ["save"], f"Enter in {field!r} did not press the default button"

    other = _show(qtbot, make())
    other.findChild(QDialogButtonBox).accepted.connect(lambda: pressed.append("saved again"))
    _tab_through(qtbot, other)  # raises if a field keeps the Tab key
    qtbot.keyClick(QApplication.focusWidget() or other, Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected and not other.isVisible()
    assert pressed == ["save"]


def test_enter_in_a_text_area_is_a_new_line_and_in_a_person_search_searches(qtbot, demo_db: Database) -> None:
    dialog = _show(qtbot, NeedDialog(demo_db))
    pressed: list[str] = []
    dialog.buttons.accepted.connect(lambda: pressed.append("save"))
    dialog.notes_edit.setFocus()
    qtbot.keyClicks(dialog.notes_edit, "one")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.notes_edit, "two")
    assert dialog.notes_edit.toPlainText() == "one\ntwo" and pressed == []
    picker = dialog.person_picker
    picker.search_edit.setFocus()
    qtbot.keyClicks(picker.search_edit, "zzz-nobody")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert pressed == [] and dialog.isVisible()  # a search, not a save with the wrong person
    assert picker.model.rowCount() == 0  # the search ran at once
