"""Pieces every form dialog shares: the red error line and the OK/Cancel buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from learnorg_desktop.gui import colours


def error_line() -> QLabel:
    """A hidden, wrapping label that says what is wrong once the user presses OK (in red, bold)."""
    label = QLabel()
    colours.keep_styled(label, colours.error_style)
    label.setWordWrap(True)
    label.hide()
    return label


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object],
              ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok) -> QDialogButtonBox:
    """OK (or Save) runs `on_ok`, which validates and accepts; Cancel and Escape reject."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons
