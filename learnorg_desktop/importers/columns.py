"""Which column holds which field: French and English headers, matched accent- and case-insensitively."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from learnorg_desktop.importers.errors import NoHeaderError
from learnorg_desktop.importers.tabular import CellValue, RawTable, is_empty
from learnorg_desktop.services.text import fold


class Field(StrEnum):
    """A person's importable field; values are `PersonInput` attribute names."""

    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    EMAIL = "email"
    PHONE = "phone"
    KIND = "kind"
    OFFICE = "office"
    ROLE = "role"
    ARRIVAL_DATE = "arrival_date"
    DEPARTURE_DATE = "departure_date"
    DEPARTURE_REASON = "departure_reason"
    LANGUAGES = "languages"
    NOTES = "notes"


HEADER_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.LAST_NAME: ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "name"),
    Field.FIRST_NAME: ("prenom", "first name", "firstname", "given name", "forename"),
    Field.EMAIL: ("courriel", "e-mail", "email", "mail", "adresse e-mail", "adresse mail", "adresse email",
                  "adresse electronique", "e-mail address", "email address"),
    Field.PHONE: ("telephone", "tel", "tel.", "portable", "mobile", "phone", "phone number", "telephone number"),
    Field.KIND: ("type", "statut", "kind", "categorie", "category"),
    Field.OFFICE: ("antenne", "bureau", "office", "site", "branch"),
    Field.ROLE: ("role", "fonction", "poste", "function", "position", "job title"),
    Field.ARRIVAL_DATE: ("date d'arrivee", "date d'entree", "arrivee", "date arrivee", "date entree",
                         "arrival date", "start date", "arrival", "date of arrival"),
    Field.DEPARTURE_DATE: ("date de depart", "date depart", "depart", "date de sortie", "departure date",
                           "end date", "departure", "date of departure"),
    Field.DEPARTURE_REASON: ("motif de depart", "motif du depart", "raison du depart", "motif",
                             "departure reason", "reason for leaving", "reason"),
    Field.LANGUAGES: ("langues", "langue", "langues parlees", "languages", "language", "spoken languages"),
    Field.NOTES: ("notes", "note", "remarques", "remarque", "commentaires", "commentaire", "comments",
                  "comment", "observations"),
}
REQUIRED_FIELDS = frozenset({Field.LAST_NAME})
_HEADER_SEARCH_ROWS = 15
_NOISE = re.compile(r"[\s'’`_\-.:*()]+")


def header_key(text: str) -> str:
    """"Date d’Arrivée :" -> "date d arrivee": folded, punctuation and spacing ignored."""
    return _NOISE.sub(" ", fold(text)).strip()


_ALIAS_INDEX: dict[str, Field] = {header_key(a): f for f, aliases in HEADER_ALIASES.items() for a in aliases}


def field_for_header(value: CellValue) -> Field | None:
    if not isinstance(value, str) or is_empty(value):
        return None
    return _ALIAS_INDEX.get(header_key(value))


@dataclass
class ColumnMapping:
    """The header row (index into `RawTable.rows`) and, per column index, the field it holds."""

    header_row: int
    columns: dict[int, Field] = field(default_factory=dict)

    @property
    def fields(self) -> frozenset[Field]:
        return frozenset(self.columns.values())

    def missing_required(self) -> frozenset[Field]:
        return REQUIRED_FIELDS - self.fields

    def column_of(self, wanted: Field) -> int | None:
        return next((c for c, f in sorted(self.columns.items()) if f is wanted), None)


def mapping_for_row(table: RawTable, header_row: int) -> ColumnMapping:
    """The fields recognised in one row; a field named twice keeps its first column."""
    columns: dict[int, Field] = {}
    seen: set[Field] = set()
    row = table.rows[header_row] if 0 <= header_row < len(table.rows) else []
    for index, value in enumerate(row):
        found = field_for_header(value)
        if found is not None and found not in seen:
            columns[index] = found
            seen.add(found)
    return ColumnMapping(header_row=header_row, columns=columns)


def detect_mapping(table: RawTable) -> ColumnMapping:
    """The first row among the top ones that names the last name and the most other fields."""
    best: ColumnMapping | None = None
    for index in range(min(len(table.rows), _HEADER_SEARCH_ROWS)):
        candidate = mapping_for_row(table, index)
        if candidate.missing_required():
            continue
        if best is None or len(candidate.columns) > len(best.columns):
            best = candidate
    if best is None:
        raise NoHeaderError(
            table.source or "file",
            "no header row found (a column named 'Nom' or 'Last name' is needed in the first rows)",
        )
    return best
