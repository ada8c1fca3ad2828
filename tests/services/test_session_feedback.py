"""Feedback right after a session, the later follow-up, and re-assessment that closes needs."""

from __future__ import annotations

from datetime import timedelta

import pytest

from learnorg_desktop.enums import AssessmentSource, NeedStatus
from learnorg_desktop.services import assessments, needs, session_feedback, session_outcomes
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.session_feedback import FeedbackInput, FollowUpInput
from learnorg_desktop.services.session_outcomes import ReassessInput
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import TODAY, assess, held_session, need, person, planned, skill


def test_feedback_grid_upserts_per_attendee(db: Database) -> None:
    with db.transaction() as session:
        ana, ben = person(session, "Ana"), person(session, "Ben")
        sid = held_session(session, [ana, ben])
        session_feedback.save_feedback(session, sid, [FeedbackInput(ana, 4, 5, " Très concret "),
                                                      FeedbackInput(ben, 2, 3)], TODAY)
        session_feedback.save_feedback(session, sid, [FeedbackInput(ben, 3, 3, "Relu à froid")], TODAY)
        rows = session_feedback.list_feedback(session, sid)
        summary = session_feedback.summary(session, sid)
    assert [(r.person, r.usefulness, r.quality, r.comment) for r in rows] == [
        ("Ana", 4, 5, "Très concret"), ("Ben", 3, 3, "Relu à froid")]
    assert (summary.answers, summary.usefulness, summary.quality) == (2, 3.5, 4.0)


@pytest.mark.parametrize(("line", "field", "code"), [
    (FeedbackInput(0, 0, 3), "rows[1].usefulness", "bad_score"),
    (FeedbackInput(0, 3, 6), "rows[1].quality", "bad_score"),
    (FeedbackInput(0, True, 3), "rows[1].usefulness", "bad_score"),  # type: ignore[arg-type]
])
def test_scores_must_be_1_to_5_and_nothing_is_written(db: Database, line: FeedbackInput, field: str,
                                                      code: str) -> None:
    with db.transaction() as session:
        ana, ben = person(session, "Ana"), person(session, "Ben")
        sid = held_session(session, [ana, ben])
    bad = FeedbackInput(ben, line.usefulness, line.quality)
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        session_feedback.save_feedback(session, sid, [FeedbackInput(ana, 5, 5), bad], TODAY)
    assert (caught.value.field, caught.value.code) == (field, code)
    with db.read() as session:
        assert session_feedback.list_feedback(session, sid) == []


def test_feedback_only_from_attendees_of_held_sessions(db: Database) -> None:
    with db.transaction() as session:
        ana, ben = person(session, "Ana"), person(session, "Ben")
        sid, later = held_session(session, [ana]), planned(session)
        with pytest.raises(ValidationError) as absent:
            session_feedback.save_feedback(session, sid, [FeedbackInput(ben, 4, 4)], TODAY)
        with pytest.raises(ValidationError) as not_held:
            session_feedback.save_feedback(session, later, [FeedbackInput(ana, 4, 4)], TODAY)
    assert (absent.value.field, absent.value.code) == ("person_id", "not_an_attendee")
    assert not_held.value.code == "session_not_held"


def test_follow_up_records_and_clears_application(db: Database) -> None:
    with db.transaction() as session:
        ana, ben = person(session, "Ana"), person(session, "Ben")
        sid = held_session(session, [ana, ben])
        session_feedback.save_feedback(session, sid, [FeedbackInput(ana, 5, 4), FeedbackInput(ben, 3, 3)], TODAY)
        later = TODAY + timedelta(days=42)
        session_feedback.record_follow_up(session, sid, [FollowUpInput(ana, True, "Utilisé à l'accueil"),
                                                         FollowUpInput(ben, False)], later)
        session_feedback.record_follow_up(session, sid, [FollowUpInput(ben, None, "ignored")], later)
        rows = {r.person: r for r in session_feedback.list_feedback(session, sid)}
        summary = session_feedback.summary(session, sid)
        with pytest.raises(ValidationError) as early:
            session_feedback.record_follow_up(session, sid, [FollowUpInput(ana, True)], TODAY - timedelta(days=30))
        carl = person(session, "Carl")
        with pytest.raises(ValidationError) as unknown:
            session_feedback.record_follow_up(session, sid, [FollowUpInput(carl, True)], later)
    assert (rows["Ana"].applied, rows["Ana"].applied_on, rows["Ana"].applied_comment) == (
        True, later, "Utilisé à l'accueil")
    assert (rows["Ben"].applied, rows["Ben"].applied_on, rows["Ben"].applied_comment) == (None, None, "")
    assert (summary.followed_up, summary.applied) == (1, 1)
    assert early.value.code == "follow_up_too_early" and unknown.value.code == "no_feedback"


def test_reassessment_records_session_levels_and_meets_needs(db: Database) -> None:
    with db.transaction() as session:
        accueil = skill(session, "Accueil", level=3)
        ana, ben, carl = person(session, "Ana"), person(session, "Ben"), person(session, "Carl")
        assess(session, ana, accueil, 1, share=True)
        n_ana = need(session, ana, accueil)                  # target: the skill's level 3
        n_ben = need(session, ben, accueil, target_level=2)
        n_carl = need(session, carl, accueil)
        sid = held_session(session, [ana, ben, carl], skill_ids=(accueil,))
        result = session_outcomes.reassess(session, sid, [
            ReassessInput(ana, accueil, 3), ReassessInput(ben, accueil, 1),
            ReassessInput(carl, accueil, None, confirmed=True)], TODAY)
        statuses = [needs.get_need(session, n).status for n in (n_ana, n_ben, n_carl)]
        latest = assessments.history(session, ana, accueil)[-1]
    assert statuses == [NeedStatus.MET, NeedStatus.OPEN, NeedStatus.MET]
    assert result.met_need_ids == (n_ana, n_carl) and len(result.assessment_ids) == 2
    assert (latest.level, latest.source, latest.willing_to_share) == (3, AssessmentSource.SESSION, True)


def test_reassessment_refuses_non_attendees_and_other_skills(db: Database) -> None:
    with db.transaction() as session:
        accueil, compta = skill(session, "Accueil"), skill(session, "Comptabilité")
        ana, ben = person(session, "Ana"), person(session, "Ben")
        sid = held_session(session, [ana], skill_ids=(accueil,))
    for row, field, code in ((ReassessInput(ben, accueil, 3), "person_id", "not_an_attendee"),
                             (ReassessInput(ana, compta, 3), "skill_id", "not_a_session_skill"),
                             (ReassessInput(ana, accueil, 7), "level", "bad_level")):
        with pytest.raises(ValidationError) as caught, db.transaction() as session:
            session_outcomes.reassess(session, sid, [row], TODAY)
        assert (caught.value.field, caught.value.code) == (field, code)
    with db.read() as session:
        assert assessments.history(session, ana) == []
