"""Time series behind the dashboards and the early warning: one aggregate query per series.

Monthly counts join the data to the buckets sent as a small inline table (a UNION of literal rows), so
SQL handles every bucket at once instead of the code running one query per month; participation lives
in indicator_participation. Counts come back per (bucket, office) so one query serves the whole
organisation and each office.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Date, Integer, Select, Subquery, case, func, literal, select, union_all
from sqlalchemy.orm import Session

from learnorg_desktop.enums import SessionStatus
from learnorg_desktop.models import KnowledgeSession, Resource
from learnorg_desktop.services.session_calendar import day_start
from learnorg_desktop.storage.types import UTCDateTime

# Participation looks back over the 90 days ending on the day it is measured (that day included).
PARTICIPATION_DAYS = 90


@dataclass(frozen=True)
class Bucket:
    """Inclusive calendar days [first, last]; `last` is also the day a headcount is taken."""

    first: date
    last: date


# (bucket index, office id) -> a count; office None gathers people, sessions or resources without one.
Counts = dict[tuple[int, int | None], int]


def add_months(day: date, months: int) -> date:
    """The same day `months` later (earlier when negative), clamped to the month's end (31 Mar - 1 -> 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def month_buckets(start: date, end: date) -> list[Bucket]:
    """Each calendar month touching [start, end], cut to the period (first and last months may be partial)."""
    buckets, first = [], start
    while first <= end:
        month_end = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
        buckets.append(Bucket(first, min(month_end, end)))
        first = month_end + timedelta(days=1)
    return buckets


def _bucket_table(buckets: Sequence[Bucket]) -> Subquery:
    """The buckets as rows (idx, last, lo, hi): [lo, hi) are the UTC instants of the days first..last."""
    rows = [
        select(literal(i, Integer).label("idx"), literal(b.last, Date).label("last"),
               literal(day_start(b.first), UTCDateTime()).label("lo"),
               literal(day_start(b.last + timedelta(days=1)), UTCDateTime()).label("hi"))
        for i, b in enumerate(buckets)
    ]
    return (rows[0] if len(rows) == 1 else union_all(*rows)).subquery("buckets")


def _scoped(stmt: Select[*tuple[Any, ...]], office_column: Any, office_id: int | None) -> Select[*tuple[Any, ...]]:
    return stmt if office_id is None else stmt.where(office_column == office_id)


def _counts(session: Session, stmt: Select[*tuple[Any, ...]]) -> Counts:
    return {(int(idx), office): int(n) for idx, office, n in session.execute(stmt)}


def held_sessions(session: Session, buckets: Sequence[Bucket], office_id: int | None = None) -> Counts:
    """Held (not cancelled, not planned) sessions starting in each bucket, by the session's office."""
    if not buckets:
        return {}
    b = _bucket_table(buckets)
    stmt = (
        select(b.c.idx, KnowledgeSession.office_id, func.count(KnowledgeSession.id))
        .select_from(b)
        .join(KnowledgeSession, (KnowledgeSession.starts_at >= b.c.lo) & (KnowledgeSession.starts_at < b.c.hi))
        .where(KnowledgeSession.deleted.is_(False), KnowledgeSession.status == SessionStatus.HELD)
        .group_by(b.c.idx, KnowledgeSession.office_id)
    )
    return _counts(session, _scoped(stmt, KnowledgeSession.office_id, office_id))


def resources_added(session: Session, buckets: Sequence[Bucket], office_id: int | None = None) -> Counts:
    """Resources (not deleted) created in each bucket, by the resource's office."""
    if not buckets:
        return {}
    b = _bucket_table(buckets)
    stmt = (
        select(b.c.idx, Resource.office_id, func.count(Resource.id))
        .select_from(b)
        .join(Resource, (Resource.created_at >= b.c.lo) & (Resource.created_at < b.c.hi))
        .where(Resource.deleted.is_(False))
        .group_by(b.c.idx, Resource.office_id)
    )
    return _counts(session, _scoped(stmt, Resource.office_id, office_id))


def participation_buckets(days: Sequence[date]) -> list[Bucket]:
    """For each measuring day, the 90 days ending on it."""
    return [Bucket(d - timedelta(days=PARTICIPATION_DAYS - 1), d) for d in days]


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows meet the condition (0, not NULL, when none)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def total(counts: Counts, idx: int, office_id: int | None = None, *, whole: bool = True) -> int:
    """The count of one bucket: for one office, or summed over all offices when `whole`."""
    if whole:
        return sum(n for (i, _office), n in counts.items() if i == idx)
    return counts.get((idx, office_id), 0)


def by_bucket(counts: Counts, size: int) -> list[int]:
    """Counts summed over offices, one per bucket (zero where nothing was counted)."""
    sums: dict[int, int] = defaultdict(int)
    for (idx, _office), n in counts.items():
        sums[idx] += n
    return [sums[i] for i in range(size)]
