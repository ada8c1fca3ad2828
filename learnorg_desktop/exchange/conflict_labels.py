"""Readable names for conflicts: the record's own label and the records its references point to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.exchange.conflicts import ConflictRow
from learnorg_desktop.exchange.entities import entity
from learnorg_desktop.exchange.state import Aliases

# The columns that name a record, in the order they are tried (people are named by their names).
_NAMING_COLUMNS = ("title", "name", "code", "question_code")


def record_label(values: Mapping[Any, Any]) -> str:
    """"Hélène Dupré", "Premiers secours", "LYON"…; empty for records that have no name of their own."""
    first, last = values.get("first_name"), values.get("last_name")
    if isinstance(last, str) and last:
        return f"{first} {last}" if isinstance(first, str) and first else last
    for column in _NAMING_COLUMNS:
        value = values.get(column)
        if isinstance(value, str) and value:
            return value
    return ""


def reference_labels(session: Session, conflict: ConflictRow) -> dict[str, str]:
    """The label of each record that either version refers to, by the UUID the version carries."""
    spec = entity(conflict.entity)
    aliases: Aliases | None = None
    labels: dict[str, str] = {}
    for column, table_name in spec.references:
        table = entity(table_name).table
        for version in (conflict.kept, conflict.other):
            value = version.get(column)
            if not isinstance(value, str) or value in labels:
                continue
            aliases = aliases or Aliases(session)
            row = session.execute(select(table).where(table.c.uuid == aliases.local(value))).mappings().first()
            label = record_label(row) if row is not None else ""
            if label:
                labels[value] = label
    return labels
