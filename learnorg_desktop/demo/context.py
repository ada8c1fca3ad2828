"""State shared by the demo generation steps: the random source, the clock and what exists so far."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

from learnorg_desktop.demo.bulk import BulkWriter
from learnorg_desktop.enums import PersonKind

T = TypeVar("T")


@dataclass(slots=True)
class DemoPerson:
    """What later steps need to know about a generated person."""

    id: int
    kind: PersonKind
    office: str
    role: str
    arrival: date
    departure: date | None

    def active_on(self, day: date) -> bool:
        return self.arrival <= day and (self.departure is None or self.departure > day)


class Picker(Generic[T]):
    """Weighted choice with precomputed cumulative weights (called hundreds of thousands of times)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self._cumulative = list(accumulate(weights))
        self._total = self._cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect_right(self._cumulative, rng.random() * self._total)]


@dataclass
class DemoContext:
    """The generation's shared state; each step reads what earlier steps added."""

    rng: random.Random
    today: date
    writer: BulkWriter
    office_ids: dict[str, int] = field(default_factory=dict)
    role_ids: dict[str, int] = field(default_factory=dict)
    people: list[DemoPerson] = field(default_factory=list)
    by_office: dict[str, list[DemoPerson]] = field(default_factory=dict)
    skill_ids: dict[str, int] = field(default_factory=dict)
    key_skills: list[str] = field(default_factory=list)
    expiring_skill_ids: set[int] = field(default_factory=set)
    # role name -> (skill, expected level), the starter catalogue's expectations plus the demo's own
    role_skills: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    # skill id -> office code -> people whose latest level is 3 or 4 (possible session hosts)
    teachers: dict[int, dict[str, list[DemoPerson]]] = field(default_factory=dict)
    # (person id, skill id) -> open learning need, so attendance can say which need it serves
    open_needs: dict[tuple[int, int], int] = field(default_factory=dict)
    community_ids: dict[str, int] = field(default_factory=dict)
    # office code -> [(session day, session id)] in time order, for resources tied to sessions
    sessions_by_office: dict[str, list[tuple[date, int]]] = field(default_factory=dict)

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def day_between(self, start: date, end: date) -> date:
        """A random day in [start, end]; `start` when the range is empty."""
        span = (end - start).days
        return start + timedelta(days=self.rng.randint(0, span)) if span > 0 else start

    def at(self, day: date, hour: int = 9, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=UTC)

    def active_in(self, office: str, day: date, wanted: int, exclude: set[int] | None = None) -> list[DemoPerson]:
        """Up to `wanted` distinct people of `office` active on `day`, found by sampling (fast at 50,000)."""
        pool = self.by_office.get(office, [])
        found: dict[int, DemoPerson] = {}
        for _ in range(wanted * 4):
            if len(found) >= wanted or not pool:
                break
            person = pool[self.rng.randrange(len(pool))]
            if person.active_on(day) and (exclude is None or person.id not in exclude):
                found[person.id] = person
        return list(found.values())
