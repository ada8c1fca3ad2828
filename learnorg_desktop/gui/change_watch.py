"""Lists follow the changes others make: a timer reads the database's change mark and refreshes the visible tab.

The mark (storage/change_marks.py) moves with every committed write; this window's own commits are told apart by
its Database, so only others' changes refresh. The check runs every few seconds on every kind of database: on a
server other coordinators write; beside a SQLite file a read-only second window follows the writer, and the
command line may write too. Reading the mark is one primary-key query (tens of microseconds on SQLite); on a server
it runs off the UI thread so an unreachable server never freezes the window.

Only the visible tab is refreshed at once (its own refresh(), which keeps the selection; the scroll position is
put back here); the other tabs refresh when they are next shown. Never while a modal dialog is open: that waits
until it closes, so a form's combo boxes or a confirmation never change under the user.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from learnorg_desktop.gui.tasks import Task

if TYPE_CHECKING:
    from learnorg_desktop.gui.main_window import MainWindow
    from learnorg_desktop.storage.database import Database

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

CHECK_EVERY_MS = 5000
MODAL_RETRY_MS = 400  # how soon after a modal dialog closes the waiting refresh happens


def _read_mark(db: Database) -> int | None:
    """The mark, or None when the database cannot be reached just now (the next check tries again)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return db.change_mark()
    except SQLAlchemyError as error:
        log.info("could not read the change mark: %s", error)
        return None


class ChangeWatch(QObject):
    """Refreshes the main window's tabs when others changed the database; View › Refresh (F5) on demand."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._seen: int | None = None  # the mark the tabs show
        self._stale: set[int] = set()  # tab indexes to refresh when next shown
        self._waiting = False  # a refresh put off until the modal dialog closes
        self._asked: Database | None = None  # the database a background read is for
        self._reader = Task(self)
        self._reader.finished.connect(self._mark_read)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._modal_wait = QTimer(self)
        self._modal_wait.setInterval(MODAL_RETRY_MS)
        self._modal_wait.timeout.connect(self._after_modal)
        self.refresh_action = QAction(window)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh_now)
        self.refresh_action.setEnabled(False)
        window.menus.view_menu.addSeparator()
        window.menus.view_menu.addAction(self.refresh_action)
        window.database_changed.connect(self._database_changed)
        window.tabs.currentChanged.connect(self._tab_shown)

    def retranslate(self) -> None:
        self.refresh_action.setText(translate("MainWindow", "&Refresh"))
        self.refresh_action.setToolTip(translate("MainWindow", "Show the changes others have saved since"))

    def _database_changed(self, _location: str) -> None:
        db = self._window.db
        self._stale.clear()
        self._waiting = False
        self._seen = _read_mark(db) if db is not None else None
        self.refresh_action.setEnabled(db is not None)
        self.timer.start()

    # --- checking ------------------------------------------------------------------------------
    def check(self) -> None:
        """Read the mark and refresh if someone else wrote since (tests call this instead of waiting)."""
        db = self._window.db
        if db is None or self._reader.running:
            return
        if db.engine.url.get_backend_name() == "sqlite":  # a local file: quicker than a thread hand-off
            self._compare(db, _read_mark(db))
            return
        self._asked = db
        self._reader.start(lambda _progress: _read_mark(db))

    def _mark_read(self, mark: int | None) -> None:
        db = self._window.db
        if db is not None and db is self._asked:  # not a database the window has since left
            self._compare(db, mark)

    def _compare(self, db: Database, mark: int | None) -> None:
        if mark is None:
            return
        seen, self._seen = self._seen, mark
        if seen is not None and db.changed_by_others(seen, mark):
            self._refresh(announce=True)

    # --- refreshing ----------------------------------------------------------------------------
    def refresh_now(self) -> None:
        """View › Refresh: the visible tab re-reads everything now; the others when next shown."""
        db = self._window.db
        if db is None:
            return
        self._seen = _read_mark(db)
        self._refresh(announce=False)

    def _refresh(self, *, announce: bool) -> None:
        if QApplication.activeModalWidget() is not None:
            self._waiting = True
            self._modal_wait.start()
            return
        tabs = self._window.tabs
        self._stale = set(range(tabs.count())) - {tabs.currentIndex()}
        refresh_keeping_place(tabs.currentWidget())
        message = (translate("MainWindow", "Updated with changes made by others") if announce
                   else translate("MainWindow", "Lists refreshed"))
        self._window.statusBar().showMessage(message, 5000)

    def _after_modal(self) -> None:
        if QApplication.activeModalWidget() is not None:
            return
        self._modal_wait.stop()
        if self._waiting:
            self._waiting = False
            self._refresh(announce=True)

    def _tab_shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            refresh_keeping_place(self._window.tabs.widget(index))


def refresh_keeping_place(tab: QWidget | None) -> None:
    """Call the tab's refresh(); its lists keep their selection themselves, their scroll position is put back."""
    refresh = getattr(tab, "refresh", None)
    if tab is None or not callable(refresh):
        return
    places = [(bar, bar.value()) for view in tab.findChildren(QAbstractItemView) if view.isVisible()
              for bar in (view.verticalScrollBar(), view.horizontalScrollBar())]
    refresh()
    for bar, value in places:
        bar.setValue(value)
