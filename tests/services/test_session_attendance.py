"""Sessions from a need, invitations (by hand, office, need), capacity and attendance."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from learnorg_desktop.enums import NeedStatus, SessionFormat, SessionStatus
from learnorg_desktop.services import needs, session_attendance, session_calendar, session_planning, sessions
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import NOW, TODAY, assess, at, count_sessions, need, office, person, planned, skill


def _status(session: object, need_id: int) -> NeedStatus:
    return needs.get_need(session, need_id).status  # type: ignore[arg-type]


def test_create_from_need_prefills_hosts_skill_invitees_and_plans_needs(db: Database) -> None:
    with db.transaction() as session:
        accueil, compta = skill(session, "Accueil"), skill(session, "Comptabilité")
        teacher, second = person(session, "Prof", office="LYON"), person(session, "Second")
        assess(session, teacher, accueil, 4, share=True)
        assess(session, second, accueil, 3, share=True)
        ana, ben, carl = person(session, "Ana", office="LYON"), person(session, "Ben"), person(session, "Carl")
        n_ana, n_ben = need(session, ana, accueil), need(session, ben, accueil, target_level=3)
        n_carl = need(session, carl, compta)  # another subject: left alone
        draft = session_planning.draft_from_need(session, n_ana, at(TODAY + timedelta(days=5)), TODAY)
        sid = session_planning.create_from_need(session, n_ana, at(TODAY + timedelta(days=5)), TODAY,
                                                format=SessionFormat.LUNCH_AND_LEARN)
        row = session_calendar.get_row(session, sid)
        listed = session_attendance.list_attendance(session, sid)
        statuses = [_status(session, n) for n in (n_ana, n_ben, n_carl)]
    assert [h.person for h in draft.suggested_hosts] == ["Prof", "Second"]
    assert (row.title, row.format, row.status, row.office_code) == ("Accueil", SessionFormat.LUNCH_AND_LEARN,
                                                                   SessionStatus.PLANNED, "LYON")
    assert (row.skills, row.hosts, row.invited) == (("Accueil",), ("Prof",), 2)
    assert [(a.person, a.need_id, a.need_status) for a in listed] == [
        ("Ana", n_ana, NeedStatus.PLANNED), ("Ben", n_ben, NeedStatus.PLANNED)]
    assert statuses == [NeedStatus.PLANNED, NeedStatus.PLANNED, NeedStatus.OPEN]


def test_create_from_need_is_all_or_nothing(db: Database) -> None:
    with db.transaction() as session:
        accueil = skill(session, "Accueil")
        people = [person(session, n) for n in ("Ana", "Ben", "Carl")]
        need_ids = [need(session, p, accueil) for p in people]
        draft = session_planning.draft_from_need(session, need_ids[0], at(TODAY), TODAY)
        closed = session_planning.draft_from_need(session, need_ids[1], at(TODAY), TODAY)
        needs.change_status(session, need_ids[2], NeedStatus.DROPPED, TODAY)
    small = replace(draft, data=replace(draft.data, capacity=2))  # three invitees for two seats
    with pytest.raises(ValidationError) as full, db.transaction() as session:
        session_planning.create_from_draft(session, small, TODAY)
    with pytest.raises(ValidationError) as stale, db.transaction() as session:
        session_planning.create_from_draft(session, closed, TODAY)
    with pytest.raises(ValidationError) as dropped, db.transaction() as session:
        session_planning.draft_from_need(session, need_ids[2], at(TODAY), TODAY)
    assert full.value.code == "capacity_exceeded" and stale.value.code == "need_not_open"
    assert dropped.value.field == "need_id"
    with db.read() as session:
        assert count_sessions(session) == 0
        assert [_status(session, n) for n in need_ids[:2]] == [NeedStatus.OPEN, NeedStatus.OPEN]


def test_invite_by_hand_office_and_need_with_capacity(db: Database) -> None:
    with db.transaction() as session:
        accueil = skill(session, "Accueil")
        host = person(session, "Host", office="LYON")
        lyon = [person(session, n, office="LYON") for n in ("Ana", "Ben")]
        person(session, "Gone", office="LYON", departure=TODAY - timedelta(days=1))
        hq = person(session, "Dan")
        dan_need = need(session, hq, accueil)
        sid = planned(session, capacity=4, skill_ids=(accueil,), host_ids=(host,))
        by_office = session_attendance.invite_office(session, sid, office(session, "LYON"), TODAY)
        assert [n.id for n in session_attendance.need_candidates(session, sid)] == [dan_need]
        by_need = session_attendance.invite_for_needs(session, sid, [dan_need], TODAY)
        again = session_attendance.invite(session, sid, [lyon[0]])
        with pytest.raises(ValidationError) as host_refused:
            session_attendance.invite(session, sid, [host])
        with pytest.raises(ValidationError) as unknown:
            session_attendance.invite(session, sid, [999])
        assert _status(session, dan_need) is NeedStatus.PLANNED
    assert by_office.added == tuple(lyon) and by_need.added == (hq,) and again.already == (lyon[0],)
    assert host_refused.value.code == "host_is_participant" and unknown.value.code == "unknown_person"
    with db.transaction() as session:
        extra = [person(session, n) for n in ("Eve", "Fay")]
    with pytest.raises(ValidationError) as full, db.transaction() as session:
        session_attendance.invite(session, sid, extra)  # 3 + 2 > 4: neither is added
    assert (full.value.field, full.value.code, full.value.params["participants"]) == ("capacity",
                                                                                   "capacity_exceeded", 5)
    with db.transaction() as session:
        session_attendance.remove(session, sid, [hq], TODAY)
        assert _status(session, dan_need) is NeedStatus.OPEN  # the need goes back to the pool
        assert [a.person for a in session_attendance.list_attendance(session, sid)] == ["Ana", "Ben"]


def test_attendance_bulk_set_with_walk_ins_and_rules(db: Database) -> None:
    with db.transaction() as session:
        ana, ben, carl, dan = (person(session, n) for n in ("Ana", "Ben", "Carl", "Dan"))
        sid = planned(session, starts_at=NOW - timedelta(hours=3), capacity=3)
        future = planned(session)
        session_attendance.invite(session, sid, [ana, ben])
        first = session_attendance.set_attendance(session, sid, [ana, carl], NOW)  # Carl walked in
        second = session_attendance.set_attendance(session, sid, [ben, carl], NOW)  # corrected
        rows = [(a.person, a.invited, a.attended) for a in session_attendance.list_attendance(session, sid)]
        with pytest.raises(ValidationError) as early:
            session_attendance.set_attendance(session, future, [ana], NOW)
        with pytest.raises(ValidationError) as full:
            session_attendance.set_attendance(session, sid, [dan], NOW)
        sessions.set_status(session, sid, SessionStatus.CANCELLED, NOW)
        with pytest.raises(ValidationError) as cancelled:
            session_attendance.set_attendance(session, sid, [ana], NOW)
    assert (first.walk_ins, first.attended, second.walk_ins) == (1, 2, 0)
    assert rows == [("Ana", True, False), ("Ben", True, True), ("Carl", False, True)]
    assert early.value.code == "session_not_started" and full.value.code == "capacity_exceeded"
    assert cancelled.value.code == "session_cancelled"


def test_cancelling_gives_planned_needs_back(db: Database) -> None:
    with db.transaction() as session:
        accueil = skill(session, "Accueil")
        ana = person(session, "Ana")
        n = need(session, ana, accueil)
        sid = session_planning.create_from_need(session, n, at(TODAY + timedelta(days=3)), TODAY)
        assert _status(session, n) is NeedStatus.PLANNED
        sessions.set_status(session, sid, SessionStatus.CANCELLED, NOW)
        assert _status(session, n) is NeedStatus.OPEN
