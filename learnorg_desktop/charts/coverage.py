"""Key-skill coverage bars: how many people hold each key skill at its target level, against the target."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from learnorg_desktop.charts.style import TEXT, colour, empty_message, new_figure, style_context, tidy_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Bars are drawn in orange below target and blue once reached (told apart with any colour vision),
# and the bars below target are hatched too, so the chart still reads in grey.
_REACHED, _MISSING = colour(0), colour(1)
_MAX_LABEL = 34  # characters of a skill's name before it is cut with "…"


@dataclass(frozen=True)
class CoverageBar:
    """One bar: a key skill (or a category) with its holders and the target number of holders."""

    label: str
    holders: int
    target: int

    @property
    def reached(self) -> bool:
        return self.holders >= self.target


@dataclass(frozen=True)
class CoverageLabels:
    """The chart's texts, already translated by the caller."""

    reached: str  # legend, e.g. "Holders (target reached)"
    missing: str  # legend, e.g. "Holders (below target)"
    target: str  # legend of the target marks, e.g. "Target"
    axis: str  # x axis, e.g. "People at the target level"
    empty: str  # shown when there is no key skill with a target


def coverage_figure(bars: Sequence[CoverageBar], labels: CoverageLabels) -> Figure:
    """Horizontal bars of holders, one per key skill (in the given order, top to bottom), with the target marked."""
    with style_context():
        figure = new_figure(6.4, max(2.4, 0.9 + 0.32 * len(bars)))
        if not bars:
            return empty_message(figure, labels.empty)
        ax: Any = figure.add_subplot()
        y = list(range(len(bars)))[::-1]  # first bar at the top
        reached = [b.reached for b in bars]
        ax.barh(y, [b.holders for b in bars], height=0.6, color=[_REACHED if r else _MISSING for r in reached],
                hatch=[None if r else "//" for r in reached], edgecolor="white", linewidth=0.5)
        ax.scatter([b.target for b in bars], y, marker="|", s=260, linewidths=2.5, color=TEXT, zorder=3)
        ax.set_yticks(y, [_short(b.label) for b in bars])
        ax.set_xlabel(labels.axis)
        ax.set_xlim(0, max(max(b.holders for b in bars), max(b.target for b in bars), 1) * 1.08)
        ax.xaxis.get_major_locator().set_params(integer=True)
        _legend(figure, labels, any(reached), not all(reached))
        tidy_axes(ax)
        ax.grid(False, axis="y")
    return figure


def _short(label: str) -> str:
    return label if len(label) <= _MAX_LABEL else label[: _MAX_LABEL - 1].rstrip() + "…"


def _legend(figure: Figure, labels: CoverageLabels, any_reached: bool, any_missing: bool) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = []
    if any_reached:
        handles.append(Patch(facecolor=_REACHED, label=labels.reached))
    if any_missing:
        handles.append(Patch(facecolor=_MISSING, hatch="//", edgecolor="white", label=labels.missing))
    handles.append(Line2D([], [], marker="|", markersize=12, markeredgewidth=2.5, linestyle="none", color=TEXT,
                          label=labels.target))
    # Above the whole figure, not the axes: long skill names push the axes right and would cut the legend.
    figure.legend(handles=handles, loc="outside upper center", fontsize=8, frameon=False, ncols=len(handles))
