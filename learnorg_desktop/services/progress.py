"""Progress reporting and cancellation for long work, without Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; the work's transaction is rolled back."""


class Progress:
    """Handed to long-running services: they report steps and check for cancellation."""

    def __init__(self, on_progress: Callable[[int, int, str], None] | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Report a step and raise Cancelled if the user asked to stop."""
        if self._on_progress is not None:
            self._on_progress(done, total, message)
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


NO_PROGRESS = Progress()
