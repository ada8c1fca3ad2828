"""The radar chart: one closed line per series, gaps for hidden scores, wrapped accented labels."""

from __future__ import annotations

import io
import math
import warnings

import pytest

from learnorg_desktop.charts.radar import RadarSeries, radar_figure

LABELS = ("Soutien des responsables et temps pour apprendre", "Apprentissage autonome", "Apprentissage en équipe",
          "Accueil et intégration", "Fidélisation")


def _lines(figure):
    return [line for line in figure.axes[0].get_lines() if line.get_label() and not line.get_label().startswith("_")]


def test_one_closed_line_per_series_with_legend() -> None:
    figure = radar_figure(LABELS, [RadarSeries("Printemps 2025", (10, 20, 30, 40, 50)),
                                   RadarSeries("Automne 2026", (60, 70, 80, 90, 100))], title="Évolution")
    assert figure.axes[0].name == "polar"
    lines = _lines(figure)
    assert [line.get_label() for line in lines] == ["Printemps 2025", "Automne 2026"]
    radii = list(lines[0].get_ydata())
    assert radii == [10, 20, 30, 40, 50, 10]  # closed back to the first dimension
    assert [t.get_text() for t in figure.legends[0].get_texts()] == ["Printemps 2025", "Automne 2026"]
    assert figure.axes[0].get_ylim() == (0, 100)


def test_hidden_scores_leave_gaps_and_an_all_hidden_series_is_left_out() -> None:
    figure = radar_figure(LABELS, [RadarSeries("Lyon", (50, None, 50, 50, 50)),
                                   RadarSeries("Lille", (None,) * 5)])
    lines = _lines(figure)
    assert [line.get_label() for line in lines] == ["Lyon"]
    assert math.isnan(lines[0].get_ydata()[1])


def test_labels_wrap_and_keep_their_accents() -> None:
    figure = radar_figure(LABELS, [RadarSeries("A", (1, 2, 3, 4, 5))])
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert "Soutien des\nresponsables et\ntemps pour\napprendre" in texts
    assert "Apprentissage en\néquipe" in texts
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" would be a warning
        figure.savefig(io.BytesIO(), format="png")


def test_nothing_to_show_says_so() -> None:
    figure = radar_figure(LABELS, [RadarSeries("Lille", (None,) * 5)], empty_text="Aucun résultat à montrer.")
    assert not figure.axes[0].get_lines()
    assert [t.get_text() for t in figure.axes[0].texts] == ["Aucun résultat à montrer."]
    assert radar_figure(LABELS, []).axes[0].texts


def test_a_series_of_the_wrong_length_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        radar_figure(LABELS, [RadarSeries("A", (1, 2))])
