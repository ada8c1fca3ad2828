"""Self-diagnosis questionnaire, campaigns and responses: validation and bookkeeping."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.models import DiagnosticAnswer, DiagnosticResponse
from learnorg_desktop.services import diagnostic
from learnorg_desktop.services.diagnostic_questionnaire import APP_AREAS, LANGUAGES, load_questionnaire
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.storage.database import Database
from tests.services.diagnostic_data import OPENED, answer_all, campaign, respond


def test_questionnaire_covers_eight_dimensions_in_both_languages() -> None:
    questionnaire = load_questionnaire()
    assert [d.code for d in questionnaire.dimensions] == ["LEAD", "SELF", "TEAM", "KNOW", "ONB", "RET", "DEC", "DIAL"]
    for dimension in questionnaire.dimensions:
        assert 3 <= len(dimension.statements) <= 4 and dimension.area in APP_AREAS
        for lang in LANGUAGES:
            assert dimension.title[lang] and 2 <= len(dimension.actions[lang]) <= 3
            assert all(s.text[lang] and s.code.startswith(dimension.code) for s in dimension.statements)
    assert len(set(questionnaire.codes)) == len(questionnaire.codes)
    assert questionnaire.scale["fr"][0] == "Pas du tout d’accord"


def test_campaign_lifecycle(db: Database) -> None:
    with db.transaction() as session:
        first = campaign(session, "Printemps 2025", date(2025, 3, 1))
        second = campaign(session)
        with pytest.raises(ValidationError) as duplicate:
            diagnostic.open_campaign(session, " printemps 2026 ", OPENED)
        assert duplicate.value.code == "duplicate_campaign"
        with pytest.raises(ValidationError) as blank:
            diagnostic.open_campaign(session, "  ", OPENED)
        assert blank.value.code == "required"
        with pytest.raises(ValidationError) as early:
            diagnostic.close_campaign(session, second, date(2026, 2, 1))
        assert early.value.code == "ends_before_start"
        closed = diagnostic.close_campaign(session, first, date(2025, 4, 1))
        assert not closed.is_open and closed.closed_on == date(2025, 4, 1)
        respond(session, second, answer_all(3), times=2)
        assert [(c.id, c.responses) for c in diagnostic.list_campaigns(session)] == [(second, 2), (first, 0)]
        renamed = diagnostic.update_campaign(session, second, name="Printemps", opened_on=OPENED)
        assert renamed.name == "Printemps"
        with pytest.raises(ValidationError) as moved:
            diagnostic.update_campaign(session, second, name="Printemps", opened_on=date(2026, 3, 2))
        assert moved.value.code == "responses_before_open"
        assert diagnostic.reopen_campaign(session, first).is_open


def test_delete_campaign_tombstones_everything(db: Database) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        respond(session, campaign_id, answer_all(4), times=3)
        diagnostic.delete_campaign(session, campaign_id)
        assert diagnostic.list_campaigns(session) == []
        live = session.scalar(select(func.count()).select_from(DiagnosticAnswer).where(
            DiagnosticAnswer.deleted.is_(False)))
        assert live == 0
        versions = session.scalars(select(DiagnosticResponse.row_version)).all()
        assert versions == [2, 2, 2]
        with pytest.raises(NotFoundError):
            diagnostic.get_campaign(session, campaign_id)


def test_response_stored_with_skipped_statements(db: Database) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        response_id = diagnostic.add_response(session, campaign_id, diagnostic.ResponseInput(
            "lyon", RespondentGroup.VOLUNTEER, OPENED, {"LEAD1": 5, "DIAL2": 1}, comment="  Merci  "))
        stored = session.get(DiagnosticResponse, response_id)
        assert stored is not None and stored.comment == "Merci" and stored.origin_office_uuid is not None
        values = dict(session.execute(select(DiagnosticAnswer.question_code, DiagnosticAnswer.value)
                                      .where(DiagnosticAnswer.response_id == response_id)).all())
        assert values == {"LEAD1": 5, "DIAL2": 1}
        counts = diagnostic.response_counts(session, campaign_id)
        assert (counts.total, counts.by_office, counts.by_group) == (1, {"LYON": 1}, {RespondentGroup.VOLUNTEER: 1})


@pytest.mark.parametrize(("answers", "office", "on", "code"), [
    ({"LEAD1": 6}, "HQ", OPENED, "bad_rating"),
    ({"LEAD1": 0}, "HQ", OPENED, "bad_rating"),
    ({"LEAD1": True}, "HQ", OPENED, "bad_rating"),
    ({"COMM1": 3}, "HQ", OPENED, "unknown_statement"),
    ({}, "HQ", OPENED, "no_answer"),
    ({"LEAD1": 3}, "PARIS", OPENED, "unknown_office"),
    ({"LEAD1": 3}, "HQ", date(2026, 2, 28), "before_campaign"),
])
def test_bad_responses_are_refused(db: Database, answers: dict[str, int], office: str, on: date, code: str) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        good = diagnostic.ResponseInput("HQ", RespondentGroup.STAFF, OPENED, {"LEAD1": 2})
        bad = diagnostic.ResponseInput(office, RespondentGroup.STAFF, on, answers)
        with pytest.raises(ValidationError) as refused:
            diagnostic.add_responses(session, campaign_id, [good, bad])
        assert refused.value.code == code
        assert diagnostic.response_counts(session, campaign_id).total == 0


def test_closed_campaign_refuses_responses(db: Database) -> None:
    with db.transaction() as session:
        campaign_id = campaign(session)
        diagnostic.close_campaign(session, campaign_id, OPENED)
        with pytest.raises(ValidationError) as refused:
            respond(session, campaign_id, answer_all(3))
        assert refused.value.code == "campaign_closed"
