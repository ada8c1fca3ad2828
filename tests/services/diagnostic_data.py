"""Helpers to record self-diagnosis responses in tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.services import diagnostic
from learnorg_desktop.services.diagnostic_questionnaire import load_questionnaire

OPENED = date(2026, 3, 1)


def campaign(session: Session, name: str = "Printemps 2026", opened_on: date = OPENED) -> int:
    return diagnostic.open_campaign(session, name, opened_on).id


def answer_all(value: int) -> dict[str, int]:
    return dict.fromkeys(load_questionnaire().codes, value)


def respond(session: Session, campaign_id: int, answers: dict[str, int], *, office: str | None = "HQ",
            group: RespondentGroup = RespondentGroup.STAFF, times: int = 1, on: date = OPENED) -> None:
    data = diagnostic.ResponseInput(office, group, on, answers)
    diagnostic.add_responses(session, campaign_id, [data] * times)
