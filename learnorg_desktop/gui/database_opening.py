"""Opening a database for the window: the writer lock, read-only when another window writes, clear refusals."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from learnorg_desktop.gui.dialogs.new_database_dialog import NewOffice
from learnorg_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from learnorg_desktop.storage.database import Database
    from learnorg_desktop.storage.lock import Holder, WriterLock

log = logging.getLogger(__name__)


@dataclass
class OpenedDatabase:
    """A database the window may show; `lock` is held when it may write, `holder` says who writes instead."""

    db: Database
    lock: WriterLock | None = None
    holder: Holder | None = None


def holder_text(holder: Holder) -> str:
    return QCoreApplication.translate("DatabaseOpening", "%1 on %2 (since %3 UTC)").replace(
        "%1", holder.user).replace("%2", holder.host).replace("%3", holder.since[:16].replace("T", " "))


def _ask_read_only(parent: QWidget | None, location: str, holder: Holder) -> bool:
    text = QCoreApplication.translate(
        "DatabaseOpening", "The database %1 is already open in another LearnOrg Desktop window: %2.\n\n"
        "Only one window at a time may change it. You can open it read-only to look at it.").replace(
        "%1", location).replace("%2", holder_text(holder))
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("DatabaseOpening", "Database in use"),
                      text, QMessageBox.StandardButton.Cancel, parent)
    read_only = box.addButton(QCoreApplication.translate("DatabaseOpening", "Open read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def _refuse(parent: QWidget | None, text: str, quiet: bool) -> None:
    if quiet:
        print(text, file=sys.stderr)
    else:
        QMessageBox.critical(parent, QCoreApplication.translate("DatabaseOpening", "Open database"), text)


def open_for_window(location: str, parent: QWidget | None = None, *, quiet: bool = False) -> OpenedDatabase | None:
    """Open `location` for a window: take the writer lock, or offer read-only; None (after saying why) if refused."""
    from sqlalchemy.exc import SQLAlchemyError

    from learnorg_desktop.storage.credentials import redacted
    from learnorg_desktop.storage.database import Database, ReadOnlyUpgradeError
    from learnorg_desktop.storage.lock import DatabaseLockedError, WriterLock
    from learnorg_desktop.storage.migrate import DatabaseTooNewError

    lock: WriterLock | None = None
    holder: Holder | None = None
    if "://" not in location:
        lock = WriterLock(Path(location))
        try:
            lock.acquire()
        except DatabaseLockedError as error:
            lock, holder = None, error.holder
            if quiet:
                _refuse(parent, str(error), quiet)
                return None
            if not _ask_read_only(parent, location, error.holder):
                return None
        except OSError as error:  # a read-only folder: no lock file possible, so no writing either
            log.warning("no writer lock for %s: %s", location, error)
            lock = None
    try:
        db = Database.open(location, read_only=holder is not None)
    except DatabaseTooNewError:
        text = QCoreApplication.translate(
            "DatabaseOpening", "This database was made by a newer version of LearnOrg Desktop. Update the "
            "application to open it.")
    except ReadOnlyUpgradeError:
        text = QCoreApplication.translate(
            "DatabaseOpening", "This database must first be upgraded by the window that has it open; close that "
            "window and open the database again.")
    except (SQLAlchemyError, OSError) as error:
        log.exception("cannot open %s", redacted(location))
        text = _server_refusal(error, location) or QCoreApplication.translate(
            "DatabaseOpening", "This file cannot be opened as a LearnOrg database:\n%1").replace("%1", str(error))
    else:
        return OpenedDatabase(db=db, lock=lock, holder=holder)
    if lock is not None:
        lock.release()
    _refuse(parent, text, quiet)
    return None


def _server_refusal(error: BaseException, location: str) -> str | None:
    """A server's refusal (wrong password, server away…) in the connect dialog's words; None for anything else."""
    from learnorg_desktop.gui.dialogs.server_dialog import problem_text
    from learnorg_desktop.storage.credentials import ServerAddress, split_password
    from learnorg_desktop.storage.server_errors import server_problem

    problem = server_problem(error)
    if problem is None:
        return None
    try:
        return problem_text(problem, ServerAddress.from_url(split_password(location)[0]))
    except ValueError:
        return None


def create_database(path: Path, office: NewOffice) -> Database:
    """A new database at `path` belonging to `office`; ServiceError (and no file kept) when refused."""
    from learnorg_desktop.services import organisation
    from learnorg_desktop.storage.database import Database

    existed = path.exists()
    db = Database.open(path)
    try:
        with db.transaction() as session:
            organisation.initialise(session, office_code=office.code, office_name=office.name,
                                    organisation=office.organisation, headquarters=office.headquarters)
    except ServiceError:
        db.close()
        if not existed:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return db
