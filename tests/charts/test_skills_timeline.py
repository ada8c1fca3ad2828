"""The skills timeline is pure: lines in, a Figure with one step line per skill, named levels, PNG-savable."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest

from learnorg_desktop.charts.skills_timeline import SkillLine, TimelineTexts, lines_from, skills_timeline
from learnorg_desktop.enums import AssessmentSource
from learnorg_desktop.services.person_review import LevelPoint, SkillHistory

LEVELS = ["0 – aucun", "1 – notions", "2 – pratique", "3 – autonome", "4 – peut transmettre"]
TEXTS = TimelineTexts(LEVELS, "Aucune évaluation", "niveau attendu", "Non tracées : %1")
TODAY = date(2026, 6, 1)


def _texts(figure: Any) -> list[str]:
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")) if t.get_text()]


def test_one_step_line_per_skill_held_until_today() -> None:
    lines = [SkillLine("Accueil", ((date(2025, 1, 10), 1), (date(2026, 1, 10), 3)), target=3),
             SkillLine("Écoute", ((date(2025, 6, 1), 2),))]
    figure = skills_timeline(lines, TEXTS, TODAY)
    axes = figure.axes[0]
    steps = [line for line in axes.get_lines() if line.get_label() in ("Accueil", "Écoute")]
    assert [line.get_label() for line in steps] == ["Accueil", "Écoute"]
    x, y = steps[0].get_data()
    assert list(x)[-1] == TODAY  # the current level is held until today
    assert [round(v) for v in y] == [1, 3, 3]
    assert [t.get_text() for t in axes.get_yticklabels()] == LEVELS
    assert {"Accueil", "Écoute", "niveau attendu"} <= set(_texts(figure))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")


def test_lines_past_the_limit_are_counted_not_drawn() -> None:
    lines = [SkillLine(f"S{i}", ((date(2026, 1, i + 1), i % 5),)) for i in range(10)]
    figure = skills_timeline(lines, TEXTS, TODAY, max_lines=8)
    assert "Non tracées : 2" in _texts(figure)
    assert sum(1 for line in figure.axes[0].get_lines() if line.get_label().startswith("S")) == 8


def test_nothing_assessed_says_so() -> None:
    figure = skills_timeline([SkillLine("Jamais", ())], TEXTS, TODAY)
    assert "Aucune évaluation" in _texts(figure)


def test_level_labels_are_required() -> None:
    with pytest.raises(ValueError):
        skills_timeline([], TimelineTexts(LEVELS[:3]), TODAY)


def test_lines_from_review_rows_most_recent_first() -> None:
    def history(name: str, *points: tuple[date, int]) -> SkillHistory:
        return SkillHistory(0, name, tuple(LevelPoint(d, lv, AssessmentSource.SELF) for d, lv in points),
                            points[-1][1] if points else None, None, None, False, 2)

    rows = [history("Ancienne", (date(2024, 1, 1), 1)), history("Jamais"), history("Récente", (date(2026, 1, 1), 2))]
    assert [(line.name, line.target) for line in lines_from(rows)] == [("Récente", 2), ("Ancienne", 2)]
