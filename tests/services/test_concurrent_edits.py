"""Two application instances (two Database objects, two engines) editing the same records: no update is lost.

The second writer of a record is refused with ConflictError, whether it passed the version it read
(`expected_version`, what the forms do) or simply held a stale ORM object (StaleDataError, mapped centrally by
Database.transaction).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from learnorg_desktop.enums import NeedOrigin, PersonKind
from learnorg_desktop.models import ChecklistItem, KnowledgeSession, LearningNeed, Person
from learnorg_desktop.services import needs, people, sessions
from learnorg_desktop.services import onboarding_assign as assign
from learnorg_desktop.services import onboarding_followup as followup
from learnorg_desktop.services import onboarding_templates as templates
from learnorg_desktop.services.errors import ConflictError
from learnorg_desktop.services.needs import NeedInput
from learnorg_desktop.services.onboarding_templates import TemplateInput, TemplateItemInput
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import NOW, data, person, planned

NOON = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def other(db: Database, db_target: str | Path) -> Iterator[Database]:
    """A second application instance on the same database (its own engine and connections)."""
    second = Database.open(db_target)
    yield second
    second.close()


def _person(db: Database) -> int:
    with db.transaction() as session:
        return person(session, "Lefèvre", "Hélène")


def _edit_person(db: Database, person_id: int, version: int | None, **changes: object) -> None:
    with db.transaction() as session:
        current = people.get(session, person_id).data
        people.update(session, person_id, replace(current, **changes), expected_version=version)  # type: ignore[arg-type]


def _person_version(db: Database, person_id: int) -> int:
    with db.read() as session:
        return people.get(session, person_id).row_version


# --------------------------------------------------------------------------- the forms' path: expected_version


def test_second_save_of_a_person_is_refused_and_changes_nothing(db: Database, other: Database) -> None:
    pid = _person(db)
    seen_here, seen_there = _person_version(db, pid), _person_version(other, pid)
    assert seen_here == seen_there

    _edit_person(db, pid, seen_here, notes="Vu par la coordinatrice")
    with pytest.raises(ConflictError) as refused:
        _edit_person(other, pid, seen_there, notes="Écrasé ?")

    assert refused.value.code == "stale"
    with other.read() as session:
        assert people.get(session, pid).data.notes == "Vu par la coordinatrice"


def test_interleaved_edits_of_different_fields_lose_nothing(db: Database, other: Database) -> None:
    """A changes the e-mail, B the phone, both from the same reading: B is refused, never silently overwrites."""
    pid = _person(db)
    with db.read() as session:
        form_a = people.get(session, pid)
    with other.read() as session:
        form_b = people.get(session, pid)

    with db.transaction() as session:
        people.update(session, pid, replace(form_a.data, email="helene@example.org"), form_a.row_version)
    with pytest.raises(ConflictError), other.transaction() as session:
        people.update(session, pid, replace(form_b.data, phone="06 12 34 56 78"), form_b.row_version)

    with other.read() as session:
        after_refusal = people.get(session, pid)
    assert (after_refusal.data.email, after_refusal.data.phone) == ("helene@example.org", "")
    # B reloads (the dialog's Reload), types the phone again and saves: both edits are kept.
    with other.transaction() as session:
        people.update(session, pid, replace(after_refusal.data, phone="06 12 34 56 78"), after_refusal.row_version)
    with db.read() as session:
        final = people.get(session, pid).data
    assert (final.email, final.phone) == ("helene@example.org", "06 12 34 56 78")


def test_second_save_of_a_need_is_refused(db: Database, other: Database) -> None:
    with db.transaction() as session:
        need_id = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Excel"),
                                    date(2026, 6, 1))
    with other.read() as session:
        version = needs.get_need(session, need_id).row_version
    with db.transaction() as session:
        needs.update_need(session, need_id, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Tableur"),
                          version)
    with pytest.raises(ConflictError), other.transaction() as session:
        needs.update_need(session, need_id, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Word"), version)
    with db.read() as session:
        assert needs.get_need(session, need_id).topic == "Tableur"


def test_second_save_of_a_session_is_refused_even_when_only_hosts_changed(db: Database, other: Database) -> None:
    with db.transaction() as session:
        sid = planned(session)
        ana, ben = person(session, "Durand", "Ana"), person(session, "Petit", "Ben")
    with other.read() as session:
        version = sessions.get_record(session, sid).row_version
    # Only the hosts differ from the stored session: the row itself would not change without the version bump.
    with db.transaction() as session:
        sessions.update_session(session, sid, data(host_ids=(ana,)), NOW, expected_version=version)
    with pytest.raises(ConflictError), other.transaction() as session:
        sessions.update_session(session, sid, data(host_ids=(ben,)), NOW, expected_version=version)
    with db.read() as session:
        assert sessions.get_record(session, sid).data.host_ids == (ana,)


def _checklist_item(db: Database) -> int:
    with db.transaction() as session:
        template = templates.create_template(session, TemplateInput(
            name="Accueil", audience=PersonKind.VOLUNTEER,
            items=[TemplateItemInput("Visite des locaux", due_days=0, responsible_text="Coordinateur·rice")]))
        newcomer = person(session, "Nouveau", "Léa", arrival=date(2026, 5, 20))
        checklist = assign.assign(session, newcomer, template, date(2026, 6, 1))
        return followup.get_checklist(session, checklist).items[0].id


def test_second_restore_of_a_checklist_item_is_refused(db: Database, other: Database) -> None:
    item_id = _checklist_item(db)
    with other.read() as session:
        version = session.get(ChecklistItem, item_id).row_version  # type: ignore[union-attr]
    with db.transaction() as session:
        followup.restore_item(session, item_id, None, None, "Fait par Paul", version)
    with pytest.raises(ConflictError), other.transaction() as session:
        followup.restore_item(session, item_id, None, None, "Autre commentaire", version)
    with db.read() as session:
        assert session.get(ChecklistItem, item_id).comment == "Fait par Paul"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- stale ORM objects: StaleDataError


def test_stale_person_object_becomes_a_conflict(db: Database, other: Database) -> None:
    pid = _person(db)
    with pytest.raises(ConflictError) as refused, other.transaction() as session:
        early = session.get(Person, pid)  # read early in a long transaction (kept: the identity map is weak)
        assert early is not None
        _edit_person(db, pid, None, notes="Plus récent")
        stale = people.get(session, pid).data  # the identity map still holds the old row
        people.update(session, pid, replace(stale, phone="01 02 03 04 05"))
    assert refused.value.code == "changed_meanwhile"
    with db.read() as session:
        assert (people.get(session, pid).data.notes, people.get(session, pid).data.phone) == ("Plus récent", "")


def test_stale_need_session_and_item_objects_become_conflicts(db: Database, other: Database) -> None:
    item_id = _checklist_item(db)
    with db.transaction() as session:
        need_id = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Excel"),
                                    date(2026, 6, 1))
        sid = planned(session)
        by = person(session, "Martin", "Paul")

    with pytest.raises(ConflictError), other.transaction() as session:
        early = session.get(LearningNeed, need_id)  # kept: the identity map holds it weakly
        assert early is not None
        with db.transaction() as first:
            needs.update_need(first, need_id, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Tableur"))
        needs.update_need(session, need_id, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Word"))

    with pytest.raises(ConflictError), other.transaction() as session:
        early = session.get(KnowledgeSession, sid)  # kept: the identity map holds it weakly
        assert early is not None
        with db.transaction() as first:
            sessions.update_session(first, sid, data("Renommé"), NOW)
        sessions.update_session(session, sid, data("Autre titre"), NOW)

    with pytest.raises(ConflictError), other.transaction() as session:
        early = session.get(ChecklistItem, item_id)  # kept: the identity map holds it weakly
        assert early is not None
        with db.transaction() as first:
            followup.set_item_comment(first, item_id, "Premier")
        followup.check_item(session, item_id, by, NOON, "Second")

    with db.read() as session:
        assert needs.get_need(session, need_id).topic == "Tableur"
        assert sessions.get_record(session, sid).data.title == "Renommé"
        item = session.get(ChecklistItem, item_id)
        assert item is not None and (item.comment, item.done_at) == ("Premier", None)
