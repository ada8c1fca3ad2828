"""Turning errors into messages: known refusals get a translated sentence, bugs get a dialog and a log."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from learnorg_desktop.services.errors import ConflictError, NotFoundError, ServiceError, ValidationError

log = logging.getLogger(__name__)


def field_label(field: str) -> str:
    """The name of a form field as the user sees it."""
    labels = {
        "kind": QCoreApplication.translate("Errors", "Kind"),
        "last_name": QCoreApplication.translate("Errors", "Last name"),
        "first_name": QCoreApplication.translate("Errors", "First name"),
        "email": QCoreApplication.translate("Errors", "E-mail"),
        "arrival_date": QCoreApplication.translate("Errors", "Arrival date"),
        "departure_date": QCoreApplication.translate("Errors", "Departure date"),
        "office_code": QCoreApplication.translate("Errors", "Office code"),
        "office_name": QCoreApplication.translate("Errors", "Office name"),
    }
    return labels.get(field, field)


def service_error_text(error: ServiceError) -> str:
    """A translated sentence for a typed refusal; the service's English message as a last resort."""
    known = {
        "required": QCoreApplication.translate("Errors", "This field is required."),
        "too_long": QCoreApplication.translate("Errors", "This text is too long."),
        "bad_email": QCoreApplication.translate("Errors", "This is not a valid e-mail address."),
        "departure_before_arrival": QCoreApplication.translate(
            "Errors", "The departure date is before the arrival date."),
        "bad_office_code": QCoreApplication.translate(
            "Errors", "Use letters, digits, - or _ only (at most 32 characters)."),
        "duplicate_office": QCoreApplication.translate("Errors", "An office with this code already exists."),
        "already_initialised": QCoreApplication.translate(
            "Errors", "This database already belongs to an office."),
        "stale": QCoreApplication.translate(
            "Errors", "This record was changed elsewhere since you opened it. It has been reloaded."),
        "unknown_person": QCoreApplication.translate("Errors", "This person no longer exists."),
    }
    text = known.get(error.code)
    if text is None:
        if isinstance(error, ConflictError):
            text = known["stale"]
        elif isinstance(error, NotFoundError):
            text = QCoreApplication.translate("Errors", "This record no longer exists.")
        else:
            text = error.message
    if isinstance(error, ValidationError):
        # The pattern is translated too: French puts a space before the colon.
        pattern = QCoreApplication.translate("Errors", "{field}: {message}")
        return pattern.format(field=field_label(error.field), message=text)
    return text


def unexpected_error_text(log_file: Path) -> str:
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. Your saved data is safe; the action you were doing may not "
        "have finished.\n\nDetails were written to the log file:\n{log}",
    ).format(log=log_file)


def install_excepthook(log_file: Path, parent: Callable[[], QWidget | None] = lambda: None) -> None:
    """Log uncaught exceptions and show a dialog instead of letting Qt close the application."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        title = QCoreApplication.translate("Errors", "Unexpected error")
        box = QMessageBox(QMessageBox.Icon.Critical, title, unexpected_error_text(log_file),
                          QMessageBox.StandardButton.Ok, parent())
        box.setDetailedText("".join(traceback.format_exception_only(kind, value)))
        box.exec()

    sys.excepthook = hook


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
