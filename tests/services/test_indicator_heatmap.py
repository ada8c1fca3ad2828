"""Held sessions per office and month (the dashboard heatmap), against the hand-made fixture of indicators_data."""

from __future__ import annotations

from datetime import date

import pytest

from learnorg_desktop.enums import SessionFormat, SessionStatus
from learnorg_desktop.models import KnowledgeSession
from learnorg_desktop.services import indicators
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.indicator_heatmap import sessions_by_office
from learnorg_desktop.storage.database import Database
from tests.services import indicators_data as data
from tests.services.indicators_data import END, START, at


@pytest.fixture
def org(db: Database) -> Database:
    with db.transaction() as session:
        data.build(session)
    return db


def test_one_line_per_office_one_count_per_month(org: Database) -> None:
    with org.read() as session:
        grid = sessions_by_office(session, START, END)
    assert grid.months == tuple(date(2026, m, 1) for m in range(1, 7))
    # Held: s1 HQ 15/01, s2 HQ 10/03, s6 HQ 30/06 23:30 UTC (a June day); s3 LYON 20/05. s5 (LYON, December)
    # is before the period, s4 is cancelled, s7 deleted. LILLE has no session but keeps its (empty) line.
    assert [(o.office_code, o.counts) for o in grid.offices] == [
        ("HQ", (1, 0, 1, 0, 0, 1)), ("LILLE", (0,) * 6), ("LYON", (0, 0, 0, 0, 1, 0))]
    assert grid.total == 4
    assert grid.offices[0].office_name == "Siège"


def test_matches_the_indicators_sessions_per_month(org: Database) -> None:
    with org.read() as session:
        grid = sessions_by_office(session, date(2025, 12, 15), END)
        whole = indicators.compute(session, office_id=None, start=date(2025, 12, 15), end=END, today=END)
    assert [sum(column) for column in zip(*(o.counts for o in grid.offices), strict=True)] == [
        m.count for m in whole.sessions_held]


def test_sessions_without_office_get_their_own_line(org: Database) -> None:
    with org.transaction() as session:
        session.add(KnowledgeSession(title="Sans antenne", format=SessionFormat.WORKSHOP, status=SessionStatus.HELD,
                                     starts_at=at(date(2026, 2, 3)), office_id=None))
    with org.read() as session:
        grid = sessions_by_office(session, START, END)
    assert (grid.offices[-1].office_id, grid.offices[-1].counts) == (None, (0, 1, 0, 0, 0, 0))


def test_refuses_a_period_ending_before_it_starts(org: Database) -> None:
    with org.read() as session, pytest.raises(ValidationError):
        sessions_by_office(session, END, START)
