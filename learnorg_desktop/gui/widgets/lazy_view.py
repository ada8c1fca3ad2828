"""A view that refreshes only when shown, and runs its slow queries off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from learnorg_desktop.gui.tasks import Task

log = logging.getLogger(__name__)


class LazyView(QWidget):
    """`invalidate()` refreshes now when visible, else on the next show; `load` keeps only the latest result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = True
        self._generation = 0
        self.pending = 0  # background loads still running (tests wait for 0)

    def refresh(self) -> None:
        """Reload what the view shows; each view defines it (nothing to load by default)."""

    def invalidate(self) -> None:
        if self.isVisible():
            self._dirty = False
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    def load(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> Task:
        """Run `work()` in the background; `on_done(result)` on the UI thread unless a newer load started."""
        self._generation += 1
        generation = self._generation
        self.pending += 1
        task = Task(self)

        def done(result: Any) -> None:
            self.pending -= 1
            task.deleteLater()
            if generation == self._generation:
                on_done(result)

        def failed(error: object) -> None:
            self.pending -= 1
            task.deleteLater()
            log.error("background load failed: %s", error)

        task.finished.connect(done)
        task.failed.connect(failed)
        task.start(lambda _progress: work())
        return task
