"""The one look of every chart: a colour-blind-safe palette, a font with accents, a blank figure."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe & Ito's palette: told apart by people with any common colour-vision deficiency.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
GRID = "#DDDDDD"
TEXT = "#222222"
# A sequential map readable in grey and by colour-blind readers, for heatmaps.
SEQUENTIAL_MAP = "viridis"

# Per-figure style (never the global rcParams, which would leak between charts and into the app).
_STYLE: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Noto Sans", "Arial", "Liberation Sans"],  # accents (é, ç, œ)
    "font.size": 9.0,
    "axes.edgecolor": "#888888",
    "axes.labelcolor": TEXT,
    "axes.titlesize": 10.0,
    "axes.titleweight": "bold",
    "xtick.color": TEXT,
    "ytick.color": TEXT,
    "axes.prop_cycle": None,  # filled in lazily (needs matplotlib's cycler)
}


def colour(index: int) -> str:
    """The palette's colour for series `index` (it cycles past eight series)."""
    return PALETTE[index % len(PALETTE)]


_BUILDING = threading.Lock()


@contextmanager
def style_context() -> Iterator[None]:
    """Our style while one figure is built (styles are read when artists are created).

    rc_context swaps matplotlib's process-wide settings for the duration, so builders running in worker
    threads take turns; a figure drawn meanwhile on the UI thread can only see this same style.
    """
    from cycler import cycler
    from matplotlib import rc_context

    style = dict(_STYLE)
    style["axes.prop_cycle"] = cycler(color=list(PALETTE))
    with _BUILDING, rc_context(style):  # type: ignore[arg-type]  # keys are checked by matplotlib at run time
        yield


def new_figure(width: float = 6.4, height: float = 3.6, dpi: float = 100.0) -> Figure:
    """A blank figure (inches) on the Agg canvas: usable without Qt, savable as PNG."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def tidy_axes(axes: Any) -> None:
    """Light grid behind the data, no top/right frame: easier to read at a glance."""
    axes.set_axisbelow(True)
    axes.grid(True, color=GRID, linewidth=0.6)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def empty_message(figure: Figure, text: str) -> Figure:
    """A figure that says why there is nothing to draw, instead of empty axes."""
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.text(0.5, 0.5, text, ha="center", va="center", wrap=True, color="#555555")
    return figure
