"""Dashboard indicators and early warnings against values counted by hand (tests/services/indicators_data.py)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Select, select

from learnorg_desktop.enums import PersonKind, ResourceKind, SessionFormat, SessionStatus
from learnorg_desktop.models import KnowledgeSession, Office, Resource, SessionAttendance
from learnorg_desktop.services import indicators
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.indicator_series import add_months, month_buckets
from learnorg_desktop.services.indicator_warnings import falling, quarter_windows
from learnorg_desktop.services.indicators import EarlyWarning, Indicators, WarningAction, WarningKind
from learnorg_desktop.storage.database import Database
from tests.services import indicators_data as data
from tests.services.indicators_data import END, START, Ids, at
from tests.services.skills_data import person

V, S, P = PersonKind.VOLUNTEER, PersonKind.STAFF, PersonKind.PARTNER


@pytest.fixture
def org(db: Database) -> tuple[Database, Ids]:
    with db.transaction() as session:
        ids = data.build(session)
    return db, ids


def _compute(db: Database, office_id: int | None = None) -> Indicators:
    with db.read() as session:
        return indicators.compute(session, office_id=office_id, start=START, end=END, today=END)


def test_people_and_turnover(org: tuple[Database, Ids]) -> None:
    ind = _compute(org[0])
    # Active on June 30th: h1 V, h3 S, h6 V (no dates), l1 V, l3 S. h5 arrives in July, l2 leaves on the 30th,
    # d1 is deleted. Arrivals in the period: h3, l3 (staff). Departures: h2 (31/03), l2 (30/06).
    assert [(k.kind, k.active, k.arrivals, k.departures) for k in ind.people] == [
        (V, 3, 0, 2), (S, 2, 2, 0), (P, 0, 0, 0)]
    assert ind.active == 5
    t = ind.turnover
    # Window (2025-06-30, 2026-06-30]. Headcount on 2025-06-30: h1 h2 h4 h6 l1 l2 = 6 (l5 left that day);
    # on 2026-06-30: 5. Departures in the window: h2, h4, l2 = 3 (l5 on the opening day is outside).
    assert (t.window_start, t.headcount_start, t.headcount_end, t.departures) == (date(2025, 6, 30), 6, 5, 3)
    assert t.rate == pytest.approx(3 / 5.5)
    # Stays: h2 2024-03-01 -> 2026-03-31 = 760 days, h4 2019-05-01 -> 2025-09-30 = 2344, l2 = 545: median 760.
    assert t.median_stay_days == 760.0


def test_onboarding_needs_and_skills(org: tuple[Database, Ids]) -> None:
    ind = _compute(org[0])
    o = ind.onboarding
    # Started by June 30th: h3 (done in 14 days) and l3 (item due 10/04 not done); h5 starts in July.
    assert (o.checklists, o.completed, o.median_days_to_complete, o.overdue_items) == (2, 1, 14.0, 1)
    assert o.completion_rate == 0.5
    # Opened in the period: l1's, LYON's collective one, h3's, h6's = 4 (h1's opened in 2025; deleted one ignored).
    # Met in the period: h1's (closed 01/02); LYON's was met on 02/07. Open now: l1's (open), h6's (planned).
    assert ind.needs == indicators.NeedFigures(opened=4, met=1, open_now=2)
    # K (2 holders at level 3): h1 3, h3 4, l3 3, l1 4 -> 4 holders, reached. K2 (3 at level 2): h6 only.
    coverage = {k.skill: (k.holders, k.reached) for k in ind.skills.key_skills}
    assert coverage == {"K": (4, True), "K2": (1, False)}
    assert ind.skills.coverage == 0.5
    assert ind.skills.single_holder_skills == 1  # K2, held by h6 alone


def test_sessions_participation_and_resources(org: tuple[Database, Ids]) -> None:
    ind = _compute(org[0])
    months = [date(2026, m, 1) for m in range(1, 7)]
    # Held: s1 (Jan), s2 (Mar), s3 (May), s6 (30 June 23:30 UTC). s4 cancelled, s7 deleted, s5 in 2025.
    assert [(m.month, m.count) for m in ind.sessions_held] == list(zip(months, [1, 0, 1, 0, 1, 1], strict=True))
    # Each month end, 90 days back (day included). Active / participants:
    # 31/01 [03/11..31/01]: h1 h2 h6 l1 l2 = 5; s5 l1, s1 h1 h2 -> 3
    # 28/02 [01/12..28/02]: + h3 = 6; same three -> 3
    # 31/03 [01/01..31/03]: h2 left on the 31st -> 5; s1 h1 (h2 gone), s2 h1 l1 -> 2
    # 30/04 [31/01..30/04]: + l3 = 6; s2 h1 l1 -> 2
    # 31/05 [03/03..31/05]: 6; s2 h1 l1, s3 l1 l3 h3 -> 4
    # 30/06 [02/04..30/06]: l2 left on the 30th -> 5; s3 l1 l3 h3, s6 h1 -> 4
    series = [(p.on, p.active, p.participants) for p in ind.participation_series]
    assert series == [(date(2026, 1, 31), 5, 3), (date(2026, 2, 28), 6, 3), (date(2026, 3, 31), 5, 2),
                      (date(2026, 4, 30), 6, 2), (date(2026, 5, 31), 6, 4), (END, 5, 4)]
    assert ind.participation.rate == 0.8  # 4 / 5
    # Resources: 05/01 and 20/01 (HQ), 15/03 (LYON), 30/06 23:00 (HQ); the deleted one and 31/12/2025 are out.
    assert [m.count for m in ind.resources_added] == [2, 0, 1, 0, 0, 1]


def test_reaction_learning_and_behaviour(org: tuple[Database, Ids]) -> None:
    ind = _compute(org[0])
    # Feedback given in the period: (4,5) (2,3) (5,4) (3,2) (5,4); the 2025 one and the deleted one are out.
    # Usefulness (4+2+5+3+5)/5 = 3.8, quality (5+3+4+2+4)/5 = 3.6.
    assert ind.satisfaction.answers == 5
    assert ind.satisfaction.usefulness == pytest.approx(3.8)
    assert ind.satisfaction.quality == pytest.approx(3.6)
    # Learning gain, session assessments in the period against the level just before:
    # h1 3-1 = +2 (the deleted 0 is no baseline), h2 2-2 = 0, l3 3-2 = +1, h3 4-1 = +3 (same day, later id);
    # l1 on X has no earlier level. Mean (2+0+1+3)/4 = 1.5.
    assert ind.learning_gain == indicators.LearningGain(assessments=4, without_baseline=1, mean_change=1.5)
    # Follow-ups answered in the period: h1 yes, h2 no (01/03), l1 yes (01/05), l1 yes on s5 (01/02);
    # h3's answer of 05/07 is after the period, l3 has none. 3 / 4.
    assert (ind.application.answered, ind.application.applied, ind.application.rate) == (4, 3, 0.75)


def test_office_filter(org: tuple[Database, Ids]) -> None:
    db, ids = org
    hq = _compute(db, ids.offices["HQ"])
    assert hq.office_code == "HQ"
    assert [(k.active, k.arrivals, k.departures) for k in hq.people] == [(2, 0, 1), (1, 1, 0), (0, 0, 0)]
    # Headcounts h1 h2 h4 h6 = 4 then h1 h3 h6 = 3; departures h2, h4: 2 / 3.5. Median of 760 and 2344.
    assert (hq.turnover.headcount_start, hq.turnover.headcount_end, hq.turnover.departures) == (4, 3, 2)
    assert hq.turnover.rate == pytest.approx(2 / 3.5)
    assert hq.turnover.median_stay_days == 1552.0
    assert (hq.onboarding.checklists, hq.onboarding.completed, hq.onboarding.overdue_items) == (1, 1, 0)
    assert hq.needs == indicators.NeedFigures(opened=2, met=1, open_now=1)  # h3's, h6's / h1's / h6's
    assert {k.skill: k.holders for k in hq.skills.key_skills} == {"K": 2, "K2": 1}  # h1 h3 / h6
    assert hq.skills.single_holder_skills == 1
    assert [m.count for m in hq.sessions_held] == [1, 0, 1, 0, 0, 1]
    # HQ people: 31/01 h1 h2 h6 -> 2/3; 28/02 + h3 -> 2/4; 31/03 1/3; 30/04 1/3; 31/05 h1 h3 2/3; 30/06 h3 h1 2/3.
    assert [(p.active, p.participants) for p in hq.participation_series] == [
        (3, 2), (4, 2), (3, 1), (3, 1), (3, 2), (3, 2)]
    # Feedback on HQ sessions (s1, s2): usefulness (4+2+5)/3, quality (5+3+4)/3; applied 2 of 3.
    assert hq.satisfaction.usefulness == pytest.approx(11 / 3)
    assert hq.satisfaction.quality == pytest.approx(4.0)
    assert (hq.application.answered, hq.application.applied) == (3, 2)
    # HQ people's gains: h1 +2, h2 0, h3 +3.
    assert hq.learning_gain == indicators.LearningGain(3, 0, pytest.approx(5 / 3))
    assert [m.count for m in hq.resources_added] == [2, 0, 0, 0, 0, 1]
    lyon = _compute(db, ids.offices["LYON"])
    assert lyon.skills.single_holder_skills == 0
    assert lyon.learning_gain == indicators.LearningGain(1, 1, 1.0)
    assert (lyon.application.answered, lyon.application.rate) == (1, 1.0)  # s5 is a LYON session


def test_empty_database_gives_n_a(db: Database) -> None:
    ind = _compute(db)
    assert ind.active == 0
    assert ind.turnover.rate is None and ind.turnover.median_stay_days is None
    assert ind.onboarding.completion_rate is None
    assert ind.skills.coverage is None
    assert ind.participation.rate is None
    assert all(m.count == 0 for m in ind.sessions_held + ind.resources_added)
    assert ind.satisfaction == indicators.Satisfaction(0, None, None)
    assert ind.learning_gain == indicators.LearningGain(0, 0, None)
    assert ind.application.rate is None
    with db.read() as session:
        assert indicators.warnings(session, END) == []


def test_period_is_checked(db: Database) -> None:
    with db.read() as session, pytest.raises(ValidationError):
        indicators.compute(session, office_id=None, start=END, end=START, today=END)


def test_period_helpers() -> None:
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), -12) == date(2023, 2, 28)
    assert [(b.first, b.last) for b in month_buckets(date(2026, 1, 20), date(2026, 3, 5))] == [
        (date(2026, 1, 20), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 5))]
    # before 30/06/2026.
    assert [(w.first, w.last) for w in quarter_windows(END)] == [
        (date(2025, 10, 1), date(2025, 12, 30)), (date(2025, 12, 31), date(2026, 3, 30)),
        (date(2026, 3, 31), date(2026, 6, 30))]
    assert falling([1.0, 0.5, 0.25])
    assert not falling([100, 98, 96])  # 2 % drops are noise
    assert not falling([1.0, None, 0.2])
    assert not falling([0.5, 0.4, 0.4])


@pytest.fixture
def fading(db: Database) -> Database:
    """LILLE fades (sessions 4, 2, 1; participation 4/4, 2/4, 1/4); LYON holds steady (2 a quarter, both come)."""
    with db.transaction() as session:
        offices = {code: session.scalar(select_office(code)) for code in ("LILLE", "LYON")}
        lille = [person(session, f"p{i}", office="LILLE", arrival=date(2020, 1, 1)) for i in range(4)]
        lyon = [person(session, f"y{i}", office="LYON", arrival=date(2020, 1, 1)) for i in range(2)]
        plan = [("LILLE", date(2025, 10, 15), lille), ("LILLE", date(2025, 11, 1), lille),
                ("LILLE", date(2025, 11, 15), lille), ("LILLE", date(2025, 12, 1), lille),
                ("LILLE", date(2026, 1, 15), lille[:2]), ("LILLE", date(2026, 2, 15), lille[:2]),
                ("LILLE", date(2026, 5, 15), lille[:1])]
        plan += [("LYON", day, lyon) for day in (date(2025, 10, 20), date(2025, 11, 20), date(2026, 1, 20),
                                                  date(2026, 2, 20), date(2026, 4, 20), date(2026, 5, 20))]
        for code, day, attendees in plan:
            row = KnowledgeSession(title="S", format=SessionFormat.WORKSHOP, status=SessionStatus.HELD,
                                   starts_at=at(day), office_id=offices[code])
            session.add(row)
            session.flush()
            session.add_all(SessionAttendance(session_id=row.id, person_id=p, attended=True) for p in attendees)
        for code, day in (("LILLE", date(2026, 2, 15)), ("LYON", date(2026, 5, 1))):
            session.add(Resource(title="R", kind=ResourceKind.LINK, url="https://example.org", created_at=at(day),
                                 office_id=offices[code]))
    return db


def select_office(code: str) -> Select[tuple[int]]:
    return select(Office.id).where(Office.code == code)


def test_warnings_name_the_fading_office(fading: Database) -> None:
    ends = tuple(w.last for w in quarter_windows(END))
    with fading.read() as session:
        found = indicators.warnings(session, END)
        lille_id = session.scalar(select_office("LILLE"))
        lyon_id = session.scalar(select_office("LYON"))
        assert indicators.warnings(session, END, lyon_id) == []  # steady office: nothing
        assert len(indicators.warnings(session, END, lille_id)) == 3
    # Whole organisation: sessions 6, 4, 3 (-33 %, -25 %); participation 6/6, 4/6, 3/6.
    # LILLE: sessions 4, 2, 1; participation 4/4, 2/4, 1/4; last resource 15/02, more than three months ago.
    # HQ has nobody: no warning about resources. LYON added one on 01/05.
    assert found == [
        EarlyWarning(WarningKind.PARTICIPATION_FALLING, None, None, (1.0, 4 / 6, 0.5), ends, None,
                     WarningAction.REACH_OUT_TO_PEOPLE),
        EarlyWarning(WarningKind.SESSIONS_FALLING, None, None, (6, 4, 3), ends, None, WarningAction.PLAN_SESSIONS),
        EarlyWarning(WarningKind.PARTICIPATION_FALLING, lille_id, "LILLE", (1.0, 0.5, 0.25), ends, None,
                     WarningAction.REACH_OUT_TO_PEOPLE),
        EarlyWarning(WarningKind.SESSIONS_FALLING, lille_id, "LILLE", (4, 2, 1), ends, None,
                     WarningAction.PLAN_SESSIONS),
        EarlyWarning(WarningKind.NO_NEW_RESOURCES, lille_id, "LILLE", (), (), date(2026, 2, 15),
                     WarningAction.CALL_FOR_RESOURCES),
    ]
