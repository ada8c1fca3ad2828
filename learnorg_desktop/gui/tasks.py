"""Run work off the UI thread with a progress dialog and Cancel; results come back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self._work, self._signals, self._progress = work, signals, progress

    def run(self) -> None:  # worker thread: never touch widgets here
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except ServiceError as error:  # a refusal the user can act on, not a bug
            log.info("background task refused: %s", error)
            self._signals.failed.emit(error)
        except Exception as error:
            log.exception("background task failed")
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


class Task(QObject):
    """One background job; keep a reference until it finishes (the parent widget does)."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals.progressed.emit)
        # Queued connections deliver worker signals on the GUI thread.
        self._signals.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self.finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self.cancelled, Qt.ConnectionType.QueuedConnection)

    def start(self, work: Callable[[Progress], Any]) -> None:
        QThreadPool.globalInstance().start(_Runnable(work, self._signals, self.progress))

    def cancel(self) -> None:
        self.progress.cancel()


def run_with_progress(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_cancel: Callable[[], None] | None = None,
) -> Task:
    """Run `work(progress)` in the background behind a modal progress dialog with Cancel."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(parent)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def close() -> None:
        dialog.close()
        dialog.deleteLater()
        task.deleteLater()

    task.progressed.connect(progressed)
    task.finished.connect(lambda result: (close(), on_done(result)))
    task.failed.connect(lambda error: (close(), on_error(error)))
    task.cancelled.connect(lambda: (close(), on_cancel() if on_cancel else None))
    dialog.canceled.connect(task.cancel)
    task.start(work)
    return task
