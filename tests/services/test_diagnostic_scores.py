"""Self-diagnosis scores: hand-computed values, the anonymity threshold, trends and the action plan."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.services import diagnostic
from learnorg_desktop.services.diagnostic_scores import (
    MIN_RESPONSES,
    CampaignScores,
    ScoreCell,
    action_plan,
    campaign_scores,
    score_of,
    trend,
)
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.storage.database import Database
from tests.services.diagnostic_data import answer_all, campaign, respond

VOLUNTEER, STAFF = RespondentGroup.VOLUNTEER, RespondentGroup.STAFF


def _scores(cell: ScoreCell) -> dict[str, float | None]:
    return {d.dimension: d.score for d in cell.dimensions}


def _cell(result: CampaignScores, office: str | None = None, group: RespondentGroup | None = None) -> ScoreCell:
    return next(c for c in result.cells if c.office == office and c.group == group)


def test_score_formula() -> None:
    assert score_of(5, 5) == 0.0  # five answers of 1
    assert score_of(25, 5) == 100.0
    assert score_of(3 + 4 + 4, 3) == 66.7  # (50 + 75 + 75) / 3


def test_scores_match_hand_computation(db: Database) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        respond(session, campaign_id, answer_all(5), times=3)  # 100 everywhere
        respond(session, campaign_id, answer_all(2), times=2)  # 25 everywhere
        respond(session, campaign_id, {"LEAD1": 1, "LEAD2": 1})  # 0 on leadership only
        result = campaign_scores(session, campaign_id)
    overall = _cell(result)
    assert overall.responses == 6 and not overall.suppressed
    lead = next(d for d in overall.dimensions if d.dimension == "LEAD")
    # LEAD: 3 statements × (3 × 100 + 2 × 25) + 2 × 0 over 17 answers
    assert lead.answers == 17 and lead.score == round((9 * 100 + 6 * 25) / 17, 1)
    assert _scores(overall)["DIAL"] == round((3 * 100 + 2 * 25) / 5, 1) == 70.0


def test_four_responses_suppressed_five_shown(db: Database) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        respond(session, campaign_id, answer_all(4), times=MIN_RESPONSES - 1)
        hidden = campaign_scores(session, campaign_id)
        respond(session, campaign_id, answer_all(4))
        shown = campaign_scores(session, campaign_id)
    cell = _cell(hidden)
    assert cell.suppressed and cell.responses is None
    assert all(d.suppressed and d.score is None and d.answers is None for d in cell.dimensions)
    assert action_plan(cell) == []
    assert _cell(shown).responses == 5 and set(_scores(_cell(shown)).values()) == {75.0}


def test_dimension_answered_by_too_few_is_suppressed(db: Database) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        respond(session, campaign_id, {"LEAD1": 3}, times=4)
        respond(session, campaign_id, {"DIAL1": 3}, times=1)
        cell = _cell(campaign_scores(session, campaign_id))
    assert not cell.suppressed and cell.responses == 5
    by_code = {d.dimension: d for d in cell.dimensions}
    assert by_code["LEAD"].suppressed and by_code["LEAD"].score is None
    assert by_code["TEAM"].score is None and by_code["TEAM"].answers == 0 and not by_code["TEAM"].suppressed


def _breakdown_data(session: Session) -> int:
    campaign_id = campaign(session)
    respond(session, campaign_id, answer_all(5), office="LYON", group=VOLUNTEER, times=5)
    respond(session, campaign_id, answer_all(1), office="LYON", group=STAFF, times=4)
    respond(session, campaign_id, answer_all(3), office="LILLE", group=VOLUNTEER, times=2)
    return campaign_id


def test_breakdowns_suppress_small_cells(db: Database) -> None:
    with db.transaction() as session:
        campaign_id = _breakdown_data(session)
        by_office = campaign_scores(session, campaign_id, "office")
        by_group = campaign_scores(session, campaign_id, "group")
        cross = campaign_scores(session, campaign_id, "office_group")
    lyon = _cell(by_office, "LYON")
    assert lyon.responses == 9 and _scores(lyon)["LEAD"] == round(5 * 100 / 9, 1)
    assert _cell(by_office, "LILLE").suppressed
    assert _cell(by_group, group=VOLUNTEER).responses == 7
    assert _scores(_cell(by_group, group=VOLUNTEER))["RET"] == round((5 * 100 + 2 * 50) / 7, 1)
    assert _cell(by_group, group=STAFF).suppressed
    assert _scores(_cell(cross, "LYON", VOLUNTEER))["DEC"] == 100.0
    for office, group in (("LYON", STAFF), ("LILLE", VOLUNTEER)):
        small = _cell(cross, office, group)
        assert small.suppressed and small.responses is None and all(d.score is None for d in small.dimensions)
    with pytest.raises(ValueError, match="breakdown"):
        campaign_scores(session, campaign_id, "person")  # type: ignore[arg-type]


def test_empty_campaign_is_one_empty_cell(db: Database) -> None:
    with db.transaction() as session:
        result = campaign_scores(session, campaign(session))
    assert [(c.responses, c.suppressed) for c in result.cells] == [(0, False)]
    assert all(d.score is None and d.answers == 0 for d in result.cells[0].dimensions)


def test_trend_series_per_dimension(db: Database) -> None:
    with db.transaction() as session:
        old = campaign(session, "2025", date(2025, 3, 1))
        respond(session, old, answer_all(2), office="LYON", times=5, on=date(2025, 3, 1))
        new = campaign(session)
        respond(session, new, answer_all(4), office="LYON", times=5)
        respond(session, new, answer_all(4), office="LILLE", times=2)
        everyone = trend(session)
        lille = trend(session, office="lille")
    lead = next(s for s in everyone if s.dimension == "LEAD")
    assert [(p.campaign_id, p.score) for p in lead.points] == [(old, 25.0), (new, 75.0)]
    assert len(everyone) == 8
    assert [(p.score, p.suppressed) for p in lille[0].points] == [(None, False), (None, True)]


def test_action_plan_picks_two_weakest(db: Database) -> None:
    answers = answer_all(4)
    answers.update({"RET1": 1, "RET2": 2, "DEC1": 2, "ONB3": 3})
    with db.transaction() as session:
        campaign_id = campaign(session)
        respond(session, campaign_id, answers, times=5)
        cell = _cell(campaign_scores(session, campaign_id))
    plan = action_plan(cell, "en")
    assert [(p.dimension, p.area) for p in plan] == [("RET", "people"), ("DEC", "dashboards")]
    assert plan[0].score == round((0 + 25 + 75) / 3, 1) and plan[0].title == "Retention" and len(plan[0].actions) >= 2
    assert action_plan(cell, "fr")[0].title == "Fidélisation"
    with pytest.raises(ValidationError):
        action_plan(cell, "de")


def test_deleted_responses_do_not_count(db: Database) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        respond(session, campaign_id, answer_all(4), times=5)
        diagnostic.delete_campaign(session, campaign_id)
        assert all(s.points == () for s in trend(session))
