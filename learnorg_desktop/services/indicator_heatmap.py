"""Sessions held per office and per month over a period: the data of the global dashboard's heatmap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.models import Office
from learnorg_desktop.services import indicator_series as series
from learnorg_desktop.services.errors import ValidationError


@dataclass(frozen=True)
class OfficeMonths:
    """One office's counts, one per month of the grid (office_id None: sessions without an office)."""

    office_id: int | None
    office_code: str | None
    office_name: str | None
    counts: tuple[int, ...]


@dataclass(frozen=True)
class OfficeMonthGrid:
    """Held sessions per office (by code) and calendar month touching the period (first day of each month)."""

    months: tuple[date, ...]
    offices: tuple[OfficeMonths, ...]

    @property
    def total(self) -> int:
        return sum(sum(o.counts) for o in self.offices)


def sessions_by_office(session: Session, start: date, end: date) -> OfficeMonthGrid:
    """Held sessions starting in each month of start..end (first and last months cut), for every office.

    Every office that is not deleted has a line, even with no session (an empty line is the point of
    the heatmap); sessions without an office get a last line only when there are some.
    """
    if end < start:
        raise ValidationError("end", "the period ends before it starts", code="ends_before_start")
    buckets = series.month_buckets(start, end)
    counts = series.held_sessions(session, buckets)  # one aggregate query, by (month, office)
    offices = session.execute(
        select(Office.id, Office.code, Office.name).where(Office.deleted.is_(False)).order_by(Office.code)).all()
    lines = [OfficeMonths(oid, code, name, _line(counts, oid, len(buckets))) for oid, code, name in offices]
    homeless = _line(counts, None, len(buckets))
    if any(homeless):
        lines.append(OfficeMonths(None, None, None, homeless))
    return OfficeMonthGrid(tuple(b.first.replace(day=1) for b in buckets), tuple(lines))


def _line(counts: series.Counts, office_id: int | None, size: int) -> tuple[int, ...]:
    return tuple(counts.get((i, office_id), 0) for i in range(size))
