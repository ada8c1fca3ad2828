"""Time the needs-mapping matrix view at 5,000 people × 200 skills: `python bench/bench_needs.py [DB_FILE]`.

Reports the domain computation (services.skill_matrix), then in an offscreen QApplication the view's first
paint after `set_matrix` (the data already computed) and scrolling through 10 pages, down and across.
Builds the database as bench_skill_matrix.py does when DB_FILE does not exist.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from bench.bench_skill_matrix import PEOPLE, SKILLS, TODAY, build
from learnorg_desktop.services import skill_matrix
from learnorg_desktop.storage.database import Database

PAGES = 10


class PaintWatcher(QObject):
    """Counts paint events of the watched widget."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait_paint(app: QApplication, watcher: PaintWatcher, before: int, limit_s: float = 10.0) -> None:
    deadline = time.perf_counter() + limit_s
    while watcher.paints == before and time.perf_counter() < deadline:
        app.processEvents()


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "bench.sqlite3"
    fresh = not target.exists()
    db = Database.open(target)
    if fresh:
        print(f"{build(db)} assessments for {PEOPLE} people × {SKILLS} skills")
    start = time.perf_counter()
    sum(range(10**7))
    print(f"machine calibration: sum(range(10**7)) = {(time.perf_counter() - start) * 1000:.0f} ms")
    best = float("inf")
    with db.read() as session:
        for _ in range(3):
            start = time.perf_counter()
            matrix = skill_matrix.skill_matrix(session, skill_matrix.MatrixQuery(), TODAY)
            best = min(best, time.perf_counter() - start)
    print(f"{'domain matrix (all active)':<34} {best * 1000:8.1f} ms  ({len(matrix.person_ids)} people × "
          f"{len(matrix.skill_ids)} skills, {len(matrix.levels)} cells)")

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from learnorg_desktop.gui.tabs.needs_matrix import MatrixView

    view = MatrixView(db)
    view.refresh = lambda: None  # type: ignore[method-assign]  # the bench hands the matrix in itself
    view.resize(1280, 760)
    view.show()
    app.processEvents()
    watcher = PaintWatcher()
    view.table.viewport().installEventFilter(watcher)
    before = watcher.paints
    start = time.perf_counter()
    view.set_matrix(matrix)
    wait_paint(app, watcher, before)
    print(f"{'view first paint after set_matrix':<34} {(time.perf_counter() - start) * 1000:8.1f} ms")
    for label, bar in (("scroll 10 pages down", view.table.verticalScrollBar()),
                       ("scroll 10 pages right", view.table.horizontalScrollBar())):
        start, pages = time.perf_counter(), 0
        for _ in range(PAGES):
            if bar.value() >= bar.maximum():  # 200 narrow columns are fewer than 10 pages wide
                break
            before = watcher.paints
            bar.setValue(bar.value() + bar.pageStep())
            wait_paint(app, watcher, before)
            pages += 1
        elapsed = time.perf_counter() - start
        print(f"{label:<34} {elapsed * 1000:8.1f} ms  ({pages} pages, {elapsed * 1000 / max(pages, 1):.1f} ms a page)")
    view.close()
    db.close()


if __name__ == "__main__":
    main()
