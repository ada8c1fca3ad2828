"""What an edit dialog says when its save is refused because someone else saved the same record first.

The person, need and session dialogs share it: the message names the record, Reload puts the other person's
version (and its row version) in the form, Cancel leaves the form as typed so nothing is lost by surprise
(saving again is refused again until the user reloads).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from learnorg_desktop.services.errors import ConflictError, ServiceError

translate = QCoreApplication.translate


class Edited(StrEnum):
    """The kind of record a dialog edits, to name it in the message."""

    PERSON = "person"
    NEED = "need"
    SESSION = "session"


def conflict_text(edited: Edited) -> str:
    if edited is Edited.PERSON:
        return translate("Conflict", "Someone else changed this person while you were editing. Reload to see "
                                     "their version; your changes in this dialog will be replaced.")
    if edited is Edited.NEED:
        return translate("Conflict", "Someone else changed this need while you were editing. Reload to see "
                                     "their version; your changes in this dialog will be replaced.")
    return translate("Conflict", "Someone else changed this session while you were editing. Reload to see "
                                 "their version; your changes in this dialog will be replaced.")


def ask_reload(parent: QWidget, edited: Edited) -> bool:
    """Show the conflict with Reload and Cancel; True when the user chose Reload."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Conflict", "Changed by someone else"),
                      conflict_text(edited), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("Conflict", "Cancel keeps what you typed, to copy it before reloading."))
    reload_button = box.addButton(translate("Conflict", "&Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button


def offer_reload(parent: QWidget, edited: Edited, error: ServiceError, reload: Callable[[], None],
                 show_error: Callable[[ServiceError], None]) -> None:
    """After a refused save: reload on the user's word, otherwise say in the form why the save was refused."""
    if ask_reload(parent, edited):
        reload()
    else:  # nothing was reloaded: the form's error line must not say it was
        show_error(ConflictError(error.message, code="stale_kept"))
