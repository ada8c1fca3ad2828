"""Communities of practice: CRUD, members and their series of sessions."""

from __future__ import annotations

from datetime import timedelta

import pytest

from learnorg_desktop.enums import SessionFormat
from learnorg_desktop.services import communities, session_attendance
from learnorg_desktop.services.communities import CommunityInput
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import TODAY, at, office, person, planned


def test_community_crud_members_and_sessions(db: Database) -> None:
    with db.transaction() as session:
        lyon = office(session, "LYON")
        cid = communities.create_community(session, CommunityInput("  Accueil   des publics ", "L'accueil", lyon))
        other = communities.create_community(session, CommunityInput("Trésorerie"))
        ana, ben = person(session, "Ana", office="LYON"), person(session, "Ben")
        gone = person(session, "Gone", departure=TODAY - timedelta(days=1))
        added = communities.add_members(session, cid, [ana, ben, gone, ana])
        again = communities.add_members(session, cid, [ben])
        communities.remove_members(session, cid, [ben])
        second = planned(session, "Rencontre 2", community_id=cid, format=SessionFormat.COMMUNITY_MEETING,
                         starts_at=at(TODAY + timedelta(days=30)))
        first = planned(session, "Rencontre 1", community_id=cid, format=SessionFormat.COMMUNITY_MEETING,
                        starts_at=at(TODAY + timedelta(days=2)))
        invited = communities.invite_members(session, first, cid, TODAY)
        communities.update_community(session, other, CommunityInput("Trésorerie et budget", "Comptes"))
        rows = communities.list_communities(session)
        lyon_rows = communities.list_communities(session, office_id=office(session, "LILLE"))
        members = communities.list_members(session, cid)
        series = communities.community_sessions(session, cid)
        communities.delete_community(session, other)
        with pytest.raises(NotFoundError):
            communities.get_community(session, other)
        attendance = session_attendance.list_attendance(session, first)
    assert added == (ana, ben, gone) and again == ()
    assert [(r.name, r.office_code, r.members, r.sessions) for r in rows] == [
        ("Accueil des publics", "LYON", 2, 2), ("Trésorerie et budget", None, 0, 0)]
    assert [r.name for r in lyon_rows] == ["Trésorerie et budget"]  # organisation-wide ones show everywhere
    assert [m.person for m in members] == ["Ana", "Gone"]
    assert [s.id for s in series] == [first, second]
    assert invited.added == (ana,) and [a.person for a in attendance] == ["Ana"]  # departed people not invited


@pytest.mark.parametrize(("name", "code"), [("", "required"), ("x" * 201, "too_long"),
                                            ("ACCUEIL DES PUBLICS", "duplicate_community")])
def test_community_names_are_checked(db: Database, name: str, code: str) -> None:
    with db.transaction() as session:
        communities.create_community(session, CommunityInput("Accueil des publics"))
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        communities.create_community(session, CommunityInput(name))
    assert (caught.value.field, caught.value.code) == ("name", code)
    with db.read() as session:
        assert len(communities.list_communities(session)) == 1
