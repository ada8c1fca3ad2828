"""The global dashboard's words: indicator rows with their definitions (docs/indicators.md), warnings, chart labels."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QObject

from learnorg_desktop.charts.coverage import CoverageLabels
from learnorg_desktop.charts.dashboard import ChartTexts
from learnorg_desktop.charts.heatmap import HeatmapLabels
from learnorg_desktop.charts.trends import TrendLabels
from learnorg_desktop.enums import PersonKind
from learnorg_desktop.gui.formatting import number, percent
from learnorg_desktop.gui.models.indicator_models import IndicatorRow
from learnorg_desktop.gui.models.rows_model import short_date
from learnorg_desktop.services.indicators import EarlyWarning, Indicators, WarningAction, WarningKind

DASH = "–"  # a figure that cannot be computed (nothing to divide): never shown as 0

# The tab each suggested action leads to (the main window's areas).
ACTION_AREAS: dict[WarningAction, str] = {
    WarningAction.REACH_OUT_TO_PEOPLE: "people",
    WarningAction.PLAN_SESSIONS: "sharing",
    WarningAction.CALL_FOR_RESOURCES: "sharing",
}


@dataclass(frozen=True)
class WarningText:
    """A warning in plain words: what happens, what to do, the button's text and the tab it opens."""

    message: str  # rich text (the office in bold)
    advice: str
    button: str
    area: str


def month_label(month: date) -> str:
    """A short month name and two-digit year in the user's language ("janv. 26", "Jan 26")."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month:%y}"


def _count(value: int) -> str:
    return number(value)


def _decimal(value: float | None, decimals: int = 1) -> str:
    return DASH if value is None else number(value, decimals)


class IndicatorTexts(QObject):
    """Turns the service's figures into translated rows and sentences (a QObject so lupdate sees `self.tr`)."""

    def rows(self, ind: Indicators) -> list[IndicatorRow]:
        return [*self._people(ind), *self._onboarding(ind), *self._needs(ind), *self._skills(ind),
                *self._sessions(ind), *self._learning(ind), *self._resources(ind)]

    def _kind(self, kind: PersonKind) -> str:
        return {PersonKind.VOLUNTEER: self.tr("Active volunteers"), PersonKind.STAFF: self.tr("Active staff members"),
                PersonKind.PARTNER: self.tr("Active partners")}[kind]

    def _moves(self, arrivals: int, departures: int) -> str:
        return self.tr("%1 arrivals, %2 departures in the period").replace("%1", _count(arrivals)).replace(
            "%2", _count(departures))

    def _people(self, ind: Indicators) -> list[IndicatorRow]:
        active = self.tr("People active on the period's last day: arrived on or before that day (or no arrival "
                         "date) and not yet left. Arrivals and departures: people whose arrival or departure date "
                         "falls in the period.")
        t = ind.turnover
        rows = [IndicatorRow("people", self.tr("People"), section=True),
                IndicatorRow("active", self.tr("Active people"), _count(ind.active),
                             self._moves(sum(k.arrivals for k in ind.people), sum(k.departures for k in ind.people)),
                             active)]
        rows += [IndicatorRow(f"active_{k.kind.value}", self._kind(k.kind), _count(k.active),
                              self._moves(k.arrivals, k.departures), active) for k in ind.people]
        rows.append(IndicatorRow(
            "turnover", self.tr("Turnover (12 months)"), percent(t.rate, 1),
            self.tr("%1 departures, average headcount %2").replace("%1", _count(t.departures))
            .replace("%2", number(t.average_headcount, 1)),
            self.tr("Departures in the twelve months ending on the period's last day, divided by the average "
                    "headcount: the mean of the active people twelve months earlier and on the last day.")))
        rows.append(IndicatorRow(
            "median_stay", self.tr("Median length of stay of leavers"), self._days(t.median_stay_days),
            self.tr("people who left in those twelve months"),
            self.tr("For the people who left in the twelve months ending on the period's last day, the median "
                    "number of days from arrival to departure (people without an arrival date are left out).")))
        return rows

    def _days(self, value: float | None) -> str:
        return DASH if value is None else self.tr("%1 days").replace("%1", number(value, 0 if value.is_integer()
                                                                                  else 1))

    def _onboarding(self, ind: Indicators) -> list[IndicatorRow]:
        o = ind.onboarding
        return [
            IndicatorRow("onboarding", self.tr("Onboarding (today)"), section=True),
            IndicatorRow("onboarding_rate", self.tr("Completion rate"), percent(o.completion_rate),
                         self.tr("%1 of %2 checklists completed").replace("%1", _count(o.completed))
                         .replace("%2", _count(o.checklists)),
                         self.tr("Onboarding checklists completed, divided by those started on or before today, "
                                 "for the people of the office.")),
            IndicatorRow("onboarding_days", self.tr("Median days to complete"), self._days(o.median_days_to_complete),
                         "", self.tr("The median number of days from the start to the completion of the completed "
                                     "onboarding checklists.")),
            IndicatorRow("overdue", self.tr("Overdue items"), _count(o.overdue_items),
                         self.tr("on %1 checklists").replace("%1", _count(o.overdue_checklists)),
                         self.tr("Onboarding steps not ticked whose due date is before today, on checklists not "
                                 "completed.")),
        ]

    def _needs(self, ind: Indicators) -> list[IndicatorRow]:
        n = ind.needs
        return [
            IndicatorRow("needs", self.tr("Learning needs"), section=True),
            IndicatorRow("needs_opened", self.tr("Needs opened"), _count(n.opened), self.tr("in the period"),
                         self.tr("Learning needs whose opening date falls in the period: the office's collective "
                                 "needs and its people's individual needs.")),
            IndicatorRow("needs_met", self.tr("Needs met"), _count(n.met), self.tr("in the period"),
                         self.tr("Needs marked met whose closing date falls in the period (a dropped need is not "
                                 "met).")),
            IndicatorRow("needs_open", self.tr("Needs still open"), _count(n.open_now), self.tr("today"),
                         self.tr("Needs that today are neither met nor dropped: open, planned or in progress.")),
        ]

    def _skills(self, ind: Indicators) -> list[IndicatorRow]:
        k = ind.skills
        return [
            IndicatorRow("skills", self.tr("Key skills (today)"), section=True),
            IndicatorRow("coverage", self.tr("Key-skill coverage"), percent(k.coverage),
                         self.tr("%1 of %2 key skills reach their target").replace("%1", _count(k.key_skills_reached))
                         .replace("%2", _count(len(k.key_skills))),
                         self.tr("The share of key skills whose target is reached. For each key skill with a target "
                                 "(for example 3 people at level 2), the active people whose current, unexpired "
                                 "level reaches the target level are counted.")),
            IndicatorRow("single_holders", self.tr("Single-holder skills"), _count(k.single_holder_skills),
                         self.tr("held by one person only"),
                         self.tr("Skills that exactly one active person in the whole organisation holds; for an "
                                 "office, those whose only holder belongs to it. The knowledge leaves with them.")),
        ]

    def _sessions(self, ind: Indicators) -> list[IndicatorRow]:
        held = [m.count for m in ind.sessions_held]
        p = ind.participation
        return [
            IndicatorRow("sharing", self.tr("Knowledge sharing"), section=True),
            IndicatorRow("sessions_held", self.tr("Sessions held"), _count(sum(held)),
                         self.tr("%1 per month on average").replace("%1", _decimal(_mean(held))),
                         self.tr("Sessions with status held starting in each month of the period (planned and "
                                 "cancelled sessions do not count); for an office, the sessions it organised.")),
            IndicatorRow("participation", self.tr("Participation rate (90 days)"), percent(p.rate),
                         self.tr("%1 of %2 active people on %3").replace("%1", _count(p.participants))
                         .replace("%2", _count(p.active)).replace("%3", short_date(p.on)),
                         self.tr("The share of active people marked present at one held session at least (of any "
                                 "office) in the 90 days ending on the period's last day. Invited but absent does "
                                 "not count.")),
        ]

    def _learning(self, ind: Indicators) -> list[IndicatorRow]:
        s, g, a = ind.satisfaction, ind.learning_gain, ind.application
        satisfaction = self.tr("Feedback given in the period on the sessions: the number of answers and the mean "
                               "usefulness and quality, from 1 to 5.")
        answers = self.tr("%1 answers").replace("%1", _count(s.answers))
        return [
            IndicatorRow("evaluation", self.tr("Evaluation"), section=True),
            IndicatorRow("usefulness", self.tr("Satisfaction: usefulness"), self._out_of_five(s.usefulness), answers,
                         satisfaction),
            IndicatorRow("quality", self.tr("Satisfaction: quality"), self._out_of_five(s.quality), answers,
                         satisfaction),
            IndicatorRow("learning_gain", self.tr("Learning gain"), self._levels(g.mean_change),
                         self.tr("%1 levels compared, %2 without an earlier level").replace(
                             "%1", _count(g.assessments)).replace("%2", _count(g.without_baseline)),
                         self.tr("Each skill level recorded after a session in the period is compared with the same "
                                 "person's level just before. The gain is the mean of the differences, in levels "
                                 "(+1 = one level up); levels with no earlier level are counted apart.")),
            IndicatorRow("application", self.tr("Application rate"), percent(a.rate),
                         self.tr("%1 of %2 follow-ups").replace("%1", _count(a.applied)).replace(
                             "%2", _count(a.answered)),
                         self.tr("Among the follow-ups answered in the period, the share saying the learning was "
                                 "applied.")),
        ]

    def _out_of_five(self, value: float | None) -> str:
        return DASH if value is None else self.tr("%1 / 5").replace("%1", number(value, 1))

    def _levels(self, value: float | None) -> str:
        if value is None:
            return DASH
        text = number(value, 2)
        return self.tr("%1 levels").replace("%1", f"+{text}" if value > 0 else text)

    def _resources(self, ind: Indicators) -> list[IndicatorRow]:
        added = [m.count for m in ind.resources_added]
        return [
            IndicatorRow("library", self.tr("Resources"), section=True),
            IndicatorRow("resources_added", self.tr("Resources added"), _count(sum(added)),
                         self.tr("%1 per month on average").replace("%1", _decimal(_mean(added))),
                         self.tr("Documents and links recorded in each month of the period (date of recording); "
                                 "for an office, those recorded for it.")),
        ]

    # --- early warnings ----------------------------------------------------------------------------
    def warning(self, warning: EarlyWarning, offices: dict[str, str]) -> WarningText:
        """`offices` maps an office code to its display name."""
        where = html.escape(offices.get(warning.office_code, warning.office_code) if warning.office_code
                            else self.tr("The whole organisation"))
        if warning.kind is WarningKind.NO_NEW_RESOURCES:
            last = (short_date(warning.last_resource_on) if warning.last_resource_on else self.tr("never"))
            message = self.tr("<b>%1</b>: no resource added in the last three months (latest: %2).")
            message = message.replace("%1", where).replace("%2", last)
        else:
            message = (self.tr("<b>%1</b>: participation has fallen two quarters in a row: %2 of active people "
                               "(three-month periods ending %3).")
                       if warning.kind is WarningKind.PARTICIPATION_FALLING else
                       self.tr("<b>%1</b>: fewer sessions held two quarters in a row: %2 sessions (three-month "
                               "periods ending %3)."))
            figures = [percent(f) if warning.kind is WarningKind.PARTICIPATION_FALLING else _count(int(f))
                       for f in warning.figures]
            message = message.replace("%1", where).replace("%2", " → ".join(figures)).replace(
                "%3", ", ".join(short_date(d) for d in warning.period_ends))
        return WarningText(message, *self._advice(warning.action), ACTION_AREAS[warning.action])

    def _advice(self, action: WarningAction) -> tuple[str, str]:
        if action is WarningAction.REACH_OUT_TO_PEOPLE:
            return (self.tr("Reach out to the people: ask them what they expect and what keeps them away."),
                    self.tr("Open People"))
        if action is WarningAction.PLAN_SESSIONS:
            return self.tr("Plan sessions with the office, with hosts from the talent map."), self.tr("Plan sessions")
        return (self.tr("Call for resources: ask the hosts to share their materials."), self.tr("Open the library"))

    # --- charts --------------------------------------------------------------------------------------
    def charts(self, months: Sequence[date]) -> ChartTexts:
        return ChartTexts(
            months=tuple(month_label(m) for m in months),
            trends=TrendLabels(sessions=self.tr("Sessions held"), resources=self.tr("Resources added"),
                               counts_axis=self.tr("Per month"), participation=self.tr("Participation (90 days)"),
                               empty=self.tr("No month in the period.")),
            coverage=CoverageLabels(reached=self.tr("Holders (target reached)"),
                                    missing=self.tr("Holders (below target)"), target=self.tr("Target"),
                                    axis=self.tr("Active people at the target level"),
                                    empty=self.tr("No key skill with a target yet: mark skills as key in the "
                                                  "skills catalogue.")),
            heatmap=HeatmapLabels(colorbar=self.tr("Sessions held"), empty=self.tr("No office yet.")),
            no_office=self.tr("No office"),
        )


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None
