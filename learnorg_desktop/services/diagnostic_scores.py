"""Self-diagnosis scores (0–100 per dimension) by office and group, their trend, and the action plan.

A statement's answer v (1–5) is worth (v − 1) / 4 × 100; a dimension's score is the mean over all its
answers in the group, rounded to one decimal. Anonymity: any group of fewer than MIN_RESPONSES
responses (or a dimension answered by fewer than MIN_RESPONSES of them) is returned as suppressed,
without its score nor its counts. A group with no response at all is simply empty (not suppressed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeVar

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.models import DiagnosticAnswer, DiagnosticCampaign, DiagnosticResponse, Office
from learnorg_desktop.services.diagnostic import get_campaign
from learnorg_desktop.services.diagnostic_questionnaire import Questionnaire, check_lang, load_questionnaire

MIN_RESPONSES = 5
Breakdown = Literal["campaign", "office", "group", "office_group"]
BREAKDOWNS: tuple[Breakdown, ...] = ("campaign", "office", "group", "office_group")
NO_OFFICE = ""  # office code of responses recorded without an office


@dataclass(frozen=True)
class DimensionScore:
    """A dimension's score; `score` and `answers` are None when suppressed (or when nobody answered)."""

    dimension: str
    score: float | None
    answers: int | None
    suppressed: bool


@dataclass(frozen=True)
class ScoreCell:
    """One group of responses: an office, a respondent group, both, or everyone (None means 'all')."""

    office: str | None
    group: RespondentGroup | None
    responses: int | None
    suppressed: bool
    dimensions: tuple[DimensionScore, ...]


@dataclass(frozen=True)
class CampaignScores:
    """The scores of one campaign broken down as asked."""

    campaign_id: int
    name: str
    breakdown: Breakdown
    cells: tuple[ScoreCell, ...]


@dataclass(frozen=True)
class TrendPoint:
    campaign_id: int
    name: str
    opened_on: date
    score: float | None
    suppressed: bool


@dataclass(frozen=True)
class DimensionSeries:
    """One dimension's score campaign after campaign, oldest first."""

    dimension: str
    points: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class ActionPlanItem:
    """A weak dimension, what to do about it and the application area where it is done."""

    dimension: str
    title: str
    score: float
    area: str
    actions: tuple[str, ...]


@dataclass
class _Sums:
    """Running totals of one group: per dimension (sum of values, answers, respondents) and responses."""

    responses: int = 0
    dimensions: dict[str, list[int]] = field(default_factory=dict)

    def add_dimension(self, dimension: str, total: int, answers: int, respondents: int) -> None:
        sums = self.dimensions.setdefault(dimension, [0, 0, 0])
        sums[0] += total
        sums[1] += answers
        sums[2] += respondents  # groups never share a response, so respondents add up


_Key = tuple[int, str, RespondentGroup]  # campaign, office code, group
_K = TypeVar("_K")


def _fetch(session: Session, questionnaire: Questionnaire, campaign_id: int | None) -> dict[_Key, _Sums]:
    """Totals at the finest level (campaign, office, group), in two aggregate queries."""
    dimension = case(questionnaire.dimension_of(), value=DiagnosticAnswer.question_code)
    office = func.coalesce(Office.code, NO_OFFICE)
    live: list[ColumnElement[bool]] = [DiagnosticResponse.deleted.is_(False), DiagnosticCampaign.deleted.is_(False)]
    if campaign_id is not None:
        live.append(DiagnosticResponse.campaign_id == campaign_id)
    base = (select().select_from(DiagnosticResponse)
            .join(DiagnosticCampaign, DiagnosticCampaign.id == DiagnosticResponse.campaign_id)
            .outerjoin(Office, Office.id == DiagnosticResponse.office_id).where(*live))
    keys = (DiagnosticResponse.campaign_id, office, DiagnosticResponse.respondent_group)
    sums: dict[_Key, _Sums] = {}
    for c, o, g, n in session.execute(base.add_columns(*keys, func.count()).group_by(*keys)):
        sums.setdefault((c, o, g), _Sums()).responses = n
    answers = (base.join(DiagnosticAnswer, DiagnosticAnswer.response_id == DiagnosticResponse.id)
               .where(DiagnosticAnswer.deleted.is_(False), dimension.is_not(None))
               .add_columns(*keys, dimension, func.sum(DiagnosticAnswer.value), func.count(),
                            func.count(func.distinct(DiagnosticResponse.id)))
               .group_by(*keys, dimension))
    for c, o, g, d, total, n, respondents in session.execute(answers):
        sums.setdefault((c, o, g), _Sums()).add_dimension(d, int(total), n, respondents)
    return sums


def _cell(office: str | None, group: RespondentGroup | None, sums: _Sums, questionnaire: Questionnaire) -> ScoreCell:
    hidden = 0 < sums.responses < MIN_RESPONSES  # no response at all hides nobody
    scores = []
    for dimension in questionnaire.dimensions:
        total, answers, respondents = sums.dimensions.get(dimension.code, (0, 0, 0))
        if hidden or 0 < respondents < MIN_RESPONSES:
            scores.append(DimensionScore(dimension.code, None, None, True))
        elif answers == 0:
            scores.append(DimensionScore(dimension.code, None, 0, False))
        else:
            scores.append(DimensionScore(dimension.code, score_of(total, answers), answers, False))
    return ScoreCell(office, group, None if hidden else sums.responses, hidden, tuple(scores))


def score_of(total: int, answers: int) -> float:
    """Mean of (v − 1) / 4 × 100 over `answers` values summing to `total`, to one decimal."""
    return round((total - answers) * 25 / answers, 1)


def _roll_up(sums: dict[_Key, _Sums], key: Callable[[_Key], _K]) -> dict[_K, _Sums]:
    merged: dict[_K, _Sums] = {}
    for fine, part in sums.items():
        target = merged.setdefault(key(fine), _Sums())
        target.responses += part.responses
        for dimension, (total, answers, respondents) in part.dimensions.items():
            target.add_dimension(dimension, total, answers, respondents)
    return merged


_BREAKDOWN_KEYS: dict[Breakdown, Callable[[_Key], tuple[str | None, RespondentGroup | None]]] = {
    "campaign": lambda k: (None, None),
    "office": lambda k: (k[1], None),
    "group": lambda k: (None, k[2]),
    "office_group": lambda k: (k[1], k[2]),
}


def campaign_scores(session: Session, campaign_id: int, breakdown: Breakdown = "campaign") -> CampaignScores:
    """Scores of one campaign, overall or per office, per group, or per office × group."""
    if breakdown not in _BREAKDOWN_KEYS:
        raise ValueError(f"unknown breakdown '{breakdown}'")  # a programming error: callers pass a Breakdown
    campaign = get_campaign(session, campaign_id)
    questionnaire = load_questionnaire()
    key = _BREAKDOWN_KEYS[breakdown]
    merged = _roll_up(_fetch(session, questionnaire, campaign_id), key)
    if breakdown == "campaign" and not merged:
        merged = {(None, None): _Sums()}
    cells = [_cell(o, g, part, questionnaire) for (o, g), part in merged.items()]
    cells.sort(key=lambda c: (c.office or "", c.group or ""))
    return CampaignScores(campaign.id, campaign.name, breakdown, tuple(cells))


def trend(session: Session, *, office: str | None = None, group: RespondentGroup | None = None
          ) -> list[DimensionSeries]:
    """Each dimension's score over the campaigns (oldest first), for everyone or one office and/or group."""
    questionnaire = load_questionnaire()
    sums = {k: v for k, v in _fetch(session, questionnaire, None).items()
            if (office is None or k[1] == office.upper()) and (group is None or k[2] == group)}
    by_campaign = _roll_up(sums, lambda k: (k[0],))
    campaigns = session.execute(select(DiagnosticCampaign.id, DiagnosticCampaign.name, DiagnosticCampaign.opened_on)
                                .where(DiagnosticCampaign.deleted.is_(False))
                                .order_by(DiagnosticCampaign.opened_on, DiagnosticCampaign.id)).all()
    cells = {c: _cell(office, group, by_campaign.get((c,), _Sums()), questionnaire) for c, _, _ in campaigns}
    return [DimensionSeries(d.code, tuple(_point(c, name, opened, cells[c].dimensions[i])
                                          for c, name, opened in campaigns))
            for i, d in enumerate(questionnaire.dimensions)]


def _point(campaign_id: int, name: str, opened_on: date, score: DimensionScore) -> TrendPoint:
    return TrendPoint(campaign_id, name, opened_on, score.score, score.suppressed)


def action_plan(cell: ScoreCell, lang: str = "fr", *, count: int = 2) -> list[ActionPlanItem]:
    """The `count` weakest shown dimensions of a result (ties: questionnaire order) and their actions."""
    check_lang(lang)
    questionnaire = load_questionnaire()
    shown = [s for s in cell.dimensions if s.score is not None]
    weakest = sorted(shown, key=lambda s: s.score if s.score is not None else 0.0)[:count]
    return [_item(questionnaire, s.dimension, s.score or 0.0, lang) for s in weakest]


def _item(questionnaire: Questionnaire, code: str, score: float, lang: str) -> ActionPlanItem:
    dimension = questionnaire.dimension(code)
    return ActionPlanItem(code, dimension.title[lang], score, dimension.area, dimension.actions[lang])

