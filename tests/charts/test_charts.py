"""The dashboard's chart builders are pure: small data in, a Figure with the expected texts out, savable as PNG."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from learnorg_desktop.charts.coverage import CoverageBar, CoverageLabels, coverage_figure
from learnorg_desktop.charts.heatmap import HeatmapLabels, heatmap_figure
from learnorg_desktop.charts.style import PALETTE
from learnorg_desktop.charts.trends import TrendLabels, trends_figure

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MONTHS = ["janv. 26", "févr. 26", "mars 26", "avr. 26"]
TRENDS = TrendLabels("Séances tenues", "Ressources ajoutées", "Par mois", "Participation (90 jours)", "Aucun mois")
COVERAGE = CoverageLabels("Détenteurs (cible atteinte)", "Détenteurs (sous la cible)", "Cible",
                          "Personnes au niveau visé", "Aucune compétence clé")
HEATMAP = HeatmapLabels("Séances tenues", "Aucune antenne")


def _texts(figure: Any) -> list[str]:
    """Every text drawn: titles, axis labels, tick labels, legends, annotations."""
    found = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    return [t for t in found if t]


def _saved(figure: Any, tmp_path: Path) -> bytes:
    path = tmp_path / "chart.png"
    figure.savefig(path, format="png")
    return path.read_bytes()


def test_trends_show_both_series_with_gaps_for_unknown_rates(tmp_path: Path) -> None:
    figure = trends_figure(MONTHS, [3, 5, 2, 0], [1, 0, 4, 2], [0.4, None, 0.25, 0.1], TRENDS,
                           percent=lambda r: f"{r * 100:.0f} %")
    counts, rates = figure.axes
    assert [p.get_height() for p in counts.patches] == [3, 5, 2, 0]
    assert list(counts.lines[0].get_ydata()) == [1, 0, 4, 2]
    participation = list(rates.lines[0].get_ydata())
    assert participation[0] == 0.4 and math.isnan(participation[1])  # n/a is a gap, not 0 %
    texts = _texts(figure)
    for expected in ("Séances tenues", "Ressources ajoutées", "Participation (90 jours)", "févr. 26"):
        assert expected in texts
    assert counts.patches[0].get_facecolor()[:3] == pytest.approx(_rgb(PALETTE[0]))
    assert _saved(figure, tmp_path).startswith(PNG_MAGIC)


def test_trends_without_months_say_so() -> None:
    figure = trends_figure([], [], [], [], TRENDS)
    assert "Aucun mois" in _texts(figure)


def test_trends_refuse_series_of_different_lengths() -> None:
    with pytest.raises(ValueError):
        trends_figure(MONTHS, [1], [1, 2, 3, 4], [None] * 4, TRENDS)


def test_coverage_bars_mark_targets_and_missing_holders(tmp_path: Path) -> None:
    bars = [CoverageBar("Écoute active", 2, 3), CoverageBar("Premiers secours", 5, 4),
            CoverageBar("Protection des données personnelles des bénéficiaires", 0, 1)]
    figure = coverage_figure(bars, COVERAGE)
    axes = figure.axes[0]
    # First bar at the top: bars are drawn bottom-up, so the y order is reversed.
    assert sorted(((p.get_y(), p.get_width()) for p in axes.patches), reverse=True)[0][1] == 2
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels[0] == "Écoute active" and labels[2].endswith("…")  # long names cut
    assert [tuple(o) for o in axes.collections[0].get_offsets()] == [(3, 2), (4, 1), (1, 0)]
    texts = _texts(figure)
    assert {"Détenteurs (cible atteinte)", "Détenteurs (sous la cible)", "Cible", "Personnes au niveau visé"} <= set(
        texts)
    assert _saved(figure, tmp_path).startswith(PNG_MAGIC)


def test_coverage_without_key_skill_says_so() -> None:
    assert "Aucune compétence clé" in _texts(coverage_figure([], COVERAGE))


def test_heatmap_labels_cells_and_leaves_unknown_blank(tmp_path: Path) -> None:
    values: list[list[float | None]] = [[0, 3, 7, 1], [None, 2, 0, 12]]
    figure = heatmap_figure(["SIÈGE", "LILLE"], MONTHS, values, HEATMAP)
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["SIÈGE", "LILLE"]
    assert [t.get_text() for t in axes.get_xticklabels()] == MONTHS
    cells = [t.get_text() for t in axes.texts]
    assert cells == ["0", "3", "7", "1", "2", "0", "12"]  # the None cell has no number
    assert "Séances tenues" in _texts(figure)  # colour bar label
    assert _saved(figure, tmp_path).startswith(PNG_MAGIC)


def test_heatmap_checks_its_shape_and_handles_no_row() -> None:
    with pytest.raises(ValueError):
        heatmap_figure(["A"], MONTHS, [[1, 2]], HEATMAP)
    assert "Aucune antenne" in _texts(heatmap_figure([], MONTHS, [], HEATMAP))


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    r, g, b = (int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return (r, g, b)
