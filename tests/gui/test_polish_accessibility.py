"""Accessibility: every control a screen reader lands on has a name, in the window and after a language switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.tabs.sharing_library import LibraryView
from tests.gui.demo_window import ancestry, demo_database, open_window, show_every_page

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit,
            QSlider)
# Parts Qt builds inside a control (a combo box's line edit, a table's headers and corner button, a line
# edit's clear button...): the control itself carries the name.
INNER_PARTS_OF = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar, QAbstractItemView, QLineEdit, QMenuBar,
                  QScrollBar)


def _inner_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
        return False  # a scroll area's viewport holds real controls
    while parent is not None:
        if isinstance(parent, INNER_PARTS_OF):
            return True
        parent = parent.parentWidget()
    return False


def _needs_a_name(widget: QWidget) -> bool:
    if type(widget).__name__.startswith("FigureCanvas"):
        return True  # a chart: a picture with no text of its own
    if not isinstance(widget, CONTROLS) or _inner_part(widget):
        return False
    # A button with text is named by it; an icon-only one is not.
    return not (isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton)
                and widget.text().replace("&", "").strip())


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: accessibleName, else the buddy label's or the button's text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_controls(window: MainWindow) -> list[str]:
    return [ancestry(widget, window) for widget in window.findChildren(QWidget)
            if _needs_a_name(widget) and not accessible_name(widget).strip()]


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = open_window(qtbot, demo_database(tmp_path))
    show_every_page(qtbot, win)
    return win


def test_every_control_of_every_tab_has_an_accessible_name(window: MainWindow) -> None:
    charts = [w for w in window.findChildren(QWidget) if type(w).__name__.startswith("FigureCanvas")]
    assert len(charts) >= 3, "the dashboards drew no chart: the walk did not reach them"
    assert "Sessions held per office and month" in {accessible_name(chart) for chart in charts}  # a chart's title
    offenders = unnamed_controls(window)
    assert not offenders, "controls without an accessible name:\n" + "\n".join(offenders)


class MarkingTranslator(QTranslator):
    """Translates every text to «text»: shows which texts are re-read on a language change, before any .ts has them."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"«{source}»"

    def isEmpty(self) -> bool:  # Qt skips an empty translator
        return False


def test_names_follow_the_language_switch(window: MainWindow) -> None:
    assert accessible_name(window.people_tab.table) == "People"
    translator = MarkingTranslator()
    QApplication.installTranslator(translator)  # sends LanguageChange: every retranslate() runs again
    try:
        QApplication.processEvents()
        assert accessible_name(window.people_tab.table) == "«People»"
        library = next(view for view in window.sharing_tab.findChildren(LibraryView))
        assert accessible_name(library.search_edit) == "«Search the library»"
        assert not unnamed_controls(window)
    finally:
        QApplication.removeTranslator(translator)
        QApplication.processEvents()
    assert accessible_name(window.people_tab.table) == "People"
