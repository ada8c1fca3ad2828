"""Dates and e-mails as people type them."""

from __future__ import annotations

import contextlib
import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.parsing import normalise_email, parse_date
from learnorg_desktop.services.text import fold, search_key, sort_name


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03/02/2024", date(2024, 2, 3)),
        (" 3/2/2024 ", date(2024, 2, 3)),
        ("03.02.24", date(2024, 2, 3)),
        ("2024-02-03", date(2024, 2, 3)),
        ("2024-02-03T10:00:00", date(2024, 2, 3)),
        (45325, date(2024, 2, 3)),
        (datetime(2024, 2, 3, 8, 30), date(2024, 2, 3)),
        ("", None),
        (None, None),
    ],
)
def test_dates_as_associations_write_them(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/02/2024", "2024-13-01", "demain", "12/2024", -5, True])
def test_bad_dates_are_refused_with_the_field(value: object) -> None:
    with pytest.raises(ValidationError) as error:
        parse_date(value, field="arrival_date")
    assert error.value.field == "arrival_date"


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2099, 12, 31)))
def test_french_and_iso_forms_round_trip(day: date) -> None:
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.isoformat()) == day


@given(st.text(max_size=40))
def test_parse_date_never_raises_anything_else(text: str) -> None:
    with contextlib.suppress(ValidationError):
        parse_date(text)


def test_emails_are_trimmed_and_lower_cased() -> None:
    assert normalise_email("  Anne.Dupont@Asso.FR ") == "anne.dupont@asso.fr"
    assert normalise_email("   ") is None
    for bad in ["anne", "anne@", "@asso.fr", "anne dupont@asso.fr", "a@b"]:
        with pytest.raises(ValidationError):
            normalise_email(bad)


def _reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return folded.replace("œ", "oe").replace("æ", "ae")


@given(st.text(max_size=40))
def test_fast_fold_equals_the_whole_string_rule(text: str) -> None:
    assert fold(text) == _reference_fold(text)


def test_sort_name_puts_accented_names_with_their_plain_letters() -> None:
    names = ["Bernard", "Bénard", "Brun", "Benard", "Édouard", "Dupont"]
    assert sorted(names, key=lambda n: sort_name(n, "")) == ["Bénard", "Benard", "Bernard", "Brun", "Dupont",
                                                             "Édouard"]


def test_fold_strips_accents_and_ligatures() -> None:
    assert fold("Hélène ŒUVRE Ça") == "helene oeuvre ca"
    assert search_key(" Zoé ", "Lemaître", "") == "zoe lemaitre"
