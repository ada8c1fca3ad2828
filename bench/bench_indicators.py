"""Time the dashboards' indicators: `python bench/bench_indicators.py [DB_FILE]` (default bench/out/demo-50000.sqlite3).

Prints the median of 3 runs of `indicators.compute` (twelve months ending today, whole organisation
and each office) and of `indicators.warnings`, then one run of each part of `compute`. Target: < 1 s.
Then the charts (target: all rendered in < 2 s): importing matplotlib (once per process), building the
dashboard's three figures from the whole organisation's data, and drawing them on the Agg canvas that
FigureCanvasQTAgg paints from, at the figures' own size (6.4 inches wide, 100 dpi).
Each figure is wall clock and CPU time: the CPU figure stays readable when other jobs share the cores.
The database is only read; build it with bench_foundation.py (row e) or `learnorg demo`.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.orm import Session

from learnorg_desktop.charts.coverage import CoverageLabels
from learnorg_desktop.charts.dashboard import ChartTexts, DashboardFigures
from learnorg_desktop.charts.heatmap import HeatmapLabels
from learnorg_desktop.charts.trends import TrendLabels
from learnorg_desktop.services import indicator_heatmap, indicators, onboarding_indicators, organisation, talent
from learnorg_desktop.services import indicator_series as series
from learnorg_desktop.services.indicator_participation import participation
from learnorg_desktop.storage.database import Database

DEFAULT_DB = Path(__file__).resolve().parent / "out" / "demo-50000.sqlite3"
RUNS = 3


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one run: CPU time stays readable when other jobs share the cores."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _median_ms(action: Callable[[], object]) -> str:
    runs = [_timed(action) for _ in range(RUNS)]
    wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    return f"{wall:.0f} ms (CPU {cpu:.0f} ms)"


def _parts(session: Session, start: date, end: date) -> dict[str, Callable[[], object]]:
    """Each part of `compute` for the whole organisation (private helpers: this is a measurement)."""
    months = series.month_buckets(start, end)
    return {
        "people": lambda: indicators._people(session, None, start, end),
        "turnover": lambda: indicators._turnover(session, None, end),
        "onboarding (onboarding_indicators)": lambda: onboarding_indicators.indicators(session, end),
        "needs": lambda: indicators._needs(session, None, start, end),
        "key-skill coverage (talent)": lambda: talent.key_skill_coverage(session, end),
        "single holders (talent)": lambda: talent.single_holders(session, end),
        "both at once, as compute does (talent.skill_risks)": lambda: talent.skill_risks(session, end),
        "sessions held per month": lambda: series.held_sessions(session, months),
        "participation series": lambda: participation(session, [b.last for b in months]),
        "satisfaction": lambda: indicators._satisfaction(session, None, start, end),
        "learning gain": lambda: indicators._learning_gain(session, None, start, end),
        "application": lambda: indicators._application(session, None, start, end),
        "resources per month": lambda: series.resources_added(session, months),
    }


def _chart_texts(months: list[date]) -> ChartTexts:
    return ChartTexts(
        months=tuple(m.strftime("%b %Y") for m in months),
        trends=TrendLabels("Sessions held", "Resources added", "Per month", "Participation (90 days)", "No month."),
        coverage=CoverageLabels("Holders (target reached)", "Holders (below target)", "Target",
                                "Active people at the target level", "No key skill."),
        heatmap=HeatmapLabels("Sessions held", "No office."), no_office="No office")


def _charts(session: Session, start: date, end: date) -> None:
    """Time importing matplotlib, building the dashboard's three figures and drawing them (what the tab shows)."""
    wall, cpu = _timed(lambda: __import__("matplotlib.backends.backend_agg"))
    print(f"charts: import matplotlib (first chart only): {wall:.0f} ms (CPU {cpu:.0f} ms)")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from learnorg_desktop.charts.dashboard import dashboard_figures

    figures = indicators.compute(session, office_id=None, start=start, end=end, today=end)
    grid = indicator_heatmap.sessions_by_office(session, start, end)
    texts = _chart_texts([m.month for m in figures.sessions_held])
    built: list[DashboardFigures] = []
    building = _median_ms(lambda: built.append(dashboard_figures(figures, grid, texts)))
    print(f"charts: build the three figures: {building}")
    for name in ("trends", "coverage", "heatmap"):
        figure = getattr(built[-1], name)
        print(f"charts: draw {name}: {_median_ms(FigureCanvasAgg(figure).draw)}")

    def everything() -> None:
        charts = dashboard_figures(figures, grid, texts)
        for figure in (charts.trends, charts.coverage, charts.heatmap):
            FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]  # matplotlib leaves it unannotated

    print(f"charts: build and draw all three: {_median_ms(everything)}")


def main(db_file: Path) -> None:
    today = date.today()
    start = series.add_months(today, -12) + timedelta(days=1)
    db = Database.open(db_file)
    try:
        with db.read() as session:
            scopes = [(None, "all"), *((o.id, o.code) for o in organisation.list_offices(session))]
            for office_id, code in scopes:
                ms = _median_ms(partial(indicators.compute, session, office_id=office_id, start=start, end=today,
                                        today=today))
                print(f"compute {code}: {ms}")
            print(f"warnings (all offices): {_median_ms(lambda: indicators.warnings(session, today))}")
            for name, part in _parts(session, start, today).items():
                wall, cpu = _timed(part)
                print(f"  {name}: {wall:.0f} ms (CPU {cpu:.0f} ms)")
            _charts(session, start, today)
    finally:
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DB)
