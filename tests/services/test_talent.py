"""Talent map, key-skill coverage, single holders, departure impact, need matching and the matrix."""

from __future__ import annotations

from datetime import timedelta

from learnorg_desktop.enums import NeedOrigin, PersonKind
from learnorg_desktop.services import needs, organisation, talent
from learnorg_desktop.services.needs import NeedInput
from learnorg_desktop.services.skill_matrix import MatrixQuery, skill_matrix
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import TODAY, assess, person, skill

PAST, SOON = TODAY - timedelta(days=1), TODAY + timedelta(days=30)


def test_talent_map_keeps_active_willing_valid_teachers(db: Database) -> None:
    with db.transaction() as session:
        accueil, secours = skill(session, "Accueil"), skill(session, "Secours", expires=True)
        ana, ben, carl = person(session, "Ana"), person(session, "Ben", office="LYON"), person(session, "Carl")
        gone, later = person(session, "Gone", departure=TODAY), person(session, "Later", arrival=SOON)
        assess(session, ana, accueil, 3, share=True)
        assess(session, ben, accueil, 4, share=True)
        assess(session, carl, accueil, 4, share=False)                 # not willing
        assess(session, gone, accueil, 4, share=True)                  # left today
        assess(session, later, accueil, 4, share=True)                 # not arrived yet
        assess(session, ana, secours, 4, share=True, valid_until=PAST)  # expired
        assess(session, ben, secours, 2, share=True)                   # too low
        entries = talent.talent_map(session, TODAY)
        lyon = talent.talent_map(session, TODAY, office_id=organisation.office_by_code(session, "LYON").id)
    [entry] = entries
    assert entry.skill == "Accueil" and [(t.person, t.level) for t in entry.teachers] == [("Ben", 4), ("Ana", 3)]
    assert [t.person for t in lyon[0].teachers] == ["Ben"]


def test_key_skill_coverage_counts_holders_at_target_level(db: Database) -> None:
    with db.transaction() as session:
        secours = skill(session, "Secours", key=True, holders=3, level=2, expires=True)
        compta = skill(session, "Comptabilité", key=True, holders=1, level=3)
        skill(session, "Arabe")  # not a key skill
        a, b, c, d = (person(session, n) for n in "ABCD")
        assess(session, a, secours, 2, valid_until=SOON)
        assess(session, b, secours, 4, valid_until=PAST)  # expired: not counted
        assess(session, c, secours, 1)                     # below target level
        assess(session, d, compta, 3)
        rows = {r.skill: r for r in talent.key_skill_coverage(session, TODAY)}
    assert [r for r in rows] == ["Secours", "Comptabilité"]  # worst gap first
    assert (rows["Secours"].holders, rows["Secours"].missing, rows["Secours"].reached) == (1, 2, False)
    assert rows["Comptabilité"].reached and rows["Comptabilité"].missing == 0


def test_single_holders_and_departure_impact(db: Database) -> None:
    with db.transaction() as session:
        arabe, compta, secours, accueil = (skill(session, n, expires=n == "Secours")
                                           for n in ("Arabe", "Comptabilité", "Secours", "Accueil"))
        key = skill(session, "Budget", key=True, holders=2, level=3)
        ana, ben = person(session, "Ana"), person(session, "Ben")
        left = person(session, "Left", departure=PAST)
        assess(session, ana, arabe, 3)
        assess(session, ana, compta, 2)
        assess(session, ben, compta, 2)
        assess(session, ana, secours, 3, valid_until=PAST)  # expired: Ben is the only valid holder
        assess(session, ben, secours, 3)
        assess(session, left, accueil, 4)                   # only holder has left: nobody holds it
        assess(session, ana, key, 3)
        assess(session, ben, key, 2)                        # below the key skill's target level
        singles = talent.single_holders(session, TODAY)
        impact = talent.skills_left_without_holder(session, ana, TODAY)
        ben_leaving_later = talent.skills_left_without_holder(session, ben, SOON)
    assert [(s.skill, s.person) for s in singles] == [("Budget", "Ana"), ("Arabe", "Ana"), ("Secours", "Ben")]
    assert [s.skill for s in impact] == ["Budget", "Arabe"]
    assert [s.skill for s in ben_leaving_later] == ["Secours"]


def test_departure_impact_ignores_holders_gone_by_that_date(db: Database) -> None:
    with db.transaction() as session:
        arabe = skill(session, "Arabe")
        ana, ben = person(session, "Ana"), person(session, "Ben", departure=SOON)
        assess(session, ana, arabe, 3)
        assess(session, ben, arabe, 3)
        today = talent.skills_left_without_holder(session, ana, TODAY)
        later = talent.skills_left_without_holder(session, ana, SOON)
    assert today == [] and [s.skill for s in later] == ["Arabe"]


def test_matching_suggests_hosts_and_co_learners(db: Database) -> None:
    with db.transaction() as session:
        excel = skill(session, "Tableur")
        ana, ben, carl = person(session, "Ana"), person(session, "Ben"), person(session, "Carl", office="LYON")
        assess(session, ana, excel, 4, share=True)
        assess(session, ben, excel, 3, share=True)
        need_ana = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, person_id=ana, skill_id=excel,
                                                        target_level=4), TODAY)
        need_carl = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, person_id=carl, skill_id=excel),
                                      TODAY)
        topic_a = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, person_id=ben, topic="Écriture"),
                                    TODAY)
        topic_b = needs.create_need(session, NeedInput(origin=NeedOrigin.CAREER, person_id=carl,
                                                       topic=" ecriture "), TODAY)
        team = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, team="Équipe accueil",
                                                    office_id=organisation.office_by_code(session, "HQ").id,
                                                    topic="Écriture"), TODAY)
        matches = {m.need.id: m for m in talent.match_needs(session, TODAY)}
        lyon = talent.match_needs(session, TODAY, office_id=organisation.office_by_code(session, "LYON").id)
    assert [h.person for h in matches[need_ana].hosts] == ["Ben"]  # not herself
    assert [h.person for h in matches[need_carl].hosts] == ["Ana", "Ben"]
    assert [p.need_id for p in matches[need_carl].peers] == [need_ana]
    assert matches[need_carl].invitee_ids == (carl, ana)
    assert [p.need_id for p in matches[topic_a].peers] == [topic_b, team] and matches[topic_a].hosts == ()
    assert [(p.person, p.team) for p in matches[topic_a].peers] == [("Carl", ""), (None, "Équipe accueil")]
    assert {m.need.id for m in lyon} == {need_carl, topic_b}


def test_matrix_on_a_tiny_case(db: Database) -> None:
    with db.transaction() as session:
        lyon = organisation.office_by_code(session, "LYON").id
        accueil, secours = skill(session, "Accueil"), skill(session, "Secours", expires=True)
        ana = person(session, "Martin", "Ana")
        ben = person(session, "Durand", "Ben", office="LYON", kind=PersonKind.STAFF)
        gone = person(session, "Zed", departure=PAST)
        assess(session, ana, accueil, 1)
        assess(session, ana, accueil, 3, TODAY)
        assess(session, ben, secours, 2, valid_until=PAST)
        assess(session, gone, accueil, 4)
        full = skill_matrix(session, MatrixQuery(), TODAY)
        staff = skill_matrix(session, MatrixQuery(kinds=frozenset({PersonKind.STAFF})), TODAY)
        everyone = skill_matrix(session, MatrixQuery(active_only=False, office_id=None), TODAY)
        in_lyon = skill_matrix(session, MatrixQuery(office_id=lyon), TODAY)
    assert full.person_names == ("Ben Durand", "Ana Martin") and full.skill_names == ("Accueil", "Secours")
    assert full.row(0) == [None, 2] and full.row(1) == [3, None]
    assert full.level(ana, secours) is None and full.expired == frozenset({(ben, secours)})
    assert staff.person_ids == (ben,) and in_lyon.person_ids == (ben,)
    assert everyone.level(gone, accueil) == 4


def test_holders_counted_once_across_offices_and_on_the_latest_assessment(db: Database) -> None:
    with db.transaction() as session:
        budget = skill(session, "Budget", key=True, holders=2, level=3)
        arabe, lien = skill(session, "Arabe"), skill(session, "Lien social")
        ana, ben = person(session, "Ana"), person(session, "Ben", office="LYON")
        assess(session, ana, budget, 3)
        assess(session, ben, budget, 4)
        assess(session, ben, arabe, 4, on=TODAY - timedelta(days=300))
        assess(session, ben, arabe, 1, on=TODAY - timedelta(days=10))  # the latest level counts: no longer held
        assess(session, ana, lien, 1, on=TODAY - timedelta(days=300))
        assess(session, ana, lien, 3, on=TODAY - timedelta(days=10))   # risen: Ana alone holds it now
        lyon = organisation.office_by_code(session, "LYON").id
        whole, singles = talent.key_skill_coverage(session, TODAY), talent.single_holders(session, TODAY)
        in_lyon = talent.key_skill_coverage(session, TODAY, office_id=lyon)
        risks = talent.skill_risks(session, TODAY, office_id=lyon)
    assert [(k.skill, k.holders, k.reached) for k in whole] == [("Budget", 2, True)]
    assert [(k.skill, k.holders, k.missing) for k in in_lyon] == [("Budget", 1, 1)]
    # Budget has one holder per office: a risk for neither.
    assert [(s.skill, s.person, s.office_code, s.level) for s in singles] == [("Lien social", "Ana", "HQ", 3)]
    assert risks == (in_lyon, singles)


def test_skill_risks_of_an_organisation_without_skills(db: Database) -> None:
    with db.transaction() as session:
        person(session, "Ana")
        assert talent.skill_risks(session, TODAY) == ([], [])
