"""One person's skill levels over time: a step line per skill, levels 0–4 named (pure: series in, Figure out)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from learnorg_desktop.charts.style import colour, empty_message, new_figure, style_context, tidy_axes

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from learnorg_desktop.services.person_review import SkillHistory

LEVELS = 5  # 0 none … 4 can teach
MAX_LINES = 8  # past eight lines nobody can tell the colours apart: the caller says how many were left out
# Lines sharing a level are nudged apart so each one stays visible (a fraction of a level, never misread).
NUDGE = 0.06
LINE_STYLES = ("-", "--", ":", "-.")


@dataclass(frozen=True)
class SkillLine:
    """One skill's dated levels (oldest first) and the level the person's role expects, if any."""

    name: str
    points: tuple[tuple[date, int], ...]
    target: int | None = None


@dataclass(frozen=True)
class TimelineTexts:
    """The chart's words, translated by the caller: `level_labels` names levels 0 to 4."""

    level_labels: Sequence[str]
    empty: str = "No assessment yet."
    target: str = "expected level"
    more: str = "Not drawn: %1 more"
    title: str = ""


def skills_timeline(lines: Sequence[SkillLine], texts: TimelineTexts, today: date, *,
                    max_lines: int = MAX_LINES, width: float = 7.5, height: float = 3.4) -> Figure:
    """Levels over time, each line held flat from its last assessment until `today`."""
    if len(texts.level_labels) != LEVELS:
        raise ValueError(f"expected {LEVELS} level labels, got {len(texts.level_labels)}")
    drawn = [line for line in lines if line.points][:max_lines]
    left_out = sum(1 for line in lines if line.points) - len(drawn)
    with style_context():
        figure = new_figure(width, height)
        if not drawn:
            return empty_message(figure, texts.empty)
        axes = figure.add_subplot()
        first = min(line.points[0][0] for line in drawn)
        end = max(today, max(line.points[-1][0] for line in drawn))
        for index, line in enumerate(drawn):
            _draw_line(axes, line, index, _nudge(index, len(drawn)), end)
        _decorate(axes, texts, first, end, left_out)
    return figure


def _nudge(index: int, count: int) -> float:
    """Vertical offset of line `index` among `count`: centred on the level."""
    return (index - (count - 1) / 2) * NUDGE if count > 1 else 0.0


def _draw_line(axes: Any, line: SkillLine, index: int, offset: float, end: date) -> None:
    days = [on for on, _ in line.points] + [end]
    levels = [level + offset for _, level in line.points] + [line.points[-1][1] + offset]
    style = LINE_STYLES[(index // 8) % len(LINE_STYLES)]
    axes.step(days, levels, where="post", color=colour(index), linestyle=style, linewidth=2.0, label=line.name)
    axes.plot(days[:-1], levels[:-1], "o", color=colour(index), markersize=4.5)
    if line.target is not None:
        axes.plot([end], [line.target + offset], marker="<", markersize=8, color=colour(index),
                  markerfacecolor="white", markeredgewidth=1.5, linestyle="none")


def _decorate(axes: Any, texts: TimelineTexts, first: date, end: date, left_out: int) -> None:
    from matplotlib.dates import AutoDateLocator
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    axes.set_ylim(-0.5, LEVELS - 0.5)
    axes.set_yticks(range(LEVELS), list(texts.level_labels))
    margin = max((end - first).days * 0.03, 7)
    axes.set_xlim(first - timedelta(days=margin), end + timedelta(days=margin))
    span = (end - first).days
    pattern = "%d/%m/%Y" if span < 120 else "%m/%Y"  # numeric dates read the same in French and English
    axes.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7))  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: _date_text(value, pattern)))
    axes.tick_params(axis="x", labelrotation=0)
    tidy_axes(axes)
    if texts.title:
        axes.set_title(texts.title, loc="left")
    handles, labels = axes.get_legend_handles_labels()
    handles.append(Line2D([], [], marker="<", color="#555555", markerfacecolor="white", linestyle="none"))
    labels.append(texts.target)
    if left_out:
        handles.append(Line2D([], [], linestyle="none"))
        labels.append(texts.more.replace("%1", str(left_out)))
    axes.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)


def _date_text(value: float, pattern: str) -> str:
    from matplotlib.dates import num2date

    return str(num2date(value).strftime(pattern))  # type: ignore[no-untyped-call]


def lines_from(histories: Sequence[SkillHistory]) -> list[SkillLine]:
    """`SkillHistory` rows of services.person_review as chart lines, most recently assessed first."""
    lines = [SkillLine(h.skill, tuple((p.on, p.level) for p in h.points), h.target_level)
             for h in histories if h.points]
    return sorted(lines, key=lambda line: line.points[-1][0], reverse=True)
