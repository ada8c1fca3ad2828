"""Self-diagnosis campaigns and their anonymous responses: open, close, list, and record answers.

Skipped statements are allowed (a respondent may not know, e.g. a partner about onboarding): a blank
answer is simply not stored, and scores are computed over the answers given. A response with no
answer at all is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.models import DiagnosticAnswer, DiagnosticCampaign, DiagnosticResponse, Office
from learnorg_desktop.services import organisation
from learnorg_desktop.services.diagnostic_questionnaire import Questionnaire, load_questionnaire, questionnaire_for
from learnorg_desktop.services.errors import NotFoundError, ValidationError

NAME_MAX, COMMENT_MAX = 200, 2000


@dataclass(frozen=True)
class CampaignRow:
    """A campaign with its number of responses."""

    id: int
    uuid: str
    name: str
    opened_on: date
    closed_on: date | None
    questionnaire_version: str
    responses: int

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class ResponseInput:
    """One anonymous filled questionnaire; `answers` maps statement codes to 1–5 (skipped ones absent)."""

    office_code: str | None
    group: RespondentGroup
    answered_on: date
    answers: Mapping[str, int]
    comment: str = ""


@dataclass(frozen=True)
class ResponseCounts:
    """How many responses a campaign received, overall, per office code and per group."""

    total: int
    by_office: dict[str, int] = field(default_factory=dict)
    by_group: dict[RespondentGroup, int] = field(default_factory=dict)


def load_campaign(session: Session, campaign_id: int) -> DiagnosticCampaign:
    """The live campaign model (for checks that need it), or NotFoundError."""
    campaign = session.get(DiagnosticCampaign, campaign_id)
    if campaign is None or campaign.deleted:
        raise NotFoundError(f"no campaign {campaign_id}", code="unknown_campaign", campaign=campaign_id)
    return campaign


def _check_name(session: Session, name: str, campaign_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("name", "the campaign needs a name", code="required")
    if len(name) > NAME_MAX:
        raise ValidationError("name", f"the name is longer than {NAME_MAX} characters", code="too_long")
    clash = session.scalar(select(DiagnosticCampaign.id).where(
        func.lower(DiagnosticCampaign.name) == name.lower(), DiagnosticCampaign.deleted.is_(False),
        DiagnosticCampaign.id != (campaign_id or 0)))
    if clash is not None:
        raise ValidationError("name", f"a campaign is already named '{name}'", code="duplicate_campaign",
                              name=name)
    return name


def open_campaign(session: Session, name: str, opened_on: date) -> CampaignRow:
    """Start a campaign with the current questionnaire."""
    campaign = DiagnosticCampaign(name=_check_name(session, name, None), opened_on=opened_on,
                                  questionnaire_version=load_questionnaire().version,
                                  origin_office_uuid=organisation.local_office_uuid(session))
    session.add(campaign)
    session.flush()
    return get_campaign(session, campaign.id)


def update_campaign(session: Session, campaign_id: int, *, name: str, opened_on: date) -> CampaignRow:
    campaign = load_campaign(session, campaign_id)
    if campaign.closed_on is not None and campaign.closed_on < opened_on:
        raise ValidationError("date", "the campaign cannot open after it closed", code="ends_before_start")
    first = session.scalar(select(func.min(DiagnosticResponse.answered_on)).where(
        DiagnosticResponse.campaign_id == campaign_id, DiagnosticResponse.deleted.is_(False)))
    if first is not None and first < opened_on:
        raise ValidationError("date", "responses were given before that date", code="responses_before_open")
    campaign.name, campaign.opened_on = _check_name(session, name, campaign_id), opened_on
    session.flush()
    return get_campaign(session, campaign_id)


def close_campaign(session: Session, campaign_id: int, closed_on: date) -> CampaignRow:
    """Stop collecting responses; a closed campaign refuses new ones until it is reopened."""
    campaign = load_campaign(session, campaign_id)
    if campaign.closed_on is not None:
        raise ValidationError("campaign", "the campaign is already closed", code="campaign_closed")
    if closed_on < campaign.opened_on:
        raise ValidationError("date", "the campaign cannot close before it opened", code="ends_before_start")
    campaign.closed_on = closed_on
    session.flush()
    return get_campaign(session, campaign_id)


def reopen_campaign(session: Session, campaign_id: int) -> CampaignRow:
    campaign = load_campaign(session, campaign_id)
    campaign.closed_on = None
    session.flush()
    return get_campaign(session, campaign_id)


def delete_campaign(session: Session, campaign_id: int) -> None:
    """Tombstone the campaign with its responses and answers."""
    campaign = load_campaign(session, campaign_id)
    responses = select(DiagnosticResponse.id).where(DiagnosticResponse.campaign_id == campaign_id)
    # Core updates skip the ORM version counter: bump it by hand so exchanges see the change.
    for model, where in ((DiagnosticAnswer, DiagnosticAnswer.response_id.in_(responses)),
                         (DiagnosticResponse, DiagnosticResponse.campaign_id == campaign_id)):
        session.execute(update(model).where(where, model.deleted.is_(False))
                        .values(deleted=True, row_version=model.row_version + 1)
                        .execution_options(synchronize_session=False))
    campaign.deleted = True
    session.flush()


def get_campaign(session: Session, campaign_id: int) -> CampaignRow:
    campaign = load_campaign(session, campaign_id)
    return _row(campaign, response_counts(session, campaign_id).total)


def list_campaigns(session: Session) -> list[CampaignRow]:
    """Live campaigns, most recent first, with their response counts (one query)."""
    counts = (select(DiagnosticResponse.campaign_id, func.count().label("n"))
              .where(DiagnosticResponse.deleted.is_(False)).group_by(DiagnosticResponse.campaign_id).subquery())
    rows = session.execute(
        select(DiagnosticCampaign, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.campaign_id == DiagnosticCampaign.id)
        .where(DiagnosticCampaign.deleted.is_(False))
        .order_by(DiagnosticCampaign.opened_on.desc(), DiagnosticCampaign.id.desc()))
    return [_row(campaign, int(n)) for campaign, n in rows]


def response_counts(session: Session, campaign_id: int) -> ResponseCounts:
    rows = session.execute(
        select(Office.code, DiagnosticResponse.respondent_group, func.count())
        .select_from(DiagnosticResponse).outerjoin(Office, Office.id == DiagnosticResponse.office_id)
        .where(DiagnosticResponse.campaign_id == campaign_id, DiagnosticResponse.deleted.is_(False))
        .group_by(Office.code, DiagnosticResponse.respondent_group)).all()
    by_office: dict[str, int] = {}
    by_group: dict[RespondentGroup, int] = {}
    for code, group, n in rows:
        by_office[code or ""] = by_office.get(code or "", 0) + n
        by_group[group] = by_group.get(group, 0) + n
    return ResponseCounts(sum(n for *_, n in rows), by_office, by_group)


def add_response(session: Session, campaign_id: int, data: ResponseInput) -> int:
    """Record one anonymous response; refused as a whole when anything is wrong."""
    return add_responses(session, campaign_id, [data])[0]


def add_responses(session: Session, campaign_id: int, responses: Sequence[ResponseInput]) -> list[int]:
    """Record several responses, all checked before the first is written."""
    campaign = load_campaign(session, campaign_id)
    questionnaire = questionnaire_for(campaign.questionnaire_version)
    offices = {o.code: o.id for o in organisation.list_offices(session)}
    checked = [check_response(campaign, questionnaire, offices, r) for r in responses]
    origin = organisation.local_office_uuid(session)
    ids = []
    for data, office_id in checked:
        response = DiagnosticResponse(campaign_id=campaign_id, office_id=office_id, respondent_group=data.group,
                                      answered_on=data.answered_on, comment=data.comment.strip(),
                                      origin_office_uuid=origin)
        session.add(response)
        session.flush()
        session.add_all(DiagnosticAnswer(response_id=response.id, question_code=code, value=value,
                                         origin_office_uuid=origin) for code, value in data.answers.items())
        ids.append(response.id)
    session.flush()
    return ids


def check_response(campaign: DiagnosticCampaign, questionnaire: Questionnaire, offices: Mapping[str, int],
                   data: ResponseInput) -> tuple[ResponseInput, int | None]:
    """The response and its office id, or a ValidationError naming the field (a statement code for answers)."""
    if campaign.closed_on is not None:
        raise ValidationError("campaign", "the campaign is closed", code="campaign_closed")
    if data.answered_on < campaign.opened_on:
        raise ValidationError("date", "the response predates the campaign", code="before_campaign")
    if not isinstance(data.group, RespondentGroup):
        raise ValidationError("kind", "the respondent group is missing", code="required")
    office_id = None
    if data.office_code is not None:
        office_id = offices.get(data.office_code.strip().upper())
        if office_id is None:
            raise ValidationError("office", f"unknown office '{data.office_code}'", code="unknown_office",
                                  office=data.office_code)
    if len(data.comment) > COMMENT_MAX:
        raise ValidationError("notes", f"the comment is longer than {COMMENT_MAX} characters", code="too_long")
    _check_answers(questionnaire, data.answers)
    return data, office_id


def _check_answers(questionnaire: Questionnaire, answers: Mapping[str, int]) -> None:
    known = set(questionnaire.codes)
    for code, value in answers.items():
        if code not in known:
            raise ValidationError(code, f"'{code}' is not a statement of this questionnaire",
                                  code="unknown_statement", statement=code)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(code, f"{code}: the answer must be a whole number from 1 to 5",
                                  code="bad_rating", statement=code, value=str(value))
    if not answers:
        raise ValidationError("answers", "the response answers no statement", code="no_answer")


def _row(campaign: DiagnosticCampaign, responses: int) -> CampaignRow:
    return CampaignRow(campaign.id, campaign.uuid, campaign.name, campaign.opened_on, campaign.closed_on,
                       campaign.questionnaire_version, responses)
