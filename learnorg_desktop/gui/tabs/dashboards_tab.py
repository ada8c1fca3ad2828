"""The Dashboards tab: the organisation's indicators, one person's follow-up, and the self-diagnosis."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from learnorg_desktop.storage.database import Database


class DashboardsTab(QWidget):
    """Three sub-views, each built the first time it is shown (charts load matplotlib, so not at start-up).

    `status_message` goes to the status bar; `navigate_requested(area)` asks the main window to show the
    tab where an action is done ("people", "needs", "onboarding", "sharing", "dashboards").
    """

    status_message = Signal(str)
    navigate_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.views = QTabWidget(self)
        self._factories: list[Callable[[], QWidget]] = [self._global_view, self._person_view, self._diagnostic_view]
        self.built: list[QWidget | None] = [None] * len(self._factories)
        for _ in self._factories:
            self.views.addTab(QWidget(), "")  # a blank page until first shown
        self.views.currentChanged.connect(self._ensure_built)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        self.retranslate()

    # Each sub-view module is imported when that view is first shown.
    def _global_view(self) -> QWidget:
        from learnorg_desktop.gui.tabs.dashboards_global import GlobalView

        return GlobalView(self._db, self)

    def _person_view(self) -> QWidget:
        from learnorg_desktop.gui.tabs.dashboards_person import PersonView

        return PersonView(self._db, self)

    def _diagnostic_view(self) -> QWidget:
        from learnorg_desktop.gui.tabs.dashboards_diagnostic import DiagnosticView

        return DiagnosticView(self._db, self)

    def view(self, index: int) -> QWidget:
        """The sub-view at `index`, built now if it was not yet (tests and navigation use this)."""
        existing = self.built[index]
        if existing is not None:
            return existing
        view = self._factories[index]()
        for name, target in (("status_message", self.status_message),
                             ("navigate_requested", self.navigate_requested)):
            signal = getattr(view, name, None)
            if signal is not None:
                signal.connect(target)
        self.built[index] = view
        current = self.views.currentIndex()
        placeholder = self.views.widget(index)
        self.views.blockSignals(True)
        self.views.removeTab(index)
        self.views.insertTab(index, view, "")
        self.views.setCurrentIndex(current)
        self.views.blockSignals(False)
        placeholder.deleteLater()
        self.retranslate()
        return view

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._ensure_built(self.views.currentIndex())

    def _ensure_built(self, index: int) -> None:
        if index >= 0 and self.isVisible():
            self.view(index)

    def show_view(self, index: int) -> QWidget:
        view = self.view(index)
        self.views.setCurrentIndex(index)
        return view

    def show_person(self, person_id: int) -> None:
        """Open one person's follow-up page (e.g. from the People tab)."""
        view = self.show_view(1)
        show = getattr(view, "show_person", None)
        if callable(show):
            show(person_id)

    def retranslate(self) -> None:
        for index, title in enumerate((self.tr("Organisation"), self.tr("Individual follow-up"),
                                       self.tr("Self-diagnosis"))):
            self.views.setTabText(index, title)
        for view in self.built:
            retranslate = getattr(view, "retranslate", None)
            if callable(retranslate):
                retranslate()

    def refresh(self) -> None:
        """Data changed elsewhere: built views reload (a LazyView waits until it is shown)."""
        for view in self.built:
            invalidate = getattr(view, "invalidate", None) or getattr(view, "refresh", None)
            if callable(invalidate):
                invalidate()

    def people_changed(self) -> None:
        self.refresh()
