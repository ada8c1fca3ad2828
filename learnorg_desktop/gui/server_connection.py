"""Connecting the window to a server database: the dialog (or a known password), setup of an empty one, the office.

Every step that talks to the server runs off the UI thread: a wrong host can take seconds to time out and
setting up an empty database runs all the migrations.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from learnorg_desktop.gui.dialogs.server_dialog import ServerDialog, confirm_setup
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.storage.credentials import PASSWORDS, ServerAddress, split_password
from learnorg_desktop.storage.server_probe import DatabaseState, probe

if TYPE_CHECKING:
    from learnorg_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class ServerConnection(QObject):
    """One attempt to show a server database in `window`; it keeps its background task alive until done."""

    def __init__(self, window: MainWindow, on_give_up: Callable[[], object] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._on_give_up = on_give_up  # called when the user cancels or the database cannot be shown
        self.task: Task | None = None
        self.dialog: ServerDialog | None = None

    def start(self, location: str | None = None, *, try_first: bool = False) -> None:
        """The dialog, pre-filled from `location` (a server URL: the recent list's, or --db) if given.

        With a password already known (entered this run, or in the keyring), or with `try_first` (--db: libpq's
        PGPASSWORD or ~/.pgpass may answer), it connects at once; if the server refuses, the dialog says why.
        """
        password = None
        if location is not None:  # --db may carry a password: keep it for this run, out of every later location
            location, password = split_password(location)
        address = _address(location)
        if password is not None and address is not None:
            PASSWORDS.remember(address, password)
        if address is not None and (try_first or PASSWORDS.knows(address)):
            self.task = run_with_progress(self._window, self.tr("Connecting to the server…"),
                                          lambda _p: probe(address), lambda state: self._probed(address, state),
                                          lambda error: self._ask(address, error), lambda: self._finish(shown=False))
            return
        self._ask(address)

    def _ask(self, address: ServerAddress | None, error: BaseException | None = None) -> None:
        self.task = None
        dialog = self.dialog = ServerDialog(self._window, address)
        if error is not None:  # the known password no longer works, or the server is away: say why first
            dialog.show_failure(error)
        if dialog.exec() == ServerDialog.DialogCode.Accepted and dialog.state is not None:
            self._open(dialog.address(), dialog.state)
        else:
            self._finish(shown=False)
        self.dialog = None
        dialog.deleteLater()

    def _probed(self, address: ServerAddress, state: DatabaseState) -> None:
        self.task = None
        if state is DatabaseState.FOREIGN:
            self._ask(address)  # the dialog's own check says it in its words
            return
        if state is DatabaseState.EMPTY and not confirm_setup(self._window, address):
            self._finish(shown=False)
            return
        self._open(address, state)

    def _open(self, address: ServerAddress, state: DatabaseState) -> None:
        if state is DatabaseState.EMPTY:  # create LearnOrg's tables first, in the background
            self.task = run_with_progress(self._window, self.tr("Setting up the database on the server…"),
                                          lambda _p: _set_up(address), lambda _none: self._attach(address),
                                          self._setup_failed, lambda: self._finish(shown=False))
            return
        self._attach(address)

    def _setup_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self._window, self.tr("Connect to a server"), self.tr(
            "The database could not be set up: %1").replace("%1", str(error) or type(error).__name__))
        self._finish(shown=False)

    def _attach(self, address: ServerAddress) -> None:
        from learnorg_desktop.gui.database_opening import open_for_window

        self.task = None
        opened = open_for_window(address.url(), self._window)  # up to date by now: no migration on this thread
        if opened is not None:
            self._window.attach(opened)
            if _needs_office(self._window):
                self._window.initialise_office()
        self._finish(shown=opened is not None)

    def _finish(self, *, shown: bool = True) -> None:
        self.task = None
        if not shown and self._on_give_up is not None:
            self._on_give_up()


def connect_to_server(window: MainWindow, location: str | None = None, *, try_first: bool = False,
                      on_give_up: Callable[[], object] | None = None) -> ServerConnection:
    """File > Connect to a server…, a server picked in File > Open Recent, or --db at start (`location`)."""
    connection = ServerConnection(window, on_give_up)
    connection.start(location, try_first=try_first)
    return connection


def _address(location: str | None) -> ServerAddress | None:
    if not location:
        return None
    try:
        return ServerAddress.from_url(location)
    except ValueError:
        log.warning("not a server address in the recent list")
        return None


def _set_up(address: ServerAddress) -> None:
    from learnorg_desktop.storage.database import Database

    Database.open(address.url()).close()  # runs the migrations


def _needs_office(window: MainWindow) -> bool:
    from learnorg_desktop.services import organisation

    if window.db is None or window.db.read_only:
        return False
    with window.db.read() as session:
        return organisation.local_office_uuid(session) is None
