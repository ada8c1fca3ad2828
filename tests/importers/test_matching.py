"""Matching keys ignore accents, case and spacing."""

from __future__ import annotations

from learnorg_desktop.importers.matching import name_key


def test_name_key_ignores_accents_case_and_spacing() -> None:
    assert name_key(" Hélène ", "LEFÈVRE  ") == name_key("helene", "Lefevre")
