"""Onboarding: templates, copy on assignment, proposals, follow-up, urgency, offboarding, bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from learnorg_desktop.enums import ChecklistKind, PersonKind
from learnorg_desktop.models import Checklist, ChecklistItem, ChecklistTemplate, ChecklistTemplateItem
from learnorg_desktop.services import onboarding_assign as assign
from learnorg_desktop.services import onboarding_followup as followup
from learnorg_desktop.services import onboarding_offboarding as offboarding
from learnorg_desktop.services import onboarding_templates as templates
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.onboarding_templates import TemplateInput, TemplateItemInput
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import assess, person, skill

TODAY = date(2026, 6, 1)
NOON = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def volunteer_template(office_id: int | None = None, name: str = "Accueil bénévole") -> TemplateInput:
    return TemplateInput(name=name, audience=PersonKind.VOLUNTEER, office_id=office_id, items=[
        TemplateItemInput("Visite des locaux", due_days=0, responsible_text="Coordinateur·rice"),
        TemplateItemInput("Rencontre avec le parrain", due_days=3, responsible_text="Parrain / marraine"),
        TemplateItemInput("Point à un mois", due_days=30, responsible_text="Coordinateur·rice"),
    ])


def row_counts(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) or 0
                     for m in (ChecklistTemplate, ChecklistTemplateItem, Checklist, ChecklistItem))


# --------------------------------------------------------------------------- templates


def test_template_crud_and_versions(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        detail = templates.get_template(session, template_id)
        assert detail.version == 1 and detail.data.items[0].title == "Visite des locaux"
        edited = detail.data
        edited.items = [TemplateItemInput("Accueil", due_days=1), *edited.items[1:]]
        assert templates.update_template(session, template_id, edited) == 2
        (row,) = templates.list_templates(session)
        assert (row.name, row.version, row.item_count, row.audience) == ("Accueil bénévole", 2, 3,
                                                                         PersonKind.VOLUNTEER)
        templates.delete_template(session, template_id)
        assert templates.list_templates(session) == []
        with pytest.raises(NotFoundError):
            templates.get_template(session, template_id)


@pytest.mark.parametrize(("change", "field", "code"), [
    (lambda t: setattr(t, "items", []), "items", "no_items"),
    (lambda t: setattr(t.items[1], "due_days", -2), "due_days", "negative_due"),
    (lambda t: setattr(t, "name", "  "), "name", "required"),
    (lambda t: setattr(t.items[0], "title", ""), "title", "required"),
])
def test_bad_template_is_refused_and_writes_nothing(db: Database, change, field: str, code: str) -> None:
    data = volunteer_template()
    change(data)
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        templates.create_template(session, data)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert row_counts(db) == (0, 0, 0, 0)


def test_negative_offset_names_the_item(db: Database) -> None:
    data = volunteer_template()
    data.items[2].due_days = -1
    with pytest.raises(ValidationError) as refused:
        templates.validate(data)
    assert refused.value.params == {"item": 3}


def test_default_templates_load_once_in_both_languages(db: Database) -> None:
    with db.transaction() as session:
        first = templates.load_default_templates(session, "fr")
        again = templates.load_default_templates(session, "fr")
        english = templates.load_default_templates(session, "en")
        rows = templates.list_templates(session)
    assert (first.created, again.created, again.skipped, english.created) == (4, 0, 4, 4)
    names = {r.name for r in rows}
    assert {"Accueil bénévole", "Accueil salarié·e", "Départ – passation", "Volunteer onboarding"} <= names
    offboarding_rows = [r for r in rows if r.kind is ChecklistKind.OFFBOARDING]
    assert len(offboarding_rows) == 2 and all(r.item_count >= 4 for r in rows)
    with pytest.raises(ValidationError):
        templates.defaults_path("de")


def test_default_templates_link_known_roles(db: Database) -> None:
    with db.transaction() as session:
        role_id = organisation.role_ids_by_name(session, {"Responsable bénévoles"}, create=True)[
            "Responsable bénévoles"]
        templates.load_default_templates(session, "fr")
        linked = session.scalar(select(func.count()).where(ChecklistTemplateItem.responsible_role_id == role_id))
    assert linked == 4  # charter, one-month and three-month check-ins, thanks on departure


# --------------------------------------------------------------------------- assignment


def test_assignment_copies_items_and_template_edits_never_rewrite_them(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        newcomer = person(session, "Nouveau", "Léa", arrival=date(2026, 5, 20))
        buddy = person(session, "Ancien", "Paul", arrival=date(2020, 1, 1))
        checklist_id = assign.assign(session, newcomer, template_id, TODAY, buddy_id=buddy)
        data = templates.get_template(session, template_id).data
        data.items[0].title, data.items[1].due_days = "Autre titre", 10
        templates.update_template(session, template_id, data)
        detail = followup.get_checklist(session, checklist_id)
    assert [(i.title, i.due_on) for i in detail.items] == [
        ("Visite des locaux", date(2026, 5, 20)),
        ("Rencontre avec le parrain", date(2026, 5, 23)),
        ("Point à un mois", date(2026, 6, 19)),
    ]
    assert (detail.template_name, detail.template_version, detail.buddy) == ("Accueil bénévole", 1, "Paul Ancien")
    assert [(c.day, c.due_on, c.rating) for c in detail.checkins] == [
        (30, date(2026, 6, 19), None), (90, date(2026, 8, 18), None)]
    assert detail.items[0].responsible == "Coordinateur·rice"


def test_proposal_prefers_audience_then_office(db: Database) -> None:
    with db.transaction() as session:
        lyon = organisation.office_by_code(session, "LYON").id
        general = templates.create_template(session, volunteer_template())
        lyon_own = templates.create_template(session, volunteer_template(lyon, "Accueil bénévole Lyon"))
        staff = templates.create_template(session, TemplateInput(
            "Accueil salarié", audience=PersonKind.STAFF, items=[TemplateItemInput("Contrat")]))
        in_lyon = person(session, "Rhône", office="LYON", arrival=TODAY)
        in_lille = person(session, "Nord", office="LILLE", arrival=TODAY)
        employee = person(session, "Cadre", office="LYON", kind=PersonKind.STAFF, arrival=TODAY)
        partner = person(session, "Asso", kind=PersonKind.PARTNER, arrival=TODAY)
        proposed = {p: assign.propose_template(session, p) for p in (in_lyon, in_lille, employee, partner)}
    assert proposed[in_lyon].id == lyon_own
    assert proposed[in_lille].id == general
    assert proposed[employee].id == staff
    assert proposed[partner] is None


def test_assignment_refuses_departed_person_and_writes_nothing(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        gone = person(session, "Parti", arrival=date(2024, 1, 1), departure=date(2026, 3, 1))
    before = row_counts(db)
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        assign.assign(session, gone, template_id, TODAY)
    assert (refused.value.field, refused.value.code) == ("person", "person_departed")
    assert row_counts(db) == before


def test_second_assignment_and_bad_buddy_are_refused(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        newcomer = person(session, "Nouveau", arrival=TODAY)
        gone = person(session, "Parti", arrival=date(2024, 1, 1), departure=date(2026, 3, 1))
        with pytest.raises(ValidationError) as bad_buddy:
            assign.assign(session, newcomer, template_id, TODAY, buddy_id=gone)
        assign.assign(session, newcomer, template_id, TODAY)
        with pytest.raises(ValidationError) as twice:
            assign.assign(session, newcomer, template_id, TODAY)
    assert bad_buddy.value.field == "buddy" and twice.value.code == "already_assigned"


def test_newcomers_without_checklist_and_bulk_assignment(db: Database) -> None:
    with db.transaction() as session:
        templates.create_template(session, volunteer_template())
        recent = person(session, "Récent", arrival=TODAY - timedelta(days=10))
        incoming = person(session, "Bientôt", arrival=TODAY + timedelta(days=5))
        person(session, "Ancien", arrival=date(2020, 1, 1))
        partner = person(session, "Partenaire", kind=PersonKind.PARTNER, arrival=TODAY)
        found = assign.newcomers_without_checklist(session, TODAY)
        assert [n.person_id for n in found] == [recent, partner, incoming]  # arriving within 90 days
        assert [n.template is not None for n in found] == [True, False, True]
        report = assign.assign_many(session, [n.person_id for n in found], TODAY)
        assert (report.assigned, report.without_template) == (2, 1)
        assert [n.person_id for n in assign.newcomers_without_checklist(session, TODAY)] == [partner]


def test_buddy_choices_same_office_first_then_longest_serving(db: Database) -> None:
    with db.transaction() as session:
        newcomer = person(session, "Nouveau", office="LYON", arrival=TODAY)
        old_hq = person(session, "Siège", arrival=date(2010, 1, 1))
        lyon_recent = person(session, "Récent", office="LYON", arrival=date(2025, 1, 1))
        lyon_old = person(session, "Ancien", office="LYON", arrival=date(2015, 1, 1))
        person(session, "Parti", office="LYON", arrival=date(2015, 1, 1), departure=date(2026, 1, 1))
        choices = assign.people_choices(session, TODAY, office_id=organisation.office_by_code(session, "LYON").id,
                                        exclude=newcomer)
    assert [c.id for c in choices] == [lyon_old, lyon_recent, old_hq]


# --------------------------------------------------------------------------- follow-up


def test_check_and_uncheck_record_who_and_when(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        newcomer = person(session, "Nouveau", arrival=date(2026, 5, 1))
        coordinator = person(session, "Coord", "Anne", kind=PersonKind.STAFF, arrival=date(2019, 1, 1))
        checklist_id = assign.assign(session, newcomer, template_id, TODAY)
        items = followup.get_checklist(session, checklist_id).items
        followup.check_item(session, items[0].id, coordinator, NOON, "Très bien passé")
        checked = followup.get_checklist(session, checklist_id).items[0]
        assert (checked.done_at, checked.done_by_id, checked.done_by, checked.comment) == (
            NOON, coordinator, "Anne Coord", "Très bien passé")
        for item in items[1:]:
            followup.check_item(session, item.id, coordinator, NOON)
        assert followup.get_checklist(session, checklist_id).completed_on == date(2026, 6, 1)
        followup.uncheck_item(session, items[0].id)
        detail = followup.get_checklist(session, checklist_id)
    assert detail.items[0].done_at is None and detail.items[0].done_by_id is None
    assert detail.completed_on is None and (detail.done, detail.total) == (2, 3)


def test_check_refuses_naive_time_and_unknown_person(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        checklist_id = assign.assign(session, person(session, "N", arrival=TODAY), template_id, TODAY)
        item_id = followup.get_checklist(session, checklist_id).items[0].id
        with pytest.raises(ValidationError) as naive:
            followup.check_item(session, item_id, 1, datetime(2026, 6, 1, 12))
        with pytest.raises(ValidationError) as nobody:
            followup.check_item(session, item_id, 999, NOON)
    assert naive.value.field == "done_at" and nobody.value.field == "done_by"


def test_overdue_items_and_urgency_order(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        lyon = organisation.office_by_code(session, "LYON").id
        very_late = person(session, "Alpha", arrival=date(2026, 3, 1))  # day 0, 3 and 30 all overdue
        a_bit_late = person(session, "Bravo", office="LYON", arrival=date(2026, 5, 25))  # day 0 and 3 overdue
        on_time = person(session, "Charlie", arrival=TODAY)
        for p in (on_time, a_bit_late, very_late):
            assign.assign(session, p, template_id, TODAY)
        rows = followup.open_checklists(session, TODAY)
        lyon_rows = followup.open_checklists(session, TODAY, followup.OpenFilter(office_id=lyon))
        detail = followup.get_checklist(session, rows[0].id)
    assert [r.person_id for r in rows] == [very_late, a_bit_late, on_time]
    assert [(r.overdue, r.days_overdue(TODAY), r.next_due) for r in rows] == [
        (3, 92, date(2026, 3, 1)), (2, 7, date(2026, 5, 25)), (0, 0, TODAY)]
    assert [r.person_id for r in lyon_rows] == [a_bit_late]
    assert [i.is_overdue(TODAY) for i in detail.items] == [True, True, True]
    assert detail.overdue(TODAY) == 3


def test_filter_by_responsible_of_open_items(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        coordinator = person(session, "Coord", arrival=date(2019, 1, 1))
        first = person(session, "Un", arrival=TODAY)
        second = person(session, "Deux", arrival=TODAY)
        ids = {p: assign.assign(session, p, template_id, TODAY) for p in (first, second)}
        buddy_item = followup.get_checklist(session, ids[first]).items[1]
        followup.check_item(session, buddy_item.id, coordinator, NOON)
        assert followup.responsible_choices(session) == ["Coordinateur·rice", "Parrain / marraine"]
        rows = followup.open_checklists(session, TODAY, followup.OpenFilter(responsible="Parrain / marraine"))
    assert [r.person_id for r in rows] == [second]


def test_checkins_keep_rating_comment_and_date(db: Database) -> None:
    with db.transaction() as session:
        template_id = templates.create_template(session, volunteer_template())
        checklist_id = assign.assign(session, person(session, "N", arrival=TODAY), template_id, TODAY)
        followup.record_checkin(session, checklist_id, 30, 4, " Bien accueillie ", date(2026, 7, 2))
        with pytest.raises(ValidationError) as bad:
            followup.record_checkin(session, checklist_id, 90, 6, "", date(2026, 9, 1))
        checkins = followup.get_checklist(session, checklist_id).checkins
    assert bad.value.field == "rating"
    assert [(c.day, c.rating, c.comment, c.held_on) for c in checkins] == [
        (30, 4, "Bien accueillie", date(2026, 7, 2)), (90, None, "", None)]


# --------------------------------------------------------------------------- offboarding


def test_offboarding_adds_one_handover_item_per_single_holder_skill(db: Database) -> None:
    with db.transaction() as session:
        templates.load_default_templates(session, "fr")
        leaving = person(session, "Départ", "Marc", arrival=date(2018, 1, 1), departure=date(2026, 6, 20))
        staying = person(session, "Reste", arrival=date(2018, 1, 1))
        accounting = skill(session, "Comptabilité", key=True, holders=2, level=3)
        first_aid = skill(session, "Premiers secours")
        assess(session, leaving, accounting, 4)
        assess(session, leaving, first_aid, 3)
        assess(session, staying, first_aid, 3)
        proposal = offboarding.propose_offboarding(session, leaving, "fr")
        assert proposal.template is not None and proposal.template.name == "Départ – passation"
        assert [s.skill for s in proposal.skills] == ["Comptabilité"]
        checklist_id = offboarding.start_offboarding(session, leaving, TODAY, language="fr")
        detail = followup.get_checklist(session, checklist_id)
        with pytest.raises(ValidationError) as twice:
            offboarding.start_offboarding(session, leaving, TODAY)
    assert detail.kind is ChecklistKind.OFFBOARDING and detail.total == 6
    handover = detail.items[-1]
    assert (handover.title, handover.skill, handover.due_on) == (
        "Passation : Comptabilité", "Comptabilité", date(2026, 6, 20))
    assert "Marc Départ" in handover.description
    assert all(i.due_on is not None and i.due_on <= date(2026, 6, 20) for i in detail.items)
    assert twice.value.code == "already_assigned"


def test_offboarding_needs_a_recorded_departure(db: Database) -> None:
    with db.transaction() as session:
        staying = person(session, "Reste", arrival=date(2018, 1, 1))
        with pytest.raises(ValidationError) as refused:
            offboarding.propose_offboarding(session, staying)
    assert refused.value.field == "departure_date"
