"""Onboarding indicators for the dashboards: completion rate, median days to complete, overdue items.

Counted over the onboarding checklists (not hand-overs) of people not deleted, started on or before
`today`. A checklist is complete when every item is ticked (its `completed_on` is set).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from statistics import median

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import ChecklistKind
from learnorg_desktop.models import Checklist, ChecklistItem, Office, Person


@dataclass(frozen=True)
class OnboardingIndicators:
    """The figures for one office (office_code None: the whole organisation)."""

    office_code: str | None
    checklists: int
    completed: int
    median_days_to_complete: float | None
    overdue_items: int
    overdue_checklists: int

    @property
    def completion_rate(self) -> float | None:
        """Completed / started checklists, between 0 and 1 (None when there is none)."""
        return self.completed / self.checklists if self.checklists else None


@dataclass
class _Tally:
    checklists: int = 0
    durations: list[int] | None = None
    overdue_items: int = 0
    overdue_checklists: int = 0

    def figures(self, office_code: str | None) -> OnboardingIndicators:
        durations = self.durations or []
        return OnboardingIndicators(
            office_code, self.checklists, len(durations), float(median(durations)) if durations else None,
            self.overdue_items, self.overdue_checklists,
        )


def _rows(session: Session, today: date, office_id: int | None) -> list[tuple[str | None, date, date | None, int]]:
    """(office code, started_on, completed_on, overdue items) per onboarding checklist."""
    late = and_(ChecklistItem.done_at.is_(None), ChecklistItem.due_on < today, ChecklistItem.deleted.is_(False))
    overdue = (select(ChecklistItem.checklist_id.label("cid"), func.sum(case((late, 1), else_=0)).label("n"))
               .group_by(ChecklistItem.checklist_id).subquery())
    stmt = (
        select(Office.code, Checklist.started_on, Checklist.completed_on, func.coalesce(overdue.c.n, 0))
        .join(Person, Person.id == Checklist.person_id)
        .outerjoin(Office, Office.id == Person.office_id)
        .outerjoin(overdue, overdue.c.cid == Checklist.id)
        .where(Checklist.deleted.is_(False), Person.deleted.is_(False),
               Checklist.kind == ChecklistKind.ONBOARDING, Checklist.started_on <= today)
    )
    if office_id is not None:
        stmt = stmt.where(Person.office_id == office_id)
    return [(r[0], r[1], r[2], int(r[3])) for r in session.execute(stmt)]


def _add(tally: _Tally, started: date, completed: date | None, overdue: int) -> None:
    tally.checklists += 1
    if completed is not None:
        tally.durations = [*(tally.durations or []), (completed - started).days]
    elif overdue:  # a completed checklist has nothing overdue by construction
        tally.overdue_items += overdue
        tally.overdue_checklists += 1


def indicators(session: Session, today: date, *, office_id: int | None = None) -> OnboardingIndicators:
    """The figures for the whole organisation, or one office."""
    tally = _Tally()
    for _code, started, completed, overdue in _rows(session, today, office_id):
        _add(tally, started, completed, overdue)
    code = session.scalar(select(Office.code).where(Office.id == office_id)) if office_id is not None else None
    return tally.figures(code)


def indicators_by_office(session: Session, today: date) -> list[OnboardingIndicators]:
    """One entry per office having onboarding checklists (people without an office last)."""
    tallies: dict[str | None, _Tally] = defaultdict(_Tally)
    for code, started, completed, overdue in _rows(session, today, None):
        _add(tallies[code], started, completed, overdue)
    return [tallies[c].figures(c) for c in sorted(tallies, key=lambda c: (c is None, c or ""))]
