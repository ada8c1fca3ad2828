"""Run work off the UI thread with a progress dialog and Cancel; results come back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)

STOP_WAIT_SECONDS = 30.0  # how long closing waits for a cancelled job to reach its next progress check


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


def _emit(signal: Callable[[], Any]) -> bool:
    """Emit from the worker; False when the receiving side is gone (its window closed meanwhile)."""
    try:
        signal()
    except RuntimeError:  # "Signal source has been deleted": nobody is waiting for this any more
        return False
    return True


def _stop(progress: Progress, done: threading.Event, wait: bool) -> None:
    progress.cancel()
    if wait and not done.wait(STOP_WAIT_SECONDS):
        log.warning("a background task did not stop within %s s", STOP_WAIT_SECONDS)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress,
                 done: threading.Event) -> None:
        super().__init__()
        self._work, self._signals, self._progress, self._done = work, signals, progress, done

    def run(self) -> None:  # worker thread: never touch widgets here
        try:
            self._run()
        finally:
            self._done.set()

    def _run(self) -> None:
        signals = self._signals
        try:
            result = self._work(self._progress)
        except Cancelled:
            _emit(lambda: signals.cancelled.emit())
        except ServiceError as error:  # a refusal the user can act on, not a bug
            log.info("background task refused: %s", error)
            _emit(lambda e=error: signals.failed.emit(e))
        except Exception as error:
            log.exception("background task failed")
            _emit(lambda e=error: signals.failed.emit(e))
        else:
            _emit(lambda: signals.finished.emit(result))


class Task(QObject):
    """One background job; keep a reference until it finishes (the parent widget does).

    When its parent goes (a window closed, a tab replaced) the job is cancelled; when the application
    quits, or `stop()` is called, it is cancelled and waited for, so no job outlives the window it reports to.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self._done = threading.Event()
        self._done.set()  # nothing runs until start()
        self.dialog: QProgressDialog | None = None  # run_with_progress's: a step that cannot stop greys out Cancel
        signals = self._signals

        def report(done: int, total: int, text: str) -> None:  # worker thread; holds no reference to the Task
            if not _emit(lambda: signals.progressed.emit(done, total, text)):
                progress.cancel()  # no one shows this progress any more: stop at this check

        progress = self.progress = Progress(report)
        # Queued connections deliver worker signals on the GUI thread.
        self._signals.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self.finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self.cancelled, Qt.ConnectionType.QueuedConnection)
        if parent is not None:  # a plain function of plain objects: it runs while the parent is being destroyed
            parent.destroyed.connect(partial(_stop, self.progress, self._done, False))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self, work: Callable[[Progress], Any]) -> None:
        self._done.clear()
        QThreadPool.globalInstance().start(_Runnable(work, self._signals, self.progress, self._done))

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    def stop(self) -> None:
        """Cancel and wait for the job to stop (closing the window, quitting)."""
        _stop(self.progress, self._done, True)


def run_with_progress(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_cancel: Callable[[], None] | None = None,
) -> Task:
    """Run `work(progress)` in the background behind a modal progress dialog with Cancel.

    The task is a child of `parent`: a parentless `parent` must be kept alive by someone else until the task
    ends, or its deletion (the last reference gone with the callbacks) deletes the task a second time.
    """
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(parent)
    task.dialog = dialog

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
