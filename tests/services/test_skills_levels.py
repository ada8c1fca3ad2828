"""Skill levels: history, current level, expiry, interest, batch refusal, and the shared SQL rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from learnorg_desktop.enums import AssessmentSource, PersonStatus
from learnorg_desktop.models import Person
from learnorg_desktop.services import assessments, people
from learnorg_desktop.services.assessments import AssessmentInput
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.holdings import active_person_clause
from learnorg_desktop.services.skill_matrix import MatrixQuery, skill_matrix
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import TODAY, assess, person, skill


def test_history_is_kept_and_the_latest_counts(db: Database) -> None:
    with db.transaction() as session:
        alice = person(session, "Martin", "Alice")
        accueil, compta = skill(session, "Accueil"), skill(session, "Comptabilité")
        assess(session, alice, accueil, 1, date(2025, 1, 1))
        assess(session, alice, accueil, 3, date(2026, 1, 1), source=AssessmentSource.MANAGER)
        assess(session, alice, accueil, 2, date(2025, 6, 1))  # entered late, older: history only
        same_day = [assess(session, alice, compta, lv, date(2026, 2, 1)) for lv in (2, 4)]
        history = assessments.history(session, alice, accueil)
        current = {c.skill: c for c in assessments.current_levels(session, alice, TODAY)}
        assessments.delete_assessment(session, same_day[1])
        after_delete = {c.skill: c.level for c in assessments.current_levels(session, alice, TODAY)}
    assert [h.level for h in history] == [1, 2, 3]
    assert current["Accueil"].level == 3 and current["Accueil"].source is AssessmentSource.MANAGER
    assert current["Comptabilité"].level == 4  # same date: the later entry (higher id) wins
    assert after_delete["Comptabilité"] == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"level": 5}, "level"), ({"level": -1}, "level"), ({"interest": 4}, "interest"),
     ({"source": "friend"}, "source"), ({"valid_until": date(2025, 1, 1)}, "valid_until")],
)
def test_bad_assessment_is_refused(db: Database, changes: dict[str, object], field: str) -> None:
    with db.transaction() as session:
        pid, sid = person(session, "Martin"), skill(session, "Accueil")
    data = AssessmentInput(pid, sid, 2, date(2026, 1, 1))
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        assessments.record_assessment(session, AssessmentInput(**{**data.__dict__, **changes}))  # type: ignore[arg-type]
    assert error.value.field == field


def test_a_bad_row_in_a_batch_writes_nothing(db: Database) -> None:
    with db.transaction() as session:
        pid, sid = person(session, "Martin"), skill(session, "Accueil")
    rows = [AssessmentInput(pid, sid, 2, TODAY), AssessmentInput(pid, sid, 9, TODAY)]
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        assessments.record_assessments(session, rows)
    assert error.value.field == "rows[1].level"
    with pytest.raises(NotFoundError), db.transaction() as session:
        assessments.record_assessments(session, [AssessmentInput(pid, 999, 2, TODAY)])
    with db.read() as session:
        assert assessments.history(session, pid) == []


def test_interest_without_a_level_and_on_the_current_assessment(db: Database) -> None:
    with db.transaction() as session:
        pid, accueil, langues = person(session, "Martin"), skill(session, "Accueil"), skill(session, "Arabe")
        assessments.set_interest(session, pid, langues, interest=3, willing_to_share=False, on_date=TODAY)
        assess(session, pid, accueil, 3)
        assessments.set_interest(session, pid, accueil, interest=1, willing_to_share=True, on_date=TODAY)
        current = {c.skill: c for c in assessments.current_levels(session, pid, TODAY)}
        with pytest.raises(ValidationError):
            assessments.set_interest(session, pid, accueil, interest=7, willing_to_share=True, on_date=TODAY)
    assert (current["Arabe"].level, current["Arabe"].interest) == (0, 3)
    assert current["Accueil"].willing_to_share and current["Accueil"].interest == 1
    assert len(current) == 2


def test_expiring_within_60_days_and_expired_levels(db: Database) -> None:
    with db.transaction() as session:
        first_aid = skill(session, "Premiers secours", expires=True)
        soon, later, gone = person(session, "Soon"), person(session, "Later"), person(session, "Gone")
        left = person(session, "Left", departure=TODAY - timedelta(days=1))
        assess(session, soon, first_aid, 3, valid_until=TODAY + timedelta(days=60))
        assess(session, later, first_aid, 3, valid_until=TODAY + timedelta(days=61))
        assess(session, gone, first_aid, 3, valid_until=TODAY - timedelta(days=1))
        assess(session, left, first_aid, 3, valid_until=TODAY + timedelta(days=5))
        listed = assessments.expiring(session, TODAY)
        with_expired = assessments.expiring(session, TODAY, include_expired=True)
        current = assessments.current_levels(session, gone, TODAY)
    assert [r.person for r in listed] == ["Soon"] and not listed[0].expired
    assert [(r.person, r.expired) for r in with_expired] == [("Gone", True), ("Soon", False)]
    assert current[0].expired


def _dates() -> st.SearchStrategy[date | None]:
    return st.none() | st.dates(min_value=TODAY - timedelta(days=3), max_value=TODAY + timedelta(days=3))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(arrival=_dates(), departure=_dates(), deleted=st.booleans())
def test_active_clause_agrees_with_status_of(db: Database, arrival: date | None, departure: date | None,
                                             deleted: bool) -> None:
    with db.transaction() as session:
        pid = person(session, "Rule")
        record = session.get(Person, pid)
        assert record is not None
        record.arrival_date, record.departure_date, record.deleted = arrival, departure, deleted
        session.flush()
        in_sql = session.scalar(select(Person.id).where(Person.id == pid, active_person_clause(TODAY)))
        session.rollback()
    expected = not deleted and people.status_of(arrival, departure, TODAY) is PersonStatus.ACTIVE
    assert (in_sql is not None) == expected


_entries = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 4), st.integers(0, 5), st.booleans()),
    max_size=25,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=_entries)
def test_matrix_level_is_always_the_latest_assessment(db: Database,
                                                      entries: list[tuple[int, int, int, int, bool]]) -> None:
    """For every (person, skill), the matrix shows the level of the last entry by date then insertion."""
    with db.transaction() as session:
        pids = [person(session, f"P{i}") for i in range(3)]
        sids = [skill(session, f"S{i}") for i in range(3)]
        expected: dict[tuple[int, int], tuple[date, int, int]] = {}
        for order, (p, s, level, days, deleted) in enumerate(entries):
            on = date(2026, 1, 1) + timedelta(days=days)
            aid = assess(session, pids[p], sids[s], level, on)
            if deleted:
                assessments.delete_assessment(session, aid)
                continue
            key = (pids[p], sids[s])
            if key not in expected or (on, order) >= expected[key][:2]:
                expected[key] = (on, order, level)
        matrix = skill_matrix(session, MatrixQuery(), TODAY)
        session.rollback()
    assert dict(matrix.levels) == {k: v[2] for k, v in expected.items()}
