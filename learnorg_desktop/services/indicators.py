"""The evaluation dashboards' indicators for a period and an office (docs/indicators.md defines each one).

`compute` gathers people, turnover, onboarding, needs, key skills, sessions, participation,
satisfaction, learning gain, application and resources. Figures that describe the present state
(onboarding, key-skill coverage, single holders, needs open now) are taken on `today`; the others
cover the period `start`..`end` (inclusive days). A rate or mean with nothing to divide is None ("n/a").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import median

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.enums import AssessmentSource, NeedStatus, PersonKind
from learnorg_desktop.models import KnowledgeSession, LearningNeed, Office, Person, SessionFeedback, SkillAssessment
from learnorg_desktop.services import indicator_series as series
from learnorg_desktop.services import onboarding_indicators, talent
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.holdings import active_person_clause, need_office
from learnorg_desktop.services.indicator_participation import participation
from learnorg_desktop.services.indicator_warnings import EarlyWarning, WarningAction, WarningKind, warnings
from learnorg_desktop.services.needs import CLOSED_STATUSES
from learnorg_desktop.services.onboarding_indicators import OnboardingIndicators
from learnorg_desktop.services.talent import KeySkillCoverage

__all__ = [
    "Application", "EarlyWarning", "Indicators", "KindFigures", "LearningGain", "MonthCount", "NeedFigures",
    "ParticipationPoint", "Satisfaction", "SkillFigures", "Turnover", "WarningAction", "WarningKind", "compute",
    "warnings",
]


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class KindFigures:
    """One kind of person: active on the period's last day, arrivals and departures during the period."""

    kind: PersonKind
    active: int
    arrivals: int
    departures: int


@dataclass(frozen=True)
class Turnover:
    """Departures in the 12 months ending at `end` over the mean of the headcounts at both ends."""

    window_start: date  # headcount day; departures count from the next day on
    end: date
    departures: int
    headcount_start: int
    headcount_end: int
    median_stay_days: float | None

    @property
    def average_headcount(self) -> float:
        return (self.headcount_start + self.headcount_end) / 2

    @property
    def rate(self) -> float | None:
        return _ratio(self.departures, self.average_headcount)


@dataclass(frozen=True)
class NeedFigures:
    """Needs opened and met during the period, and needs still open on `today`."""

    opened: int
    met: int
    open_now: int


@dataclass(frozen=True)
class SkillFigures:
    """Key-skill coverage (per key skill with a target) and the number of skills only one person holds."""

    key_skills: tuple[KeySkillCoverage, ...]
    single_holder_skills: int

    @property
    def key_skills_reached(self) -> int:
        return sum(1 for k in self.key_skills if k.reached)

    @property
    def coverage(self) -> float | None:
        """Share of key skills whose target number of holders is reached."""
        return _ratio(self.key_skills_reached, len(self.key_skills))


@dataclass(frozen=True)
class MonthCount:
    """A count for one calendar month (`month` is its first day) cut to the period."""

    month: date
    count: int


@dataclass(frozen=True)
class ParticipationPoint:
    """Active people on `on` and how many of them attended a held session in the 90 days ending on `on`."""

    on: date
    active: int
    participants: int

    @property
    def rate(self) -> float | None:
        return _ratio(self.participants, self.active)


@dataclass(frozen=True)
class Satisfaction:
    """Feedback given during the period: how many answers, mean usefulness and quality (1–5)."""

    answers: int
    usefulness: float | None
    quality: float | None


@dataclass(frozen=True)
class LearningGain:
    """Level change of assessments recorded after a session during the period, against the level before."""

    assessments: int  # with an earlier level to compare with
    without_baseline: int  # first-ever assessments: no change can be measured
    mean_change: float | None


@dataclass(frozen=True)
class Application:
    """Follow-ups answered during the period, and how many said the learning was applied."""

    answered: int
    applied: int

    @property
    def rate(self) -> float | None:
        return _ratio(self.applied, self.answered)


@dataclass(frozen=True)
class Indicators:
    """Every dashboard figure for one office (None: the whole organisation) and one period."""

    office_id: int | None
    office_code: str | None
    start: date
    end: date
    today: date
    people: tuple[KindFigures, ...]
    turnover: Turnover
    onboarding: OnboardingIndicators
    needs: NeedFigures
    skills: SkillFigures
    sessions_held: tuple[MonthCount, ...]
    participation: ParticipationPoint
    participation_series: tuple[ParticipationPoint, ...]
    satisfaction: Satisfaction
    learning_gain: LearningGain
    application: Application
    resources_added: tuple[MonthCount, ...]

    @property
    def active(self) -> int:
        return sum(k.active for k in self.people)


def _person_scope(office_id: int | None) -> ColumnElement[bool]:
    return and_(Person.deleted.is_(False), *([] if office_id is None else [Person.office_id == office_id]))


def _people(session: Session, office_id: int | None, start: date, end: date) -> tuple[KindFigures, ...]:
    stmt = (
        select(Person.kind, series.count_if(active_person_clause(end)),
               series.count_if(Person.arrival_date.between(start, end)),
               series.count_if(Person.departure_date.between(start, end)))
        .where(_person_scope(office_id)).group_by(Person.kind)
    )
    found = {kind: (int(a), int(b), int(c)) for kind, a, b, c in session.execute(stmt)}
    return tuple(KindFigures(kind, *found.get(kind, (0, 0, 0))) for kind in PersonKind)


def _turnover(session: Session, office_id: int | None, end: date) -> Turnover:
    first = series.add_months(end, -12)
    heads = select(series.count_if(active_person_clause(first)), series.count_if(active_person_clause(end))).where(
        _person_scope(office_id))
    at_start, at_end = session.execute(heads).one()
    left = select(Person.arrival_date, Person.departure_date).where(
        _person_scope(office_id), Person.departure_date > first, Person.departure_date <= end)
    rows = session.execute(left).all()
    stays = [(gone - came).days for came, gone in rows if came is not None and gone is not None]
    return Turnover(first, end, len(rows), int(at_start), int(at_end), float(median(stays)) if stays else None)


def _needs(session: Session, office_id: int | None, start: date, end: date) -> NeedFigures:
    stmt = (
        select(series.count_if(LearningNeed.opened_on.between(start, end)),
               series.count_if(and_(LearningNeed.status == NeedStatus.MET, LearningNeed.closed_on.between(start, end))),
               series.count_if(LearningNeed.status.not_in(sorted(CLOSED_STATUSES))))
        .select_from(LearningNeed).outerjoin(Person, Person.id == LearningNeed.person_id)
        .where(LearningNeed.deleted.is_(False))
    )
    if office_id is not None:
        stmt = stmt.where(need_office() == office_id)
    opened, met, still_open = session.execute(stmt).one()
    return NeedFigures(int(opened), int(met), int(still_open))


def _skills(session: Session, office_code: str | None, office_id: int | None, today: date) -> SkillFigures:
    coverage, lone = talent.skill_risks(session, today, office_id=office_id)
    # A skill held by one person in the whole organisation is this office's risk when that person is here.
    count = len(lone) if office_id is None else sum(1 for s in lone if s.office_code == office_code)
    return SkillFigures(tuple(coverage), count)


def _month_counts(counts: series.Counts, buckets: list[series.Bucket]) -> tuple[MonthCount, ...]:
    return tuple(MonthCount(b.first.replace(day=1), n) for b, n in zip(buckets, series.by_bucket(counts, len(buckets)),
                                                                       strict=True))


def _participation(session: Session, office_id: int | None, days: list[date]) -> tuple[ParticipationPoint, ...]:
    heads, present = participation(session, days, office_id)
    return tuple(ParticipationPoint(d, series.total(heads, i), series.total(present, i)) for i, d in enumerate(days))


def _session_scope(office_id: int | None) -> ColumnElement[bool]:
    scope = KnowledgeSession.deleted.is_(False)
    return scope if office_id is None else and_(scope, KnowledgeSession.office_id == office_id)


def _satisfaction(session: Session, office_id: int | None, start: date, end: date) -> Satisfaction:
    stmt = (
        select(func.count(SessionFeedback.id), func.avg(SessionFeedback.usefulness), func.avg(SessionFeedback.quality))
        .join(KnowledgeSession, KnowledgeSession.id == SessionFeedback.session_id)
        .where(SessionFeedback.deleted.is_(False), SessionFeedback.given_on.between(start, end),
               _session_scope(office_id))
    )
    answers, usefulness, quality = session.execute(stmt).one()
    return Satisfaction(int(answers), _float(usefulness), _float(quality))


def _application(session: Session, office_id: int | None, start: date, end: date) -> Application:
    stmt = (
        select(func.count(SessionFeedback.id), series.count_if(SessionFeedback.applied.is_(True)))
        .join(KnowledgeSession, KnowledgeSession.id == SessionFeedback.session_id)
        .where(SessionFeedback.deleted.is_(False), SessionFeedback.applied.is_not(None),
               SessionFeedback.applied_on.between(start, end), _session_scope(office_id))
    )
    answered, applied = session.execute(stmt).one()
    return Application(int(answered), int(applied))


def _learning_gain(session: Session, office_id: int | None, start: date, end: date) -> LearningGain:
    cur, prev = aliased(SkillAssessment, name="cur"), aliased(SkillAssessment, name="prev")
    # The person's level on the skill just before: the latest earlier assessment, whatever its source.
    before = (
        select(prev.level)
        .where(prev.person_id == cur.person_id, prev.skill_id == cur.skill_id, prev.deleted.is_(False),
               or_(prev.assessed_on < cur.assessed_on, and_(prev.assessed_on == cur.assessed_on, prev.id < cur.id)))
        .order_by(prev.assessed_on.desc(), prev.id.desc()).limit(1).scalar_subquery()
    )
    pairs = (
        select((cur.level - before).label("change"))
        .join(Person, Person.id == cur.person_id)
        .where(cur.deleted.is_(False), cur.source == AssessmentSource.SESSION, cur.assessed_on.between(start, end),
               _person_scope(office_id))
        .subquery()
    )
    total, measured, mean = session.execute(
        select(func.count(), func.count(pairs.c.change), func.avg(pairs.c.change))).one()
    return LearningGain(int(measured), int(total) - int(measured), _float(mean))


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def _office_code(session: Session, office_id: int | None) -> str | None:
    return None if office_id is None else session.scalar(select(Office.code).where(Office.id == office_id))


def compute(session: Session, *, office_id: int | None, start: date, end: date, today: date) -> Indicators:
    """Every indicator for the period start..end (inclusive) and one office (None: whole organisation)."""
    if end < start:
        raise ValidationError("end", "the period ends before it starts", code="ends_before_start")
    code = _office_code(session, office_id)
    months = series.month_buckets(start, end)
    points = _participation(session, office_id, [b.last for b in months])
    return Indicators(
        office_id=office_id, office_code=code, start=start, end=end, today=today,
        people=_people(session, office_id, start, end),
        turnover=_turnover(session, office_id, end),
        onboarding=onboarding_indicators.indicators(session, today, office_id=office_id),
        needs=_needs(session, office_id, start, end),
        skills=_skills(session, code, office_id, today),
        sessions_held=_month_counts(series.held_sessions(session, months, office_id), months),
        participation=points[-1], participation_series=points,
        satisfaction=_satisfaction(session, office_id, start, end),
        learning_gain=_learning_gain(session, office_id, start, end),
        application=_application(session, office_id, start, end),
        resources_added=_month_counts(series.resources_added(session, months, office_id), months),
    )
