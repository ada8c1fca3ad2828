"""Early warning against the "damp squib": participation or sessions fading, or no new resources.

Quarters here are rolling three-month windows ending on `today`: Q-1 = (today − 3 months, today],
Q-2 = the three months before, Q-3 the three before that. Calendar quarters would only see a fade
that began last quarter once two whole quarters had passed, up to six months late.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from learnorg_desktop.models import Office, Resource
from learnorg_desktop.services import indicator_series as series
from learnorg_desktop.services.indicator_participation import participation
from learnorg_desktop.services.session_calendar import day_start

QUARTERS = 3  # two consecutive falls need three figures
QUIET_MONTHS = 3
# A "fall" is a drop of at least 5 % from one quarter to the next: noise of a few sessions is no trend.
MIN_FALL = 0.05


class WarningKind(StrEnum):
    PARTICIPATION_FALLING = "participation_falling"
    SESSIONS_FALLING = "sessions_falling"
    NO_NEW_RESOURCES = "no_new_resources"


class WarningAction(StrEnum):
    """What the dashboard suggests; the GUI words it."""

    REACH_OUT_TO_PEOPLE = "reach_out_to_people"
    PLAN_SESSIONS = "plan_sessions"
    CALL_FOR_RESOURCES = "call_for_resources"


_ACTIONS = {
    WarningKind.PARTICIPATION_FALLING: WarningAction.REACH_OUT_TO_PEOPLE,
    WarningKind.SESSIONS_FALLING: WarningAction.PLAN_SESSIONS,
    WarningKind.NO_NEW_RESOURCES: WarningAction.CALL_FOR_RESOURCES,
}


@dataclass(frozen=True)
class EarlyWarning:
    """One warning for one office (office_code None: the whole organisation).

    For a falling trend, `figures` are Q-3, Q-2, Q-1 (participation as a share 0–1, sessions as counts)
    and `period_ends` their last days. For missing resources, `figures` is empty and `last_resource_on`
    is the day the latest resource was added (None: never).
    """

    kind: WarningKind
    office_id: int | None
    office_code: str | None
    figures: tuple[float, ...]
    period_ends: tuple[date, ...]
    last_resource_on: date | None
    action: WarningAction


@dataclass(frozen=True)
class _Scope:
    office_id: int | None
    office_code: str | None

    @property
    def whole(self) -> bool:
        return self.office_id is None

    def count(self, counts: series.Counts, idx: int) -> int:
        return series.total(counts, idx, self.office_id, whole=self.whole)


def quarter_windows(today: date) -> list[series.Bucket]:
    """Q-3, Q-2, Q-1 (oldest first) as inclusive day ranges."""
    ends = [series.add_months(today, -3 * k) for k in range(QUARTERS - 1, -1, -1)]
    return [series.Bucket(series.add_months(e, -3) + timedelta(days=1), e) for e in ends]


def falling(values: Sequence[float | None]) -> bool:
    """Two consecutive falls of at least MIN_FALL each: Q-2 < Q-3 and Q-1 < Q-2 (never while a figure is n/a)."""
    known = [v for v in values if v is not None]
    return len(known) == len(values) and all(
        b <= a * (1 - MIN_FALL) and b < a for a, b in pairwise(known))


def _scopes(session: Session, office_id: int | None) -> list[_Scope]:
    stmt = select(Office.id, Office.code).where(Office.deleted.is_(False)).order_by(Office.code)
    if office_id is not None:
        return [_Scope(i, c) for i, c in session.execute(stmt.where(Office.id == office_id))]
    return [_Scope(None, None), *(_Scope(i, c) for i, c in session.execute(stmt))]


def _last_resources(session: Session) -> dict[int | None, datetime]:
    stmt = select(Resource.office_id, func.max(Resource.created_at)).where(Resource.deleted.is_(False)).group_by(
        Resource.office_id)
    return {office: when for office, when in session.execute(stmt)}


def _trend(kind: WarningKind, scope: _Scope, values: Sequence[float | None],
           windows: list[series.Bucket]) -> list[EarlyWarning]:
    if not falling(values):
        return []
    figures = tuple(v for v in values if v is not None)
    return [EarlyWarning(kind, scope.office_id, scope.office_code, figures, tuple(w.last for w in windows), None,
                         _ACTIONS[kind])]


def _quiet(scope: _Scope, last: dict[int | None, datetime], active: int, today: date) -> list[EarlyWarning]:
    """No resource added in the last three months by an office that has active people."""
    stamps = list(last.values()) if scope.whole else [last[scope.office_id]] if scope.office_id in last else []
    latest = max(stamps, default=None)
    since = day_start(series.add_months(today, -QUIET_MONTHS) + timedelta(days=1))
    if active == 0 or (latest is not None and latest >= since):
        return []
    kind = WarningKind.NO_NEW_RESOURCES
    return [EarlyWarning(kind, scope.office_id, scope.office_code, (), (), latest.date() if latest else None,
                         _ACTIONS[kind])]


def warnings(session: Session, today: date, office_id: int | None = None) -> list[EarlyWarning]:
    """The warnings of one office, or of the whole organisation then of each office (by code)."""
    windows = quarter_windows(today)
    held = series.held_sessions(session, windows)
    heads, present = participation(session, [w.last for w in windows])
    last = _last_resources(session)
    found: list[EarlyWarning] = []
    for scope in _scopes(session, office_id):
        rates = [_rate(scope.count(present, i), scope.count(heads, i)) for i in range(QUARTERS)]
        found += _trend(WarningKind.PARTICIPATION_FALLING, scope, rates, windows)
        found += _trend(WarningKind.SESSIONS_FALLING, scope, [scope.count(held, i) for i in range(QUARTERS)], windows)
        found += _quiet(scope, last, scope.count(heads, QUARTERS - 1), today)
    return found


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None
