"""Background tasks when their window goes: cancelled and waited for, without "Signal source has been deleted"."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

from PySide6.QtWidgets import QWidget

from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database


def slow_work(started: threading.Event, steps: list[int]):
    def work(progress: Progress) -> int:
        started.set()
        for step in range(200):
            time.sleep(0.01)
            steps.append(step)
            progress.report(step, 200, "step")
        return 200
    return work


def test_quitting_while_a_task_runs_prints_nothing() -> None:
    # The message came at exit: the window is gone, the worker still reports. A child process shows stderr.
    code = textwrap.dedent("""
        import time
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow
        from learnorg_desktop.gui.tasks import run_with_progress

        def work(progress):
            for step in range(100):
                time.sleep(0.02)
                progress.report(step, 100, "step")

        app = QApplication([])
        window = QMainWindow()
        window.show()
        window.task = run_with_progress(window, "Working", work, print, print)
        QTimer.singleShot(100, window.close)
        app.exec()
        print("stopped" if not window.task.running else "still running")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "stopped"
    assert "Signal source has been deleted" not in done.stderr
    assert "Traceback" not in done.stderr


def test_closing_the_main_window_cancels_and_waits_for_its_tasks(qtbot, populated_db: Database) -> None:
    window = MainWindow(populated_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.safety.net.pending == 0, timeout=10000)
    started, steps = threading.Event(), []
    cancelled: list[bool] = []
    task = run_with_progress(window.people_tab, "Working", slow_work(started, steps), lambda _r: None,
                             lambda _e: None, lambda: cancelled.append(True))
    assert started.wait(5)
    window.close()
    assert not task.running  # closing waited for the job: nothing writes after the closing backup
    count = len(steps)
    assert count < 200  # cancelled at its next progress check, not run to the end
    time.sleep(0.05)
    assert len(steps) == count
    qtbot.waitUntil(lambda: cancelled == [True], timeout=2000)


def test_deleting_the_parent_cancels_the_task_and_late_signals_are_dropped(qtbot) -> None:
    parent = QWidget()
    started, steps = threading.Event(), []
    task = Task(parent)
    results: list[object] = []
    task.finished.connect(results.append)
    task.start(slow_work(started, steps))
    assert started.wait(5)
    parent.deleteLater()
    del parent, task
    qtbot.wait(100)
    count = len(steps)
    assert count < 200
    qtbot.wait(50)
    assert len(steps) == count and results == []


def test_file_back_up_runs_in_the_background(qtbot, populated_db: Database, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(populated_db)
    qtbot.addWidget(window)
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.backup_action.trigger()
    assert window._backup_task is not None
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backup written to"), timeout=10000)
    assert target.exists() and Database.open(target).location
