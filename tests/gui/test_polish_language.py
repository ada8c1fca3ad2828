"""Settings > Language: stored with the UI settings and applied to the running window at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from learnorg_desktop.gui.application import resolve_language
from learnorg_desktop.gui.language_menu import apply_language
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.ui_settings import UiSettings
from learnorg_desktop.storage.database import Database


@pytest.fixture
def window(qtbot, populated_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(populated_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):  # leave English to the next test
        app.removeTranslator(translator)
    app.processEvents()


def _checked(window: MainWindow) -> str:
    return next(a.text().replace("&", "") for a in window.language_menu.actions() if a.isChecked())


def test_menu_offers_system_default_and_both_languages(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.language_menu.actions() if not a.isSeparator()]
    assert texts == ["System default", "Français", "English"]
    assert _checked(window) == "System default"
    assert window.settings_menu.title() == "&Settings"
    assert window.language_menu.menuAction() in window.settings_menu.actions()


def test_choosing_french_retranslates_the_window_and_is_kept(qtbot, window: MainWindow,
                                                             populated_db: Database) -> None:
    window.language_menu.language_actions["fr"].trigger()
    QApplication.processEvents()
    assert window.tabs.tabText(0) == "Personnes"
    assert window.file_menu.title() == "&Fichier"
    assert QLocale().language() == QLocale.Language.French  # dates and numbers follow
    assert UiSettings().language() == "fr"
    assert _checked(window) == "Français"  # language names are never translated
    window.close()
    again = MainWindow(populated_db)  # the next start checks the stored choice
    qtbot.addWidget(again)
    assert _checked(again) == "Français"


def test_back_to_english_then_system_default(window: MainWindow) -> None:
    window.language_menu.language_actions["fr"].trigger()
    window.language_menu.language_actions["en"].trigger()
    QApplication.processEvents()
    assert window.tabs.tabText(0) == "People"
    assert UiSettings().language() == "en"
    window.language_menu.system_action.trigger()
    assert UiSettings().language() is None
    assert _checked(window) == "System default"


def test_apply_language_replaces_rather_than_stacks_translators() -> None:
    app = QApplication.instance()
    try:
        assert apply_language("fr") == "fr"
        assert QCoreApplication.translate("MainWindow", "People") == "Personnes"
        apply_language("fr")
        assert len(app.findChildren(QTranslator)) <= 2  # ours and Qt's, not four
        assert apply_language("en") == "en"
        assert QCoreApplication.translate("MainWindow", "People") == "People"  # the French ones were removed
        assert apply_language(None) == resolve_language(None)
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
