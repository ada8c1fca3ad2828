"""Matching keys: the fast fold must agree with services.text.fold on any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from learnorg_desktop.importers.matching import name_key, quick_fold, quick_search_key
from learnorg_desktop.services.text import fold, search_key


@given(st.text(max_size=40))
def test_quick_fold_equals_fold(text: str) -> None:
    assert quick_fold(text) == fold(text)


@given(st.lists(st.text(max_size=15), max_size=3))
def test_quick_search_key_equals_search_key(parts: list[str]) -> None:
    assert quick_search_key(*parts) == search_key(*parts)


def test_name_key_ignores_accents_case_and_spacing() -> None:
    assert name_key(" Hélène ", "LEFÈVRE  ") == name_key("helene", "Lefevre")
