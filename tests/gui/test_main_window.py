"""The main window shell: tabs, menus, status bar, language, database switching, remembered state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from learnorg_desktop.gui.application import install_translators, remove_translators, resolve_language
from learnorg_desktop.gui.database_opening import create_database
from learnorg_desktop.gui.dialogs.new_database_dialog import NewOffice
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.ui_settings import UiSettings
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.storage.database import Database


@pytest.fixture
def window(qtbot, populated_db: Database) -> MainWindow:
    win = MainWindow(populated_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_five_tabs_and_office_in_status_bar(window: MainWindow, populated_db: Database) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["People", "Needs mapping", "Onboarding", "Knowledge sharing", "Dashboards"]
    assert window.office_label.text() == "Office: HQ – Siège"
    assert window.path_label.text() == populated_db.location
    assert window.people_tab.model.rowCount() == 4
    assert window.tabs.widget(1) is window.needs_tab
    assert window.tabs.widget(4) is window.dashboards_tab
    assert not any(window.tabs.indexOf(tab) >= 0 for tab in window.coming_soon)  # every placeholder replaced


def test_file_actions_follow_the_database(window: MainWindow) -> None:
    for action in (window.export_action, window.backup_action, window.backups_action, window.import_action):
        assert action.isEnabled()
    assert window.new_action.isEnabled() and window.open_action.isEnabled()


def test_french_translation(qtbot, populated_db: Database) -> None:
    app = QApplication.instance()
    translators = install_translators(app, "fr")
    try:
        assert translators, "learnorg_fr.qm should load"
        win = MainWindow(populated_db)
        qtbot.addWidget(win)
        assert win.tabs.tabText(0) == "Personnes"
        assert win.tabs.tabText(1) == "Cartographie des besoins"
        assert win.office_label.text() == "Antenne\u00a0: HQ – Siège"
        model = win.people_tab.model
        assert model.headerData(4, Qt.Orientation.Horizontal) == "Arrivée"
        assert win.people_tab.count_label.text().endswith("personnes")
    finally:
        remove_translators(app, translators)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_language_change_retranslates_a_live_window(window: MainWindow) -> None:
    app = QApplication.instance()
    translators = install_translators(app, "fr")
    try:
        app.processEvents()
        assert window.tabs.tabText(2) == "Intégration"
        model = window.people_tab.model
        kinds = {model.index(r, 1).data() for r in range(model.rowCount())}
        assert kinds & {"Bénévole", "Salarié·e", "Partenaire"}  # cached cells follow the language too
    finally:
        remove_translators(app, translators)
        app.processEvents()
    assert window.tabs.tabText(2) == "Onboarding"
    kinds = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert kinds & {"Volunteer", "Staff member", "Partner"}


def test_resolve_language() -> None:
    assert resolve_language("fr") == "fr" and resolve_language("en") == "en"
    assert resolve_language(None) in {"fr", "en"}


def test_switching_database(window: MainWindow, tmp_path: Path) -> None:
    other = create_database(tmp_path / "lyon.sqlite3", NewOffice("LYON", "Antenne de Lyon", "Solidarité", False))
    window.set_database(other)
    assert window.db is other
    assert window.office_label.text() == "Office: LYON – Antenne de Lyon"
    assert window.people_tab.model.rowCount() == 0
    assert window.tabs.tabText(0) == "People" and window.tabs.widget(0) is window.people_tab


def test_create_database_refusal_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "bad.sqlite3"
    with pytest.raises(ValidationError):
        create_database(target, NewOffice("", "Nowhere", "", False))
    assert not target.exists()


def test_open_path_switches_and_rejects_garbage(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *args: shown.append(args[2]))
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    assert not window.open_path(garbage)
    assert len(shown) == 1
    other = create_database(tmp_path / "lille.sqlite3", NewOffice("LILLE", "Antenne de Lille", "", False))
    other.close()
    assert window.open_path(tmp_path / "lille.sqlite3")
    assert window.office_label.text() == "Office: LILLE – Antenne de Lille"


def test_initialise_office_of_an_empty_database(qtbot, tmp_path: Path, monkeypatch) -> None:
    db = Database.open(tmp_path / "fresh.sqlite3")
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert "not set" in win.office_label.text()

    def fake_exec(dialog) -> int:
        if dialog.office().code:  # second round: the first was refused and the dialog stayed
            return 0
        dialog.code_edit.setText("NANTES")
        dialog.name_edit.setText("Antenne de Nantes")
        return 1

    monkeypatch.setattr("learnorg_desktop.gui.dialogs.new_database_dialog.NewDatabaseDialog.exec", fake_exec)
    win.initialise_office()
    with db.read() as session:
        assert organisation.local_office(session).code == "NANTES"
    assert win.office_label.text() == "Office: NANTES – Antenne de Nantes"


def test_geometry_and_last_tab_are_remembered(qtbot, populated_db: Database) -> None:
    first = MainWindow(populated_db)
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 640)
    first.tabs.setCurrentIndex(3)
    first.close()
    second = MainWindow(populated_db)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 3
    assert UiSettings().geometry() is not None


def test_follow_up_from_the_people_tab_opens_the_person_page(qtbot, window: MainWindow) -> None:
    from learnorg_desktop.gui.tabs.dashboards_person import PersonView

    window.people_tab.table.selectRow(0)
    person_id = window.people_tab.current_person_id()
    assert person_id is not None and window.people_tab.follow_up_button.isEnabled()
    window.people_tab.follow_up_button.click()
    assert window.tabs.currentWidget() is window.dashboards_tab
    view = window.dashboards_tab.views.currentWidget()
    assert isinstance(view, PersonView)
    qtbot.waitUntil(lambda: view.pending == 0, timeout=10000)
    assert view.picker.current_person_id() == person_id


def test_action_plan_areas_show_their_tab(window: MainWindow) -> None:
    window.show_area("sharing")
    assert window.tabs.currentWidget() is window.sharing_tab
    window.show_area("people")
    assert window.tabs.currentWidget() is window.people_tab
    window.show_area("nowhere")
    assert window.tabs.currentWidget() is window.people_tab
