"""Anonymising people from the window: the confirmation, then backup and anonymisation in the background."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from learnorg_desktop.gui.errors import service_error_text, storage_error_text
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.services import privacy
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls
NAMES_SHOWN = 8  # a longer list is cut with "and N others"


def confirm_anonymisation(parent: QWidget, names: Sequence[str]) -> bool:
    """Say what anonymising does and that it cannot be undone; True when the user goes on."""
    shown = "\n".join(f"• {name}" for name in names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        shown += "\n" + translate("Anonymise", "… and %1 others").replace("%1", str(len(names) - NAMES_SHOWN))
    if len(names) == 1:
        question = translate("Anonymise", "Anonymise this person?")
    else:
        question = translate("Anonymise", "Anonymise these %1 people?").replace("%1", str(len(names)))
    text = question + "\n\n" + shown + "\n\n" + translate(
        "Anonymise", "Their name, contact details, notes and comments are erased for good. Their statistics (dates, "
        "office, attendance, skill levels) are kept.\n\nThis cannot be undone, and it will reach the other offices "
        "with the next exchange files. A backup is taken first.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Anonymise", "Anonymise"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(translate("Anonymise", "Anonymise"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def run_anonymisation(parent: QWidget, db: Database, person_ids: Sequence[int],
                      on_done: Callable[[list[privacy.Anonymised]], None]) -> Task:
    """Back up, then anonymise everyone in one transaction (all or nothing; Cancel rolls it back)."""
    label, today, ids = translate("Anonymise", "Anonymised"), date.today(), list(person_ids)

    def work(progress: Progress) -> list[privacy.Anonymised]:
        from learnorg_desktop.storage.backups import backup_before

        progress.report(0, len(ids) + 1, translate("Anonymise", "Backing up…"))
        backup_before(db, "anonymise")
        done: list[privacy.Anonymised] = []
        with db.transaction() as session:
            for index, person_id in enumerate(ids, start=1):
                done.append(privacy.anonymise_person(session, person_id, today, label=label))
                progress.report(index, len(ids) + 1, translate("Anonymise", "Anonymising…"))
        return done

    def failed(error: BaseException) -> None:
        QMessageBox.warning(parent, translate("Anonymise", "Anonymise"), failure_text(error))

    return run_with_progress(parent, translate("Anonymise", "Anonymising"), work, on_done, failed)


def failure_text(error: BaseException) -> str:
    """What to tell the user when a personal-data action fails (no traceback ever)."""
    if isinstance(error, ServiceError):
        return service_error_text(error)
    return storage_error_text(error) or translate("Anonymise", "This did not work. Details are in the log file.")
