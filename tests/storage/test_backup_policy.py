"""The retention policy keeps about a year of history whatever the backup pattern."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from learnorg_desktop.storage.backup_policy import RetentionPolicy, to_keep

START = datetime(2025, 1, 1, tzinfo=UTC)
times = st.lists(st.integers(min_value=0, max_value=800 * 24 * 60), min_size=1, max_size=300, unique=True).map(
    lambda minutes: [START + timedelta(minutes=m) for m in minutes])


def test_daily_backups_over_two_years_thin_to_about_thirty() -> None:
    days = [START + timedelta(days=d, hours=9) for d in range(730)]
    kept = to_keep(days, RetentionPolicy())
    assert len(kept) <= 12 + 10 + 9 + 3
    newest = max(days)
    assert all(newest - timedelta(days=11) <= d for d in sorted(kept, reverse=True)[:12])
    assert min(kept) >= newest - timedelta(days=9 * 31 + 31)  # about nine months back, no more


@settings(max_examples=60, deadline=None)
@given(times)
def test_the_newest_is_always_kept_and_the_count_is_bounded(moments: list[datetime]) -> None:
    policy = RetentionPolicy()
    kept = to_keep(moments, policy)
    assert max(moments) in kept
    assert kept <= set(moments)
    assert len(kept) <= policy.daily + policy.weekly + policy.monthly + policy.latest


@settings(max_examples=60, deadline=None)
@given(times)
def test_thinning_twice_changes_nothing(moments: list[datetime]) -> None:
    policy = RetentionPolicy()
    kept = to_keep(moments, policy)
    assert to_keep(sorted(kept), policy) == kept
