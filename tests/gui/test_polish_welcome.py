"""The first-run page: only when no database exists yet; create, open or try the demo, then the tabs."""

from __future__ import annotations

from pathlib import Path

import pytest

from learnorg_desktop.gui.database_opening import create_database
from learnorg_desktop.gui.dialogs.new_database_dialog import NewOffice
from learnorg_desktop.gui.first_run import create_demo_database, demo_path, startup_location
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.ui_settings import UiSettings
from learnorg_desktop.gui.welcome_page import WelcomePage
from learnorg_desktop.paths import app_paths
from learnorg_desktop.services.progress import Cancelled, Progress


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _lyon(path: Path) -> Path:
    create_database(path, NewOffice("LYON", "Antenne de Lyon", "", False)).close()
    return path


def test_startup_location_is_none_only_on_the_true_first_run(tmp_path: Path) -> None:
    settings = UiSettings()
    assert startup_location(settings) is None
    assert startup_location(settings, smoke_test=True) == str(app_paths().default_db)  # old behaviour kept
    settings.set_recent_databases([str(tmp_path / "gone.sqlite3"), str(_lyon(tmp_path / "lyon.sqlite3"))])
    assert startup_location(settings) == str(tmp_path / "lyon.sqlite3")  # latest one still there
    _lyon(app_paths().default_db)
    assert startup_location(settings) == str(app_paths().default_db)  # the default database still wins


def test_page_replaces_the_tabs_until_a_database_is_opened(window: MainWindow, tmp_path: Path,
                                                          monkeypatch) -> None:
    tabs = window.centralWidget()
    page = WelcomePage.install(window)
    assert window.centralWidget() is page
    assert not window.export_action.isEnabled()
    assert page.create_button.text() == "Create an office database…"
    lyon = _lyon(tmp_path / "lyon.sqlite3")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *args: (str(lyon), ""))
    page.open_button.click()
    assert window.centralWidget() is tabs is window.tabs
    assert window.office_label.text() == "Office: LYON – Antenne de Lyon"
    assert window.tabs.widget(0) is window.people_tab


def test_create_goes_through_the_new_database_flow(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    page = WelcomePage.install(window)
    target = tmp_path / "nantes.sqlite3"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args: (str(target), ""))

    def fake_exec(dialog) -> int:
        dialog.code_edit.setText("NANTES")
        dialog.name_edit.setText("Antenne de Nantes")
        return 1

    monkeypatch.setattr("learnorg_desktop.gui.dialogs.new_database_dialog.NewDatabaseDialog.exec", fake_exec)
    page.create_button.click()
    assert window.db is not None and Path(window.db.location) == target
    assert window.centralWidget() is window.tabs


def test_cancelled_create_keeps_the_page(window: MainWindow, monkeypatch) -> None:
    page = WelcomePage.install(window)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args: ("", ""))
    page.create_button.click()
    assert window.centralWidget() is page and window.db is None


def test_try_the_demo_creates_it_in_the_background_then_opens_it(qtbot, window: MainWindow) -> None:
    page = WelcomePage.install(window)
    page.demo_button.click()
    assert page.demo_task is not None and not page.demo_button.isEnabled()
    qtbot.waitUntil(lambda: window.db is not None, timeout=120_000)
    assert Path(window.db.location) == demo_path()
    assert window.centralWidget() is window.tabs
    assert window.people_tab.model.rowCount() > 100
    assert "Solidarité Pour Tous" in window.windowTitle()


def test_a_cancelled_demo_leaves_no_file(tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    target = tmp_path / "demo.sqlite3"
    with pytest.raises(Cancelled):
        create_demo_database(target, progress)
    assert list(tmp_path.iterdir()) == []


def test_page_follows_the_language(window: MainWindow) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    page = WelcomePage.install(window)
    page.demo_button.setText("stale")
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.demo_button.text() == "Try the demo"
