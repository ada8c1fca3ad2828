"""Who is who: match file rows to existing people and to earlier rows of the same file."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.importers.errors import RowError
from learnorg_desktop.services.text import fold

NameKey = tuple[str, str]


def name_key(first: str, last: str) -> NameKey:
    return " ".join(fold(first).split()), " ".join(fold(last).split())


@dataclass
class ExistingPerson:
    """The stored values of a non-deleted person, as compared with a file row."""

    id: int
    row_version: int
    kind: PersonKind
    first_name: str
    last_name: str
    email: str | None
    phone: str
    office_id: int | None
    role: str
    arrival_date: date | None
    departure_date: date | None
    departure_reason: str
    languages: str
    notes: str


class PeopleIndex:
    """Existing people by e-mail (case-insensitive) and by folded first + last name."""

    def __init__(self, people: list[ExistingPerson]) -> None:
        self._by_email: dict[str, ExistingPerson] = {}
        self._by_name: dict[NameKey, list[ExistingPerson]] = defaultdict(list)
        for person in people:
            if person.email:
                self._by_email.setdefault(person.email.strip().lower(), person)
            self._by_name[name_key(person.first_name, person.last_name)].append(person)

    def find(self, row: int, email: str | None, key: NameKey) -> ExistingPerson | RowError | None:
        """The person this row describes; namesakes with two different e-mails are different people."""
        if email and (found := self._by_email.get(email)) is not None:
            return found
        candidates = [p for p in self._by_name.get(key, []) if not email or not p.email]
        if len(candidates) > 1:
            return RowError(row, "last_name", f"{len(candidates)} people named '{key[0]} {key[1]}' already "
                            "exist; add their e-mail to tell them apart", "ambiguous")
        return candidates[0] if candidates else None


class SeenRows:
    """Rows already accepted from this file, to reject a second occurrence of the same person."""

    def __init__(self) -> None:
        self._by_email: dict[str, int] = {}
        self._by_name: dict[NameKey, list[tuple[int, str | None]]] = defaultdict(list)
        self._by_person: dict[int, int] = {}

    def first_row(self, email: str | None, key: NameKey, person_id: int | None) -> int | None:
        if email and email in self._by_email:
            return self._by_email[email]
        for row, other_email in self._by_name.get(key, []):
            if not email or not other_email:
                return row
        if person_id is not None:
            return self._by_person.get(person_id)
        return None

    def add(self, row: int, email: str | None, key: NameKey, person_id: int | None) -> None:
        if email:
            self._by_email.setdefault(email, row)
        self._by_name[key].append((row, email))
        if person_id is not None:
            self._by_person.setdefault(person_id, row)
