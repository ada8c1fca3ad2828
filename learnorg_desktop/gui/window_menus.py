"""The main window's menu bar: File, Edit, Settings and Help, their actions, texts and enabled states.

Kept apart from `main_window` so the window stays a thin shell that routes signals between tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from learnorg_desktop.gui.language_menu import LanguageMenu
from learnorg_desktop.gui.recent_files import RecentDatabasesMenu
from learnorg_desktop.gui.undo import WindowUndo

if TYPE_CHECKING:
    from learnorg_desktop.gui.main_window import MainWindow
    from learnorg_desktop.gui.ui_settings import UiSettings

# The texts keep the "MainWindow" context they had when the window built its menus itself, so the
# existing translations still apply; lupdate extracts translate("Context", "text") calls.
translate = QCoreApplication.translate


def _connect_to_server(window: MainWindow, location: str | None = None) -> None:
    """File > Connect to a server…, or a server chosen in Open Recent (`location`, a password-less URL)."""
    from learnorg_desktop.gui.server_connection import connect_to_server  # loads SQLAlchemy: only when asked

    connect_to_server(window, location)


class WindowMenus(QObject):
    """Owns the window's menus and actions; the window exposes them under the same names."""

    def __init__(self, window: MainWindow, settings: UiSettings) -> None:
        super().__init__(window)
        self._window = window
        keys = QKeySequence.StandardKey
        self.new_action = self._action(window.new_database, keys.New)
        self.open_action = self._action(window.open_database, keys.Open)
        self.server_action = self._action(lambda: _connect_to_server(window))
        self.recent_menu = RecentDatabasesMenu(settings, window.open_path, window)
        self.recent_menu.server_chosen.connect(lambda location: _connect_to_server(window, location))
        window.database_changed.connect(self.recent_menu.remember)
        self.import_action = self._action(lambda: window.people_tab and window.people_tab.import_people())
        self.backup_action = self._action(window.backup_database)
        self.backups_action = self._action(window.safety.show_backups)
        self.export_action = self._action(window.export_report)
        self.exchange_action = window.exchange.menu.menuAction()
        # Some platforms (Windows) have no standard Quit key; Ctrl+Q is what people try there too.
        self.quit_action = self._action(window.close, keys.Quit if QKeySequence.keyBindings(keys.Quit) else "Ctrl+Q")
        self.about_action = self._action(window.about, keys.HelpContents)  # F1: no manual yet, About says what it is
        self.find_action = self._action(self.focus_search, keys.Find)
        self.file_menu = window.menuBar().addMenu("")
        self._fill_file_menu()
        self.undo = WindowUndo(window)  # edits made in place in a list; cleared when the database changes
        window.database_changed.connect(self.undo.clear)
        self.edit_menu = window.menuBar().addMenu("")
        self.edit_menu.addActions([self.undo.undo_action, self.undo.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = window.menuBar().addMenu("")
        # Ctrl+1..5 show the five tabs, in their order (as browsers do).
        self.tab_actions = [self._action(lambda _checked=False, index=index: window.tabs.setCurrentIndex(index),
                                         f"Ctrl+{index + 1}") for index in range(5)]
        self.view_menu.addActions(self.tab_actions)
        self.settings_menu = window.menuBar().addMenu("")
        self.language_menu = LanguageMenu(settings, window)
        self.settings_menu.addMenu(self.language_menu)
        self.help_menu = window.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def _action(self, slot: Callable[[], object] | None = None,
                shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self._window)
        if slot is not None:
            action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _fill_file_menu(self) -> None:
        for action in (self.new_action, self.open_action, self.server_action, self.recent_menu.menuAction(), None,
                       self.import_action, self.backup_action, self.backups_action, self.export_action,
                       self.exchange_action, None, self.quit_action):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.settings_menu.setTitle(translate("MainWindow", "&Settings"))
        self.language_menu.retranslate()
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.undo.retranslate()
        self.find_action.setText(translate("MainWindow", "&Find"))
        self.find_action.setToolTip(translate("MainWindow", "Go to the search box of the current tab"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        titles = (translate("MainWindow", "&People"), translate("MainWindow", "&Needs mapping"),
                  translate("MainWindow", "&Onboarding"), translate("MainWindow", "&Knowledge sharing"),
                  translate("MainWindow", "&Dashboards"))
        for action, title in zip(self.tab_actions, titles, strict=True):
            action.setText(title)
        self.new_action.setText(translate("MainWindow", "&New database…"))
        self.open_action.setText(translate("MainWindow", "&Open database…"))
        self.server_action.setText(translate("MainWindow", "Connect to a &server…"))
        self.recent_menu.retranslate()
        self.import_action.setText(translate("MainWindow", "&Import people…"))
        self.backup_action.setText(translate("MainWindow", "&Back up database…"))
        self.backups_action.setText(translate("MainWindow", "Bac&kups…"))
        self.export_action.setText(translate("MainWindow", "&Export report…"))
        self._window.exchange.retranslate()
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.about_action.setText(translate("MainWindow", "&About LearnOrg Desktop"))

    def update_state(self) -> None:
        """Actions that need a database are off without one; importing needs a writable one."""
        db = self._window.db
        for action in (self.import_action, self.backup_action, self.backups_action, self.export_action):
            action.setEnabled(db is not None)
        self.import_action.setEnabled(db is not None and not db.read_only)
        for action in (self.find_action, *self.tab_actions):  # the welcome page has neither tabs nor search box
            action.setEnabled(db is not None)
        self._window.exchange.update_state()

    def focus_search(self) -> None:
        """Edit > Find: the search box (a view's `search_edit`) shown in the current tab, text selected."""
        tab = self._window.tabs.currentWidget()
        if tab is None:
            return
        for widget in (tab, *tab.findChildren(QWidget)):
            edit = getattr(widget, "search_edit", None)
            if isinstance(edit, QLineEdit) and edit.isVisible() and edit.isEnabled():
                edit.setFocus()
                edit.selectAll()
                return
