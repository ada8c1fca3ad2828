"""Participation (active people, participants per day and office) against a naive count on random small data.

indicator_participation works on ranges of sorted days and per-person bit masks of time segments; the
reference below applies the definition (docs/indicators.md) person by person and day by day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from learnorg_desktop.enums import PersonKind, SessionFormat, SessionStatus
from learnorg_desktop.models import KnowledgeSession, Person, SessionAttendance
from learnorg_desktop.services import organisation
from learnorg_desktop.services.indicator_participation import DAYS_PER_STATEMENT, participation
from learnorg_desktop.services.indicator_series import Counts
from learnorg_desktop.storage.database import Database

BASE = date(2026, 1, 1)
OFFICES = ("HQ", "LYON", None)  # None: a person without an office


@dataclass(frozen=True)
class _Person:
    office: str | None
    arrival: date | None
    departure: date | None  # may come before the arrival: the rule must still hold
    deleted: bool


@dataclass(frozen=True)
class _Attendance:
    person: int  # index in the people list
    attended: bool
    deleted: bool


@dataclass(frozen=True)
class _Session:
    starts_at: datetime
    status: SessionStatus
    deleted: bool
    attendance: tuple[_Attendance, ...]


def _day(offset: int) -> date:
    return BASE + timedelta(days=offset)


_DATES = st.integers(-120, 120).map(_day)
_RARELY = st.sampled_from([False, False, False, True])  # deleted rows, absences: present but not the rule
_PEOPLE = st.lists(st.builds(_Person, st.sampled_from(OFFICES), st.none() | _DATES, st.none() | _DATES, _RARELY),
                   min_size=1, max_size=7)
_STATUSES = st.sampled_from([SessionStatus.HELD, SessionStatus.HELD, SessionStatus.PLANNED, SessionStatus.CANCELLED])
# Minutes around midnight matter: a window opens at 00:00 UTC on its first day and closes before the next one.
_MINUTES = st.sampled_from([0, 1, 14 * 60, 23 * 60 + 59])


def _instants(days: list[date]) -> st.SearchStrategy[datetime]:
    """Mostly near a measuring day (its window is its 90 days up to it), sometimes just outside."""
    near = st.tuples(st.sampled_from(days), st.integers(-92, 2), _MINUTES)
    return near.map(lambda t: datetime.combine(t[0] + timedelta(days=t[1]), datetime.min.time(), tzinfo=UTC)
                    + timedelta(minutes=t[2]))


def _sessions(size: int, days: list[date]) -> st.SearchStrategy[list[_Session]]:
    attendance = st.builds(_Attendance, st.integers(0, size - 1), _RARELY.map(lambda absent: not absent), _RARELY)
    return st.lists(st.builds(_Session, _instants(days), _STATUSES, _RARELY,
                              st.lists(attendance, max_size=5).map(tuple)), max_size=8)


@st.composite
def _plans(draw: st.DrawFn) -> tuple[list[_Person], list[_Session], list[date], str | None]:
    people = draw(_PEOPLE)
    days = draw(st.lists(_DATES, min_size=1, max_size=8))
    return people, draw(_sessions(len(people), days)), days, draw(st.sampled_from(["HQ", "LYON", None]))


def _store(session: Session, people: list[_Person], sessions: list[_Session]) -> tuple[dict[str | None, int | None],
                                                                                        list[int]]:
    offices: dict[str | None, int | None] = {o.code: o.id for o in organisation.list_offices(session)}
    offices[None] = None
    ids = []
    for i, p in enumerate(people):
        row = Person(kind=PersonKind.VOLUNTEER, last_name=f"P{i}", office_id=offices[p.office],
                     arrival_date=p.arrival, departure_date=p.departure, deleted=p.deleted)
        session.add(row)
        session.flush()
        ids.append(row.id)
    for s in sessions:
        held = KnowledgeSession(title="S", format=SessionFormat.WORKSHOP, status=s.status, starts_at=s.starts_at,
                                office_id=offices["HQ"], deleted=s.deleted)
        session.add(held)
        session.flush()
        session.add_all(SessionAttendance(session_id=held.id, person_id=ids[a.person], attended=a.attended,
                                          deleted=a.deleted) for a in s.attendance)
    session.flush()
    return offices, ids


def _reference(people: list[_Person], sessions: list[_Session], days: list[date], offices: dict[str | None, int | None],
               office: str | None) -> tuple[Counts, Counts]:
    """The definition, one person and one day at a time."""
    heads: Counts = {}
    present: Counts = {}
    for index, p in enumerate(people):
        if p.deleted or (office is not None and p.office != office):
            continue
        key_office = offices[p.office]
        for i, day in enumerate(days):
            heads.setdefault((i, key_office), 0)
            present.setdefault((i, key_office), 0)
            if (p.arrival is not None and p.arrival > day) or (p.departure is not None and p.departure <= day):
                continue
            heads[(i, key_office)] += 1
            opens = datetime.combine(day - timedelta(days=89), datetime.min.time(), tzinfo=UTC)
            closes = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
            came = any(s.status is SessionStatus.HELD and not s.deleted and opens <= s.starts_at < closes
                       and any(a.person == index and a.attended and not a.deleted for a in s.attendance)
                       for s in sessions)
            present[(i, key_office)] += came
    return heads, present


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=_plans())
def test_participation_matches_the_definition(db: Database, plan: tuple[list[_Person], list[_Session],
                                                                        list[date], str | None]) -> None:
    people, sessions, days, office = plan
    with db.factory() as session, session.begin():  # rolled back: every example starts empty
        offices, _ids = _store(session, people, sessions)
        found = participation(session, days, offices[office])
        session.rollback()
    assert found == _reference(people, sessions, days, offices, office)


def test_long_series_run_in_several_statements(db: Database) -> None:
    """More days than one statement's mask holds: the chunks must add up like one pass."""
    days = [_day(7 * k) for k in range(-DAYS_PER_STATEMENT, DAYS_PER_STATEMENT + 5)][::-1]  # unsorted on purpose
    people = [_Person("HQ", _day(-150), None, False), _Person("LYON", None, _day(60), False),
              _Person(None, _day(30), _day(10), False)]
    attend = (_Attendance(0, True, False), _Attendance(1, True, False), _Attendance(2, True, False))
    sessions = [_Session(datetime.combine(_day(k), datetime.min.time(), tzinfo=UTC) + timedelta(hours=23, minutes=59),
                         SessionStatus.HELD, False, attend) for k in (-190, -120, -3, 44, 150)]
    with db.factory() as session, session.begin():
        offices, _ids = _store(session, people, sessions)
        found = participation(session, days)
        session.rollback()
    expected = _reference(people, sessions, days, offices, None)
    assert found == expected
    assert sum(expected[1].values()) > 0  # the fixture does meet the windows


def test_no_day_no_figure(db: Database) -> None:
    with db.read() as session:
        assert participation(session, []) == ({}, {})
