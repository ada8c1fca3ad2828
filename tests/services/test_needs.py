"""Learning needs: validation, lifecycle, filtered listing and proposals from a role's expected skills."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from learnorg_desktop.enums import NeedOrigin, NeedStatus
from learnorg_desktop.services import needs, organisation, role_gaps, skills
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from learnorg_desktop.services.needs import NeedFilter, NeedInput, TransitionError
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import TODAY, assess, person, skill


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (NeedInput(origin=NeedOrigin.WISH, topic="Excel"), "person_id"),
        (NeedInput(origin=NeedOrigin.WISH, team="  "), "person_id"),
        (NeedInput(origin=NeedOrigin.WISH, office_id=1), "skill_id"),
        (NeedInput(origin="whim", office_id=1, topic="Excel"), "origin"),  # type: ignore[arg-type]
        (NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Excel", priority=4), "priority"),
        (NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Excel", target_level=5), "target_level"),
    ],
)
def test_bad_needs_are_refused(db: Database, data: NeedInput, field: str) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        needs.create_need(session, data, TODAY)
    assert error.value.field == field


def test_a_bad_row_among_several_writes_nothing(db: Database) -> None:
    rows = [NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Excel"), NeedInput(origin=NeedOrigin.WISH)]
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        needs.create_needs(session, rows, TODAY)
    assert error.value.field == "rows[1].person_id"
    with pytest.raises(NotFoundError), db.transaction() as session:
        needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, person_id=42, topic="x"), TODAY)
    with db.read() as session:
        assert needs.list_needs(session) == []


def test_lifecycle_allowed_and_refused_transitions(db: Database) -> None:
    with db.transaction() as session:
        need = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Excel"), TODAY)
        for status in (NeedStatus.PLANNED, NeedStatus.IN_PROGRESS, NeedStatus.MET):
            needs.change_status(session, need, status, TODAY)
        closed = needs.get_need(session, need)
        with pytest.raises(TransitionError) as error:
            needs.change_status(session, need, NeedStatus.DROPPED, TODAY)
        needs.change_status(session, need, NeedStatus.OPEN, TODAY + timedelta(days=3))
        reopened = needs.get_need(session, need)
        needs.change_status(session, need, NeedStatus.DROPPED, TODAY + timedelta(days=4))
        dropped = needs.get_need(session, need)
        needs.change_status(session, need, NeedStatus.OPEN, TODAY)
        needs.change_status(session, need, NeedStatus.IN_PROGRESS, TODAY)
        with pytest.raises(TransitionError):
            needs.change_status(session, need, NeedStatus.OPEN, TODAY)
        with pytest.raises(TransitionError):
            needs.change_status(session, need, NeedStatus.IN_PROGRESS, TODAY)
    assert closed.status is NeedStatus.MET and closed.closed_on == TODAY
    assert error.value.params == {"current": "met", "requested": "dropped"}
    assert reopened.status is NeedStatus.OPEN and reopened.closed_on is None
    assert dropped.closed_on == TODAY + timedelta(days=4)
    assert NeedStatus.OPEN in needs.allowed_transitions(NeedStatus.DROPPED)


def test_list_filters_and_names(db: Database) -> None:
    with db.transaction() as session:
        lyon = organisation.office_by_code(session, "LYON").id
        alice = person(session, "Martin", "Alice", office="LYON")
        bob = person(session, "Durand", "Bob")
        excel = skill(session, "Tableur")
        a = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, person_id=alice, skill_id=excel,
                                                 priority=1), TODAY)
        b = needs.create_need(session, NeedInput(origin=NeedOrigin.CAREER, person_id=bob, topic="Management"),
                              TODAY)
        c = needs.create_need(session, NeedInput(origin=NeedOrigin.ORGANISATION, office_id=lyon, team="Accueil",
                                                 topic="Premiers secours", target_date=date(2026, 9, 1)), TODAY)
        needs.change_status(session, b, NeedStatus.PLANNED, TODAY)

        def ids(**kwargs: object) -> list[int]:
            return [r.id for r in needs.list_needs(session, NeedFilter(**kwargs))]  # type: ignore[arg-type]

        assert ids() == [a, c, b]
        assert ids(office_id=lyon) == [a, c]
        assert ids(person_id=bob) == [b]
        assert ids(statuses=frozenset({NeedStatus.OPEN})) == [a, c]
        assert ids(skill_id=excel) == [a]
        assert ids(origins=frozenset({NeedOrigin.CAREER, NeedOrigin.WISH})) == [a, b]
        assert ids(collective=True) == [c] and ids(collective=False) == [a, b]
        rows = {r.id: r for r in needs.list_needs(session)}
    assert (rows[a].person, rows[a].office_code, rows[a].skill, rows[a].subject) == (
        "Alice Martin", "LYON", "Tableur", "Tableur")
    assert rows[c].person is None and rows[c].collective and rows[c].office_code == "LYON"
    assert rows[b].office_code == "HQ" and rows[b].subject == "Management"


def test_update_checks_version(db: Database) -> None:
    with db.transaction() as session:
        need = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Excel"), TODAY)
        version = needs.get_need(session, need).row_version
        needs.update_need(session, need, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Tableur"), version)
        with pytest.raises(ConflictError):
            needs.update_need(session, need, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="x"), version)
        assert needs.get_need(session, need).topic == "Tableur"


def test_role_comparison_proposes_missing_and_expired_skills(db: Database) -> None:
    with db.transaction() as session:
        pid = person(session, "Martin", "Alice", role="Coordinatrice")
        role_id = organisation.role_ids_by_name(session, {"Coordinatrice"}, create=False)["Coordinatrice"]
        ok, low, never, lapsed, pending = (skill(session, n, expires=n == "Secours")
                                           for n in ("Planning", "Budget", "Réunion", "Secours", "Recrutement"))
        for sid in (ok, low, never, lapsed, pending):
            skills.set_role_skill(session, role_id, sid, 3)
        assess(session, pid, ok, 3)
        assess(session, pid, low, 2)
        assess(session, pid, lapsed, 4, valid_until=TODAY - timedelta(days=1))
        needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, person_id=pid, skill_id=pending), TODAY)
        proposals = role_gaps.propose_role_needs(session, pid, TODAY)
        created = role_gaps.create_needs_from_proposals(session, proposals[:2], TODAY)
        rows = [needs.get_need(session, n) for n in created]
        again = role_gaps.propose_role_needs(session, pid, TODAY)
    assert [(p.skill, p.current_level, p.expired) for p in proposals] == [
        ("Budget", 2, False), ("Réunion", None, False), ("Secours", 4, True)]
    assert all(r.origin is NeedOrigin.ORGANISATION and r.target_level == 3 for r in rows)
    assert [p.skill for p in again] == ["Secours"]
