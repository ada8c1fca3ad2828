"""The global dashboard's three figures from the indicators service's results (pure: data in, figures out)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from learnorg_desktop.charts.coverage import CoverageBar, CoverageLabels, coverage_figure
from learnorg_desktop.charts.heatmap import HeatmapLabels, heatmap_figure
from learnorg_desktop.charts.trends import TrendLabels, trends_figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from learnorg_desktop.services.indicator_heatmap import OfficeMonthGrid
    from learnorg_desktop.services.indicators import Indicators


@dataclass(frozen=True)
class ChartTexts:
    """Every word the three charts show, translated by the caller; `months` label the period's months."""

    months: tuple[str, ...]
    trends: TrendLabels
    coverage: CoverageLabels
    heatmap: HeatmapLabels
    no_office: str  # the heatmap's line of sessions without an office


@dataclass(frozen=True)
class DashboardFigures:
    """The monthly trends, the key-skill coverage bars and the office × month heatmap."""

    trends: Figure
    coverage: Figure
    heatmap: Figure


def dashboard_figures(ind: Indicators, grid: OfficeMonthGrid, texts: ChartTexts,
                      percent: Callable[[float], str] | None = None) -> DashboardFigures:
    """Builds the three figures; `percent` formats the participation axis (e.g. "40 %" in French)."""
    if len(texts.months) != len(ind.sessions_held):
        raise ValueError("one month label per month of the period")
    extra = {} if percent is None else {"percent": percent}
    trends = trends_figure(texts.months, [m.count for m in ind.sessions_held], [m.count for m in ind.resources_added],
                           [p.rate for p in ind.participation_series], texts.trends, **extra)
    bars = [CoverageBar(k.skill, k.holders, k.target_holders) for k in ind.skills.key_skills]
    coverage = coverage_figure(bars, texts.coverage)
    heatmap = heatmap_figure([o.office_code or texts.no_office for o in grid.offices], texts.months,
                             [list(o.counts) for o in grid.offices], texts.heatmap)
    return DashboardFigures(trends, coverage, heatmap)
