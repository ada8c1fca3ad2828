"""The Knowledge-sharing tab: sessions, communities of practice, the resources library and hours."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from learnorg_desktop.gui.dialogs.session_dialog import SessionDialog
from learnorg_desktop.gui.models.session_labels import from_qdatetime
from learnorg_desktop.gui.tabs.sharing_sessions import SessionsView
from learnorg_desktop.storage.database import Database


class SharingTab(QWidget):
    """Four sub-views over one database; `status_message` for the status bar, `needs_changed` when needs moved."""

    status_message = Signal(str)
    needs_changed = Signal()
    undoable = Signal(object)  # an UndoableEdit (attendance saved), for the window's undo stack

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.sessions_view = SessionsView(db, self)
        self.sessions_view.status_message.connect(self.status_message)
        self.sessions_view.undoable.connect(self.undoable)
        self.sessions_view.sessions_changed.connect(self._sessions_changed)
        self.views = QTabWidget(self)
        self.views.addTab(self.sessions_view, "")
        self.other_views: list[QWidget] = [self._make_view(factory) for factory in (
            self._communities_view, self._library_view, self._hours_view)]
        for view in self.other_views:
            self.views.addTab(view, "")
        self.views.currentChanged.connect(lambda _i: self._refresh_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        self.retranslate()

    # The other sub-views are imported when the tab is built, not when this module is imported.
    def _communities_view(self) -> QWidget:
        from learnorg_desktop.gui.tabs.sharing_communities import CommunitiesView

        return CommunitiesView(self._db, self)

    def _library_view(self) -> QWidget:
        from learnorg_desktop.gui.tabs.sharing_library import LibraryView

        return LibraryView(self._db, self)

    def _hours_view(self) -> QWidget:
        from learnorg_desktop.gui.tabs.sharing_hours import HoursView

        return HoursView(self._db, self)

    def _make_view(self, factory: Callable[[], QWidget]) -> QWidget:
        view = factory()
        status = getattr(view, "status_message", None)
        if status is not None:
            status.connect(self.status_message)
        return view

    def retranslate(self) -> None:
        for index, title in enumerate((self.tr("Sessions"), self.tr("Communities"), self.tr("Library"),
                                       self.tr("Hours"))):
            self.views.setTabText(index, title)
        for view in (self.sessions_view, *self.other_views):
            retranslate = getattr(view, "retranslate", None)
            if callable(retranslate):
                retranslate()

    def _refresh_current(self) -> None:
        view = self.views.currentWidget()
        if view is self.sessions_view:
            return  # a LazyView: it refreshes itself when shown and invalidated
        refresh = getattr(view, "refresh", None)
        if callable(refresh) and view.isVisible():
            refresh()

    def _sessions_changed(self) -> None:
        self.needs_changed.emit()  # invitations and cancellations move needs between open and planned

    def refresh(self) -> None:
        """Re-read everything (people added, edited or leaving elsewhere)."""
        self.sessions_view.invalidate()
        self._refresh_current()

    def people_changed(self) -> None:
        self.refresh()

    def plan_from_need(self, need_id: int) -> SessionDialog | None:
        """Show the Sessions view and the session dialog pre-filled from this open need."""
        self.views.setCurrentWidget(self.sessions_view)
        return self.sessions_view.plan_from_need(need_id, default_start())


def default_start() -> datetime:
    """A week from today at 2 pm local time: a sensible proposal the coordinator adjusts."""
    day = QDateTime.currentDateTime().date().addDays(7)
    return from_qdatetime(QDateTime(day, QTime(14, 0)))
