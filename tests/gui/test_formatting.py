"""Numbers follow the locale: decimal comma and a space before % in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from learnorg_desktop.gui.formatting import number, percent


@pytest.fixture
def french() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


def test_french_numbers_and_percentages(french: None) -> None:
    assert number(1234.5, 1) == "1\u202f234,5"
    assert percent(0.1) == "10\u202f%"
    assert percent(None) == "–"


def test_english_percentages() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert percent(0.125, 1) == "12.5%"
        assert number(1234.5, 1) == "1,234.5"
    finally:
        QLocale.setDefault(previous)
