"""One person's follow-up: every section against a hand-made history, the query count, and finding people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from learnorg_desktop.enums import (
    AssessmentSource,
    ChecklistKind,
    NeedStatus,
    PersonKind,
    PersonStatus,
    SessionFormat,
    SessionStatus,
)
from learnorg_desktop.models import Checklist, ChecklistItem, KnowledgeSession, Person, SessionAttendance
from learnorg_desktop.services import (
    needs,
    organisation,
    people,
    person_review,
    session_feedback,
    sessions,
    skills,
)
from learnorg_desktop.services.errors import ConflictError, NotFoundError
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.services.session_feedback import FeedbackInput, FollowUpInput
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import NOW, TODAY, assess, at, held_session, need, person, skill


@dataclass
class Story:
    """Ids of the hand-made history of Hélène Dubois (HQ, role "Accueil")."""

    helene: int
    other: int
    accueil: int
    secours: int
    tableur: int
    attended: int
    hosted: int
    cancelled: int


def build_story(session: Session) -> Story:
    """Hélène: two assessments of Accueil (1 then 3, role expects 3), an expired first-aid level, one skill
    expected but never assessed; two needs; a held session attended (90 min, a year ago) and one hosted
    (60 min, this year); a cancelled one; feedback with a formula-like comment; an onboarding half done."""
    helene = people.create(session, PersonInput(PersonKind.VOLUNTEER, "Dubois", "Hélène", "helene@example.org",
                                                office_id=organisation.office_by_code(session, "HQ").id,
                                                role="Accueil", arrival_date=date(2024, 9, 1)))
    other = person(session, "Martin", "Jérôme")
    accueil, secours = skill(session, "Accueil du public"), skill(session, "Premiers secours", expires=True)
    tableur, gone = skill(session, "Tableur"), skill(session, "Ancienne compétence")
    role_id = organisation.role_ids_by_name(session, {"Accueil"}, create=True)["Accueil"]
    skills.set_role_skill(session, role_id, accueil, 3)
    skills.set_role_skill(session, role_id, tableur, 2)
    assess(session, helene, accueil, 1, date(2025, 1, 10))
    assess(session, helene, accueil, 3, date(2026, 1, 10), source=AssessmentSource.MANAGER)
    assess(session, helene, secours, 2, date(2024, 5, 1), valid_until=date(2026, 5, 1))
    assess(session, helene, gone, 2, date(2025, 3, 1))
    skills.delete_skill(session, gone)
    assess(session, other, accueil, 4, date(2026, 1, 10))
    met = need(session, helene, tableur, target_level=2)
    needs.change_status(session, met, NeedStatus.MET, TODAY)
    need(session, helene, None, topic="Écoute active")
    need(session, other, accueil)
    attended = held_session(session, [helene, other], day=TODAY - timedelta(days=400), duration=90,
                            skill_ids=(accueil, secours), title="Atelier accueil")
    hosted = held_session(session, [other], day=TODAY - timedelta(days=20), duration=60, host_ids=(helene,),
                          title="=Partage tableur")
    session_feedback.save_feedback(session, attended, [FeedbackInput(helene, 4, 5, "=1+1"),
                                                       FeedbackInput(other, 2, 2)], TODAY)
    session_feedback.record_follow_up(session, attended, [FollowUpInput(helene, True, "Je l’utilise")], TODAY)
    cancelled = KnowledgeSession(title="Annulée", format=SessionFormat.WORKSHOP, status=SessionStatus.CANCELLED,
                                 starts_at=at(TODAY - timedelta(days=10)))
    session.add(cancelled)
    session.flush()
    session.add(SessionAttendance(session_id=cancelled.id, person_id=helene, attended=True))
    planned = sessions.create_session(session, sessions.SessionInput(
        title="À venir", format=SessionFormat.WORKSHOP, starts_at=NOW + timedelta(days=5)))
    session.add(SessionAttendance(session_id=planned, person_id=helene, attended=False))
    _checklist(session, helene)
    session.flush()
    return Story(helene, other, accueil, secours, tableur, attended, hosted, cancelled.id)


def _checklist(session: Session, person_id: int) -> None:
    checklist = Checklist(person_id=person_id, kind=ChecklistKind.ONBOARDING, started_on=date(2026, 5, 1),
                          template_name="Accueil bénévole", template_version=2)
    session.add(checklist)
    session.flush()
    session.add_all([
        ChecklistItem(checklist_id=checklist.id, position=1, title="Visite", due_on=date(2026, 5, 2),
                      done_at=at(date(2026, 5, 2)), comment="@ok"),
        ChecklistItem(checklist_id=checklist.id, position=2, title="Charte", due_on=date(2026, 5, 15)),
        ChecklistItem(checklist_id=checklist.id, position=3, title="Binôme", due_on=date(2026, 7, 1)),
    ])


@pytest.fixture
def story(db: Database) -> Story:
    with db.transaction() as session:
        return build_story(session)


def _review(db: Database, person_id: int) -> person_review.PersonReview:
    with db.read() as session:
        return person_review.review(session, person_id, TODAY)


def test_identity(db: Database, story: Story) -> None:
    who = _review(db, story.helene).identity
    assert (who.name, who.kind, who.office_code, who.office_name, who.role) == (
        "Hélène Dubois", PersonKind.VOLUNTEER, "HQ", "Siège", "Accueil")
    assert (who.arrival_date, who.departure_date, who.status) == (date(2024, 9, 1), None, PersonStatus.ACTIVE)


def test_skills_history_current_level_and_role_target(db: Database, story: Story) -> None:
    rows = {s.skill: s for s in _review(db, story.helene).skills}
    assert list(rows) == ["Accueil du public", "Premiers secours", "Tableur"]  # the deleted skill is left out
    accueil = rows["Accueil du public"]
    assert [(p.on, p.level, p.source) for p in accueil.points] == [
        (date(2025, 1, 10), 1, AssessmentSource.SELF), (date(2026, 1, 10), 3, AssessmentSource.MANAGER)]
    assert (accueil.current_level, accueil.first_level, accueil.target_level, accueil.below_target) == (3, 1, 3, False)
    secours = rows["Premiers secours"]
    assert (secours.current_level, secours.expired, secours.target_level, secours.below_target) == (2, True, None,
                                                                                                   False)
    tableur = rows["Tableur"]  # expected by the role, never assessed
    assert (tableur.points, tableur.current_level, tableur.target_level, tableur.below_target) == ((), None, 2, True)


def test_needs_are_the_persons_own(db: Database, story: Story) -> None:
    review = _review(db, story.helene)
    assert sorted((n.subject, n.status) for n in review.needs) == [
        ("Tableur", NeedStatus.MET), ("Écoute active", NeedStatus.OPEN)]
    assert (review.needs_in(NeedStatus.OPEN), review.needs_in(NeedStatus.MET)) == (1, 1)


def test_sessions_attended_and_hosted_with_skills_and_hours(db: Database, story: Story) -> None:
    review = _review(db, story.helene)
    assert [(s.session_id, s.hosted, s.minutes) for s in review.sessions] == [
        (story.attended, False, 90), (story.hosted, True, 60)]  # neither the cancelled nor the planned one
    assert review.attended[0].skills == ("Accueil du public", "Premiers secours")
    assert review.hosted[0].title == "=Partage tableur"
    h = review.hours
    assert (h.learning_minutes, h.learning_minutes_year, h.hosting_minutes, h.hosting_minutes_year) == (90, 0, 60, 60)
    assert (h.sessions_attended, h.sessions_hosted) == (1, 1)


def test_feedback_given_with_follow_up(db: Database, story: Story) -> None:
    (line,) = _review(db, story.helene).feedback
    assert (line.session_id, line.usefulness, line.quality, line.comment) == (story.attended, 4, 5, "=1+1")
    assert (line.applied, line.applied_on, line.applied_comment) == (True, TODAY, "Je l’utilise")


def test_onboarding_progress(db: Database, story: Story) -> None:
    (checklist,) = _review(db, story.helene).checklists
    assert (checklist.done, checklist.total, checklist.overdue) == (1, 3, 1)
    assert checklist.ratio == pytest.approx(1 / 3)
    assert checklist.detail.template_name == "Accueil bénévole"


def test_someone_with_no_history_has_empty_sections(db: Database, story: Story) -> None:
    with db.transaction() as session:
        newcomer = person(session, "Nouveau", "Noé")
    review = _review(db, newcomer)
    assert (review.skills, review.needs, review.sessions, review.feedback, review.checklists) == ((), (), (), (), ())
    assert review.hours.learning_minutes == 0


def test_unknown_or_deleted_person_is_refused(db: Database, story: Story) -> None:
    with db.transaction() as session:
        session.get_one(Person, story.other).deleted = True
    for person_id in (story.other, 99_999):
        with pytest.raises(NotFoundError) as caught:
            _review(db, person_id)
        assert caught.value.code == "unknown_person"


def _count_queries(db: Database, person_id: int) -> int:
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("q")

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        _review(db, person_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(statements)


def test_query_count_does_not_grow_with_the_history(db: Database, story: Story) -> None:
    before = _count_queries(db, story.helene)
    with db.transaction() as session:
        for days in range(30, 35):
            sid = held_session(session, [story.helene], day=TODAY - timedelta(days=days), skill_ids=(story.tableur,))
            session_feedback.save_feedback(session, sid, [FeedbackInput(story.helene, 3, 3)], TODAY)
            assess(session, story.helene, story.tableur, 1, TODAY - timedelta(days=days))
            need(session, story.helene, None, topic=f"Sujet {days}")
    assert _count_queries(db, story.helene) == before
    assert len(_review(db, story.helene).sessions) == 7


def test_find_person_by_id_email_or_name(db: Database, story: Story) -> None:
    with db.read() as session:
        assert person_review.find_person(session, str(story.helene)) == story.helene
        assert person_review.find_person(session, " Helene@Example.org ") == story.helene
        assert person_review.find_person(session, "hélène dubois") == story.helene
        assert person_review.find_person(session, "Dubois Helene") == story.helene
        assert person_review.find_person(session, "martin") == story.other


def test_find_person_refuses_unknown_and_ambiguous_names(db: Database, story: Story) -> None:
    with db.transaction() as session:
        twin = person(session, "Dubois", "Hélène", office="LYON")
    with db.read() as session:
        with pytest.raises(ConflictError) as caught:
            person_review.find_person(session, "Hélène Dubois")
        assert caught.value.code == "ambiguous_person"
        assert sorted(caught.value.params["candidates"]) == sorted([story.helene, twin])
        for text in ("Zorro", "nobody@example.org", "   "):
            with pytest.raises(NotFoundError):
                person_review.find_person(session, text)
