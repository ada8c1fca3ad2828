"""Header detection: French or English names, accents and case ignored, title rows above."""

from __future__ import annotations

import pytest

from learnorg_desktop.importers.columns import Field, detect_mapping, header_key, mapping_for_row
from learnorg_desktop.importers.errors import NoHeaderError
from learnorg_desktop.importers.tabular import RawTable
from tests.importers.builders import EN_HEADER, FR_HEADER


def _table(*rows: list[object]) -> RawTable:
    return RawTable(rows=[list(r) for r in rows], row_numbers=list(range(1, len(rows) + 1)))  # type: ignore[misc]


@pytest.mark.parametrize("header", [FR_HEADER, EN_HEADER])
def test_all_fields_recognised(header: list[str]) -> None:
    mapping = detect_mapping(_table(["Bénévoles 2024"], [], header))
    assert mapping.header_row == 2
    assert [mapping.columns[i] for i in range(len(header))] == list(Field)


def test_accents_case_spacing_and_punctuation_ignored() -> None:
    mapping = detect_mapping(_table([" NOM ", "prenom", "E-Mail :", "DATE D’ENTRÉE", "Tél.", "Bureau"]))
    assert mapping.columns == {0: Field.LAST_NAME, 1: Field.FIRST_NAME, 2: Field.EMAIL, 3: Field.ARRIVAL_DATE,
                               4: Field.PHONE, 5: Field.OFFICE}


def test_unknown_columns_and_second_occurrence_ignored() -> None:
    mapping = mapping_for_row(_table(["Nom", "Taille", "Nom", "Email"]), 0)
    assert mapping.columns == {0: Field.LAST_NAME, 3: Field.EMAIL}


def test_no_header() -> None:
    with pytest.raises(NoHeaderError):
        detect_mapping(_table(["a", "b"], ["Dupont", "Jean"]))


def test_header_key() -> None:
    assert header_key("Date d’Arrivée :") == "date d arrivee"
