"""Sessions: creation and edits with validation, status rules, outputs and the calendar's filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from learnorg_desktop.enums import SessionFormat, SessionStatus
from learnorg_desktop.services import session_attendance, session_calendar, sessions
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from learnorg_desktop.services.session_calendar import SessionQuery
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import NOW, TODAY, at, count_sessions, data, office, person, planned, skill


def test_create_and_read_back_with_names(db: Database) -> None:
    with db.transaction() as session:
        accueil, ecoute = skill(session, "Accueil"), skill(session, "Écoute active")
        ana, ben = person(session, "Martin", "Ana"), person(session, "Bénard", "Ben")
        paris = timezone(timedelta(hours=2))
        sid = sessions.create_session(session, data(
            "  Midi-partage   accueil ", format=SessionFormat.BLENDED, starts_at=datetime(2026, 6, 10, 12,
                                                                                         tzinfo=paris),
            duration_minutes=180, online_minutes=60, skill_ids=(ecoute, accueil, accueil), host_ids=(ana, ben),
            external_host="Fédération régionale", capacity=12, office_id=office(session, "LYON"),
            online_link="https://visio.exemple.org/x"))
        row = session_calendar.get_row(session, sid)
        record = sessions.get_record(session, sid)
    assert (row.title, row.status, row.office_code, row.capacity) == ("Midi-partage accueil", SessionStatus.PLANNED,
                                                                     "LYON", 12)
    assert row.starts_at == datetime(2026, 6, 10, 10, tzinfo=UTC)  # stored in UTC
    assert row.ends_at == datetime(2026, 6, 10, 13, tzinfo=UTC)
    assert row.skills == ("Accueil", "Écoute active")
    assert row.host_names == ("Ben Bénard", "Ana Martin", "Fédération régionale")
    assert record.data.skill_ids == (ecoute, accueil) and record.data.online_minutes == 60
    assert (row.invited, row.attended, row.seats_left) == (0, 0, 12)


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"title": "  "}, "title", "required"),
    ({"duration_minutes": 0}, "duration_minutes", "non_positive_duration"),
    ({"duration_minutes": -30}, "duration_minutes", "non_positive_duration"),
    ({"duration_minutes": 60 * 24 * 8}, "duration_minutes", "too_long_duration"),
    ({"starts_at": datetime(2026, 6, 10, 12)}, "starts_at", "naive_datetime"),
    ({"format": "conference"}, "format", "bad_format"),
    ({"format": SessionFormat.BLENDED, "online_minutes": 0}, "online_minutes", "blended_needs_both_parts"),
    ({"format": SessionFormat.BLENDED, "duration_minutes": 60, "online_minutes": 60}, "online_minutes",
     "blended_needs_both_parts"),
    ({"online_minutes": 30}, "online_minutes", "online_part_not_allowed"),
    ({"capacity": 0}, "capacity", "bad_capacity"),
    ({"online_link": "visio.exemple.org"}, "online_link", "bad_link"),
    ({"skill_ids": (999,)}, "skill_ids", "unknown_skill"),
    ({"host_ids": (999,)}, "host_ids", "unknown_person"),
    ({"office_id": 999}, "office_id", "unknown_office"),
    ({"community_id": 999}, "community_id", "unknown_community"),
])
def test_bad_fields_are_refused_and_nothing_is_written(db: Database, fields: dict[str, object], field: str,
                                                       code: str) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        sessions.create_session(session, data(**fields))  # type: ignore[arg-type]
    assert (caught.value.field, caught.value.code) == (field, code)
    with db.read() as session:
        assert count_sessions(session) == 0


def test_online_module_is_online_throughout_and_end_before_start_is_refused(db: Database) -> None:
    with db.transaction() as session:
        sid = planned(session, format=SessionFormat.ONLINE_MODULE, duration_minutes=45)
        assert sessions.get_record(session, sid).data.online_minutes == 45
    start = at(TODAY)
    assert sessions.duration_between(start, start + timedelta(minutes=90)) == 90
    with pytest.raises(ValidationError) as caught:
        sessions.duration_between(start, start - timedelta(minutes=5))
    assert (caught.value.field, caught.value.code) == ("ends_at", "ends_before_start")


def test_update_replaces_skills_and_hosts_and_checks_version(db: Database) -> None:
    with db.transaction() as session:
        a, b = skill(session, "A"), skill(session, "B")
        ana, ben = person(session, "Ana"), person(session, "Ben")
        sid = planned(session, skill_ids=(a,), host_ids=(ana,))
        version = sessions.get_record(session, sid).row_version
        sessions.update_session(session, sid, data("Renamed", skill_ids=(b,), host_ids=(ben,)), NOW, version)
        row = session_calendar.get_row(session, sid)
        with pytest.raises(ConflictError):
            sessions.update_session(session, sid, data("Again"), NOW, expected_version=version)
    assert (row.title, row.skills, row.hosts) == ("Renamed", ("B",), ("Ben",))


def test_update_keeps_capacity_and_hosts_consistent_with_the_list(db: Database) -> None:
    with db.transaction() as session:
        ana, ben, carl = (person(session, n) for n in ("Ana", "Ben", "Carl"))
        sid = planned(session, capacity=5)
        session_attendance.invite(session, sid, [ana, ben])
    with pytest.raises(ValidationError) as too_small, db.transaction() as session:
        sessions.update_session(session, sid, data(capacity=1), NOW)
    with pytest.raises(ValidationError) as host_invited, db.transaction() as session:
        sessions.update_session(session, sid, data(host_ids=(ana, carl)), NOW)
    assert too_small.value.code == "capacity_exceeded" and host_invited.value.code == "host_is_participant"
    with db.read() as session:
        assert session_calendar.get_row(session, sid).capacity == 5


def test_held_only_once_started(db: Database) -> None:
    with db.transaction() as session:
        future, past = planned(session), planned(session, starts_at=NOW - timedelta(hours=2))
        with pytest.raises(ValidationError) as caught:
            sessions.set_status(session, future, SessionStatus.HELD, NOW)
        sessions.set_status(session, past, SessionStatus.HELD, NOW)
        with pytest.raises(ValidationError) as moved:
            sessions.update_session(session, past, data(starts_at=NOW + timedelta(days=1)), NOW)
        sessions.set_status(session, future, SessionStatus.CANCELLED, NOW)
        rows = {r.id: r.status for r in session_calendar.list_sessions(session)}
    assert (caught.value.field, caught.value.code) == ("status", "held_before_start")
    assert moved.value.code == "held_in_future"
    assert rows == {future: SessionStatus.CANCELLED, past: SessionStatus.HELD}


def test_outputs_and_delete(db: Database) -> None:
    with db.transaction() as session:
        sid = planned(session)
        sessions.save_outputs(session, sid, notes=" Compte rendu ", lessons_learned="Prévoir une salle plus grande")
        record = sessions.get_record(session, sid)
        sessions.delete_session(session, sid, NOW)
        assert session_calendar.list_sessions(session) == []
        with pytest.raises(NotFoundError):
            sessions.get_record(session, sid)
    assert (record.notes, record.lessons_learned) == ("Compte rendu", "Prévoir une salle plus grande")


def test_calendar_filters_and_order(db: Database) -> None:
    with db.transaction() as session:
        lyon, lille = office(session, "LYON"), office(session, "LILLE")
        accueil, compta = skill(session, "Accueil"), skill(session, "Comptabilité")
        d = TODAY
        s1 = planned(session, "Lyon passé", starts_at=at(d - timedelta(days=10)), office_id=lyon, skill_ids=(accueil,))
        s2 = planned(session, "Lille futur", starts_at=at(d + timedelta(days=3)), office_id=lille,
                     skill_ids=(compta,), format=SessionFormat.LUNCH_AND_LEARN)
        s3 = planned(session, "Lyon futur", starts_at=at(d + timedelta(days=1), 23, 30), office_id=lyon,
                     skill_ids=(accueil, compta))
        s4 = planned(session, "Annulé", starts_at=at(d + timedelta(days=2)))
        sessions.set_status(session, s4, SessionStatus.CANCELLED, NOW)
        sessions.set_status(session, s1, SessionStatus.HELD, NOW)

        def ids(**query: object) -> list[int]:
            return [r.id for r in session_calendar.list_sessions(session, SessionQuery(**query))]  # type: ignore[arg-type]

        assert ids() == [s1, s3, s4, s2]
        assert ids(office_id=lyon) == [s1, s3]
        assert ids(skill_id=compta) == [s3, s2]
        assert ids(formats=frozenset({SessionFormat.LUNCH_AND_LEARN})) == [s2]
        assert ids(statuses=frozenset({SessionStatus.PLANNED})) == [s3, s2]
        assert ids(start=d + timedelta(days=1), end=d + timedelta(days=2)) == [s3, s4]  # end day included
        assert ids(descending=True) == [s2, s4, s3, s1]
        assert [r.id for r in session_calendar.upcoming(session, NOW)] == [s3, s4, s2]
        assert [r.id for r in session_calendar.past(session, NOW)] == [s1]
