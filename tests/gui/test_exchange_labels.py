"""The exchange screens name every kind of record and every field, and show values in words."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication

from learnorg_desktop.exchange.entities import entities
from learnorg_desktop.gui.error_fields import known_field_labels
from learnorg_desktop.gui.exchange.field_labels import (
    exchange_field_labels,
    exchanged_field_label,
    field_value_text,
)
from learnorg_desktop.gui.exchange.labels import conflicts_text, entity_label, office_text, short_id, value_text
from learnorg_desktop.gui.formatting import date_time


def test_every_exchanged_table_and_column_has_a_name(qapp: QApplication) -> None:
    assert [e.name for e in entities() if entity_label(e.name) == e.name] == []
    named = exchange_field_labels().keys() | known_field_labels().keys()
    columns = {c for e in entities() for c in (*e.columns, *(n for n, _ in e.references))} - {"updated_at"}
    assert sorted(columns - named) == [], "name these columns in gui/exchange/field_labels.py"
    assert exchanged_field_label("role_id") == "Role" and exchanged_field_label("email") == "E-mail"
    assert exchanged_field_label("brand_new_id") == "Brand new"


def test_values_in_words(qapp: QApplication) -> None:
    uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert value_text(None, {}) == "—" and value_text(True, {}) == "Yes" and value_text(1234, {}) == "1,234"
    assert value_text("2025-01-06", {}) == "06/01/2025"
    assert value_text(uuid, {uuid: "LYON"}) == "LYON"
    assert field_value_text("people", "kind", "staff", {}) == "Staff member"
    assert field_value_text("people", "kind", "mystery", {}) == "mystery"
    assert date_time(datetime(2026, 12, 4, 13, 5, tzinfo=UTC)).startswith("04/12/2026")
    assert office_text(None) == "Any office" and short_id(uuid) == "0f8fad5b"
    assert (conflicts_text(0), conflicts_text(1), conflicts_text(3)) == (
        "", "1 conflict to review.", "3 conflicts to review.")
