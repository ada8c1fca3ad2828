"""Learning and hosting hours against hand-computed figures, and the rule they must always follow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from learnorg_desktop.enums import PersonKind, SessionFormat, SessionStatus
from learnorg_desktop.services import session_attendance, session_hours, sessions
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import NOW, at, held_session, office, person, planned

MAY, END_OF_MAY = date(2026, 5, 1), date(2026, 5, 31)


def _not_held(session: object, day: date, attendees: list[int], status: SessionStatus | None) -> None:
    sid = planned(session, starts_at=at(day), duration_minutes=60)  # type: ignore[arg-type]
    session_attendance.invite(session, sid, attendees)  # type: ignore[arg-type]
    session_attendance.set_attendance(session, sid, attendees, NOW)  # type: ignore[arg-type]
    if status is not None:
        sessions.set_status(session, sid, status, NOW)  # type: ignore[arg-type]


def test_hours_per_person_and_office(db: Database) -> None:
    with db.transaction() as session:
        ana = person(session, "Ana")                                         # volunteer, HQ
        ben = person(session, "Ben", office="LYON", kind=PersonKind.STAFF)
        carl = person(session, "Carl", office="LYON")                        # volunteer
        held_session(session, [ana, ben], day=date(2026, 5, 10), duration=120, host_ids=(carl,))
        held_session(session, [ana], day=date(2026, 5, 20), duration=180, format=SessionFormat.BLENDED,
                     online_minutes=60, host_ids=(ben,))                     # the online hour counts
        _not_held(session, date(2026, 5, 25), [ana], SessionStatus.CANCELLED)
        _not_held(session, date(2026, 5, 27), [ana], None)                   # never marked held
        held_session(session, [ana], day=date(2026, 4, 30), duration=90)     # before the period
        six = held_session(session, [carl], day=date(2026, 5, 31), duration=60)
        session_attendance.invite(session, six, [ben])                       # invited, did not come
        report = session_hours.hours_report(session, MAY, END_OF_MAY)
        lyon = session_hours.hours_report(session, MAY, END_OF_MAY, office_id=office(session, "LYON"))
    people = {p.person: (p.learning_minutes, p.hosting_minutes, p.sessions_attended, p.sessions_hosted)
              for p in report.people}
    assert people == {"Ana": (300, 0, 2, 0), "Ben": (120, 180, 1, 1), "Carl": (60, 120, 1, 1)}
    offices = {o.office_code: (o.people, o.learning_minutes, o.hosting_minutes, o.volunteer_learning_minutes,
                               o.volunteer_hosting_minutes) for o in report.offices}
    assert offices == {"HQ": (1, 300, 0, 300, 0), "LYON": (2, 180, 300, 60, 120)}
    assert (report.learning_minutes, report.hosting_minutes, report.volunteer_minutes) == (480, 300, 480)
    assert [p.person for p in lyon.people] == ["Ben", "Carl"]
    assert session_hours.hours(report.learning_minutes) == 8.0


def test_period_must_not_end_before_it_starts(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.read() as session:
        session_hours.hours_report(session, END_OF_MAY, MAY)
    assert caught.value.field == "end"


_SESSIONS = st.lists(st.tuples(
    st.integers(1, 600),                                            # duration
    st.sampled_from([SessionStatus.HELD, SessionStatus.HELD, SessionStatus.PLANNED, SessionStatus.CANCELLED]),
    st.integers(0, 45),                                             # days before NOW: some outside May
    st.sets(st.integers(0, 4)),                                     # who attended
    st.one_of(st.none(), st.integers(0, 4)),                        # a host
), max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=_SESSIONS)
def test_total_hours_are_duration_times_attendees_over_held_sessions(
        db: Database, plan: list[tuple[int, SessionStatus, int, set[int], int | None]]) -> None:
    with db.factory() as session, session.begin():  # rolled back: every example starts empty
        people = [person(session, f"P{i}") for i in range(5)]
        expected_learning = expected_hosting = 0
        for duration, status, days_ago, present, host in plan:
            day = NOW.date() - timedelta(days=days_ago)
            attendees = [people[i] for i in sorted(present) if i != host]
            sid = planned(session, starts_at=at(day, 8), duration_minutes=duration,
                          host_ids=() if host is None else (people[host],))
            session_attendance.invite(session, sid, attendees)
            session_attendance.set_attendance(session, sid, attendees, NOW)
            sessions.set_status(session, sid, status, NOW)
            if status is SessionStatus.HELD and MAY <= day <= END_OF_MAY:
                expected_learning += duration * len(attendees)
                expected_hosting += duration * (host is not None)
        report = session_hours.hours_report(session, MAY, END_OF_MAY)
        session.rollback()
    assert report.learning_minutes == expected_learning
    assert report.hosting_minutes == expected_hosting
    assert sum(o.total_minutes for o in report.offices) == expected_learning + expected_hosting
