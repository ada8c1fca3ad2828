"""A heatmap of one count per row (e.g. an office) and column (e.g. a month), each cell labelled."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from learnorg_desktop.charts.style import SEQUENTIAL_MAP, empty_message, new_figure, style_context

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_MAX_ANNOTATED_COLUMNS = 24  # past two years of months the numbers no longer fit in the cells


@dataclass(frozen=True)
class HeatmapLabels:
    """The chart's texts, already translated by the caller."""

    colorbar: str  # what a cell counts, e.g. "Sessions held"
    empty: str  # shown when there is no row or no column


def _default_text(value: float) -> str:
    return f"{value:g}"


def heatmap_figure(
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[float | None]],
    labels: HeatmapLabels,
    value_text: Callable[[float], str] = _default_text,
) -> Figure:
    """`values[r][c]` for row `rows[r]` and column `columns[c]`; None (n/a) cells stay blank, not 0."""
    if len(values) != len(rows) or any(len(line) != len(columns) for line in values):
        raise ValueError("values must have one line per row and one value per column")
    with style_context():
        figure = new_figure(6.4, max(2.2, 1.3 + 0.36 * len(rows)))
        if not rows or not columns:
            return empty_message(figure, labels.empty)
        from matplotlib import colormaps

        grid = [[math.nan if v is None else float(v) for v in line] for line in values]
        known = [v for line in grid for v in line if not math.isnan(v)]
        top = max([*known, 1.0])
        cmap = colormaps[SEQUENTIAL_MAP].with_extremes(bad="#F2F2F2")
        ax: Any = figure.add_subplot()
        image = ax.imshow(grid, cmap=cmap, vmin=0, vmax=top, aspect="auto", interpolation="nearest")
        ax.set_xticks(range(len(columns)), columns, rotation=45 if len(columns) > 6 else 0,
                      ha="right" if len(columns) > 6 else "center")
        ax.set_yticks(range(len(rows)), rows)
        ax.tick_params(length=0)
        for side in ax.spines.values():
            side.set_visible(False)
        if len(columns) <= _MAX_ANNOTATED_COLUMNS:
            _annotate(ax, grid, top, value_text)
        figure.colorbar(image, ax=ax, label=labels.colorbar, shrink=0.9, pad=0.02)
    return figure


def _annotate(ax: Any, grid: list[list[float]], top: float, value_text: Callable[[float], str]) -> None:
    for r, line in enumerate(grid):
        for c, value in enumerate(line):
            if math.isnan(value):
                continue
            # viridis is dark at the bottom of its range: white text there, dark text on the light end.
            dark = value < top * 0.6
            ax.text(c, r, value_text(value), ha="center", va="center", fontsize=7,
                    color="white" if dark else "#222222")
