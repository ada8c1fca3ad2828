"""Benchmark helpers that involve Qt: time to first paint (subprocesses) and the people table model."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

_EPOCH = re.compile(r"first-paint-epoch=([0-9.]+)")
_READY = re.compile(r"ready-epoch=([0-9.]+)")

# The baseline: the least a PySide6 program can do before its first paint.
BARE_WIDGET = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"first-paint-epoch={time.time()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv)
window = Window()
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""


class PaintError(RuntimeError):
    """The program did not report its first paint."""


def qt_environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", LEARNORG_HOME=str(home))
    return env


def seconds_to_paint(command: Sequence[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Wall time from just before spawning `command` to the first paint, and to the data shown (if printed)."""
    started = time.time()
    result = subprocess.run(list(command), env=env, capture_output=True, text=True, timeout=180, check=False)
    match = _EPOCH.search(result.stdout)
    if match is None:
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise PaintError(f"exit {result.returncode}: {detail[0][:160]}")
    ready = _READY.search(result.stdout)
    return float(match.group(1)) - started, float(ready.group(1)) - started if ready else None


def median_first_paint(command: Sequence[str], env: dict[str, str], runs: int = 3) -> float:
    return median_paints(command, env, runs)[0]


def median_paints(command: Sequence[str], env: dict[str, str], runs: int = 3) -> tuple[float, float | None]:
    """Median first paint, and median time until the people list is shown (None if not reported)."""
    results = [seconds_to_paint(command, env) for _ in range(runs)]
    readies = [r for _, r in results if r is not None]
    return statistics.median(p for p, _ in results), statistics.median(readies) if readies else None


def app_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "learnorg_desktop", "--db", str(db), "--exit-after-paint"]


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WIDGET]


def model_keystrokes_ms(db_path: Path, prefixes: Sequence[str]) -> list[float] | None:
    """Per keystroke: set_query + data() of the first 50 rows through PeopleTableModel; None if absent."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads
    try:
        from learnorg_desktop.gui.models.people_model import PeopleTableModel
    except ImportError:
        return None
    from PySide6.QtWidgets import QApplication

    from learnorg_desktop.services.people import PersonQuery
    from learnorg_desktop.storage.database import Database

    app = QApplication.instance() or QApplication([])
    database = Database.open(db_path)
    timings: list[float] = []
    try:
        model = PeopleTableModel(database)
        for prefix in prefixes:
            started = time.perf_counter()
            model.set_query(PersonQuery(text=prefix))
            for row in range(min(50, model.rowCount())):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column))
            timings.append((time.perf_counter() - started) * 1000)
    finally:
        database.close()
    del app
    return timings
