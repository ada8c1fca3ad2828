"""Keyboard helpers shared by tabs and dialogs: Delete in a list, Tab out of a text area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QPlainTextEdit, QTextEdit, QWidget


def delete_key(view: QAbstractItemView, button: QAbstractButton) -> QAction:
    """Delete (or Backspace on macOS) while `view` has the focus does what `button` does, when it may.

    The button keeps the confirmation and the enabled state, so the key can do nothing the button cannot.
    The shortcut is scoped to the view: other lists and text fields keep their own Delete.
    """
    action = QAction(view)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: button.isEnabled() and button.click())
    view.addAction(action)
    return action


def tab_leaves_text_areas(root: QWidget) -> None:
    """Tab moves on from every multi-line text field under `root` instead of typing a tab character.

    Without this a keyboard user entering a form's notes cannot leave them with Tab (a focus trap); nobody
    needs tab characters in a note. Enter still makes a new line there.
    """
    for edit in root.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for text in root.findChildren(QTextEdit):
        text.setTabChangesFocus(True)
