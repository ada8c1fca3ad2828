"""A main window over the demo association, with every tab and sub-tab shown once (views load when shown)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTabWidget, QWidget

from learnorg_desktop.demo import generate
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.storage.database import Database

TODAY = date(2026, 2, 3)


def demo_database(folder: Path) -> Database:
    """A small demo association: people, needs, checklists, sessions, resources and self-diagnosis answers."""
    db = Database.open(folder / "demo.sqlite3")
    generate(db, people=30, today=TODAY)
    return db


def open_window(qtbot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(qtbot, window: MainWindow) -> None:
    """Wait for the background loads of the views just shown (some start on a zero timer after the show)."""
    qtbot.wait(1)
    qtbot.waitUntil(lambda: all(view.pending == 0 for view in window.findChildren(LazyView)), timeout=10000)


def _each_page(qtbot, window: MainWindow, tabs: QTabWidget, select: bool) -> None:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot, window)
        page = tabs.widget(index)
        if select:  # a selected row fills the detail panels (session, checklist, person page...)
            for view in page.findChildren(QAbstractItemView):
                if view.isVisible() and view.model() is not None and view.model().rowCount() > 0 \
                        and not isinstance(view.parentWidget(), QComboBox):
                    view.setCurrentIndex(view.model().index(0, 0))
                    settle(qtbot, window)
        for inner in page.findChildren(QTabWidget):
            _each_page(qtbot, window, inner, select)


def show_every_page(qtbot, window: MainWindow) -> None:
    """Show every tab and sub-tab, select the first row of each list, then show them all again."""
    _each_page(qtbot, window, window.tabs, select=True)
    _each_page(qtbot, window, window.tabs, select=False)


def ancestry(widget: QWidget, top: QWidget) -> str:
    """Where a widget sits, for failure messages: `QTableView < NeedsListView < ...`, with attribute names."""
    names, current = [], widget
    while current is not None and current is not top:
        owner = current.parentWidget()
        attribute = next((key for key, value in vars(owner).items() if value is current), "") if owner else ""
        names.append(type(current).__name__ + (f".{attribute}" if attribute else ""))
        current = owner
    return " < ".join(names[:4])
