"""Radar (spider) chart: several series of 0–100 scores over the same dimensions, on one polar figure."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from learnorg_desktop.charts.style import GRID, colour, empty_message, new_figure, style_context

if TYPE_CHECKING:
    from matplotlib.figure import Figure

LABEL_WIDTH = 18  # characters per line of a dimension label around the circle
RINGS = (25, 50, 75, 100)


@dataclass(frozen=True)
class RadarSeries:
    """One line of the radar: a name for the legend and one score per dimension (None = not shown)."""

    name: str
    scores: tuple[float | None, ...]


def radar_figure(labels: Sequence[str], series: Sequence[RadarSeries], *, title: str = "",
                 empty_text: str = "No score to show.", width: float = 6.4, height: float = 4.6) -> Figure:
    """A polar figure with one closed line per series; a hidden score leaves a gap and no marker."""
    if any(len(s.scores) != len(labels) for s in series):
        raise ValueError("every series needs one score per dimension")
    with style_context():
        figure = new_figure(width, height)
        shown = [s for s in series if any(v is not None for v in s.scores)]
        if len(labels) < 3 or not shown:
            return empty_message(figure, empty_text)
        axes = figure.add_subplot(projection="polar")
        angles = [2 * math.pi * i / len(labels) for i in range(len(labels))]
        _frame(axes, angles, labels)
        for index, item in enumerate(series):  # colours follow the series' order, hidden ones included
            if any(v is not None for v in item.scores):
                _plot(axes, angles, item, colour(index))
        if title:
            figure.suptitle(title, fontweight="bold", fontsize=10)
        figure.legend(loc="outside lower center", ncols=min(len(shown), 3), frameon=False)
    return figure


def _frame(axes: Any, angles: list[float], labels: Sequence[str]) -> None:
    """Dimensions clockwise from the top, rings every 25 points, labels wrapped to stay inside the figure."""
    axes.set_theta_offset(math.pi / 2)
    axes.set_theta_direction(-1)
    axes.set_ylim(0, 100)
    axes.set_yticks(RINGS)
    axes.set_yticklabels([str(r) for r in RINGS], fontsize=7, color="#666666")
    axes.set_rlabel_position(180 / len(angles))  # between the first two spokes, clear of the labels
    axes.set_xticks(angles)
    axes.set_xticklabels([])
    axes.grid(True, color=GRID, linewidth=0.6)
    axes.spines["polar"].set_color(GRID)
    for angle, label in zip(angles, labels, strict=True):
        # Anchored on the side facing the circle, so multi-line labels grow away from it instead of over it.
        x, y = math.sin(angle), math.cos(angle)
        horizontal = "center" if abs(x) < 0.3 else ("left" if x > 0 else "right")
        vertical = "center" if abs(y) < 0.3 else ("bottom" if y > 0 else "top")
        axes.text(angle, 108, textwrap.fill(label, LABEL_WIDTH), ha=horizontal, va=vertical, fontsize=8)


def _plot(axes: Any, angles: list[float], item: RadarSeries, colour_code: str) -> None:
    # NaN breaks the line, so a hidden score shows as a gap rather than a misleading zero.
    values = [math.nan if v is None else float(v) for v in item.scores]
    closed_angles, closed_values = [*angles, angles[0]], [*values, values[0]]
    axes.plot(closed_angles, closed_values, color=colour_code, linewidth=1.8, marker="o", markersize=3.5,
              label=item.name)
    if not any(math.isnan(v) for v in values):
        axes.fill(closed_angles, closed_values, color=colour_code, alpha=0.08)
