"""Monthly trends of the global dashboard: sessions held and resources added, and the participation rate."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from learnorg_desktop.charts.style import colour, empty_message, new_figure, style_context, tidy_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class TrendLabels:
    """The chart's texts, already translated by the caller."""

    sessions: str  # legend of the monthly bars, e.g. "Sessions held"
    resources: str  # legend of the resources line, e.g. "Resources added"
    counts_axis: str  # y axis of the upper chart, e.g. "Per month"
    participation: str  # legend and y axis of the lower chart, e.g. "Participation (90 days)"
    empty: str  # shown instead of the chart when there is no month


def _default_percent(ratio: float) -> str:
    return f"{ratio:.0%}"


def trends_figure(
    months: Sequence[str],
    sessions: Sequence[int],
    resources: Sequence[int],
    participation: Sequence[float | None],
    labels: TrendLabels,
    percent: Callable[[float], str] = _default_percent,
) -> Figure:
    """Two stacked charts sharing the month axis: counts per month above, participation rate below.

    `months` are the x labels (formatted by the caller's locale); the three series have one value per
    month; a participation of None (no active people) leaves a gap rather than a misleading 0 %.
    """
    if not (len(months) == len(sessions) == len(resources) == len(participation)):
        raise ValueError("every series needs one value per month")
    with style_context():
        figure = new_figure(6.4, 4.2)
        if not months:
            return empty_message(figure, labels.empty)
        counts_axes, rate_axes = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
        _draw_counts(counts_axes, sessions, resources, labels)
        _draw_rate(rate_axes, participation, labels, percent)
        _month_ticks(rate_axes, months)
    return figure


def _draw_counts(ax: Any, sessions: Sequence[int], resources: Sequence[int], labels: TrendLabels) -> None:
    x = list(range(len(sessions)))
    ax.bar(x, sessions, color=colour(0), width=0.7, label=labels.sessions)
    ax.plot(x, resources, color=colour(1), marker="o", markersize=4, linewidth=2, label=labels.resources)
    ax.set_ylabel(labels.counts_axis)
    ax.set_ylim(bottom=0)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1), fontsize=8, frameon=False, ncols=2)
    tidy_axes(ax)


def _draw_rate(ax: Any, participation: Sequence[float | None], labels: TrendLabels,
               percent: Callable[[float], str]) -> None:
    from matplotlib.ticker import FuncFormatter

    values = [math.nan if v is None else v for v in participation]
    ax.plot(range(len(values)), values, color=colour(2), marker="s", markersize=4, linewidth=2,
            label=labels.participation)
    known = [v for v in participation if v is not None]
    ax.set_ylim(0, min(1.05, max(0.1, *known) * 1.15) if known else 1.0)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: percent(value)))
    ax.set_ylabel(labels.participation)
    tidy_axes(ax)


def _month_ticks(ax: Any, months: Sequence[str]) -> None:
    # Beyond about 14 months the labels overlap: show every other (or every third) month.
    step = max(1, math.ceil(len(months) / 14))
    ticks = list(range(0, len(months), step))
    ax.set_xticks(ticks, [months[i] for i in ticks], rotation=45 if len(months) > 6 else 0,
                  ha="right" if len(months) > 6 else "center")
