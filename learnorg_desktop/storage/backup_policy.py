"""Which automatic backups to keep: the newest of each day, week and month, about a year in all.

A pure function of the backups' times, so it can be tested on any history (and hypothesis does).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RetentionPolicy:
    """How many days, weeks and months keep their newest backup (defaults: 12 daily, 10 weekly, 9 monthly)."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9
    latest: int = 3  # the very newest few are always kept, e.g. several backups on one busy day


def _newest_per(times: Sequence[datetime], key: Callable[[datetime], Hashable], count: int) -> set[datetime]:
    """The newest time in each of the `count` most recent periods that have a backup."""
    kept: dict[Hashable, datetime] = {}
    for moment in sorted(times, reverse=True):
        period = key(moment)
        if period not in kept:
            if len(kept) == count:
                break
            kept[period] = moment
    return set(kept.values())


def to_keep(times: Sequence[datetime], policy: RetentionPolicy) -> set[datetime]:
    """The backup times `policy` keeps; every other one may be deleted."""
    keep = set(sorted(times, reverse=True)[: policy.latest])
    keep |= _newest_per(times, lambda t: t.date(), policy.daily)
    keep |= _newest_per(times, lambda t: t.isocalendar()[:2], policy.weekly)
    keep |= _newest_per(times, lambda t: (t.year, t.month), policy.monthly)
    return keep
