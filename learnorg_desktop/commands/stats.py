"""`learnorg stats`: the dashboards' indicators and early warnings for a period and an office."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db, print_json
from learnorg_desktop.services import indicators, organisation
from learnorg_desktop.services.indicator_series import add_months
from learnorg_desktop.services.indicators import EarlyWarning, Indicators
from learnorg_desktop.services.parsing import parse_date


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("stats", help="print the dashboards' indicators and early warnings")
    add_db_option(parser, required=True)
    parser.add_argument("--office", help="only this office (code); default: the whole organisation")
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (default: 12 months before --to)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day, included (default: today)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The asked period; by default the twelve months ending on `--to` (or today)."""
    end = end or today
    start = start or add_months(end, -12) + timedelta(days=1)
    if end < start:
        raise CommandError("--to is before --from")
    return start, end


def run(args: argparse.Namespace) -> int:
    today = date.today()
    start, end = period(parse_date(args.start, "--from"), parse_date(args.end, "--to"), today)
    db = open_db(args)
    try:
        with db.read() as session:
            office_id = organisation.office_by_code(session, args.office).id if args.office else None
            figures = indicators.compute(session, office_id=office_id, start=start, end=end, today=today)
            alerts = indicators.warnings(session, today, office_id)
    finally:
        db.close()
    if args.json:
        print_json(as_json(figures, alerts))
    else:
        print_table(figures, alerts)
    return 0


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def as_json(ind: Indicators, alerts: list[EarlyWarning]) -> dict[str, Any]:
    """Every indicator and series; rates are shares from 0 to 1, None when there is nothing to divide."""
    t, o, k = ind.turnover, ind.onboarding, ind.skills
    return {
        "office": ind.office_code, "start": ind.start, "end": ind.end, "today": ind.today,
        "people": {"active": ind.active, "by_kind": [asdict(p) for p in ind.people]},
        "turnover": {**asdict(t), "average_headcount": t.average_headcount, "rate": _rate(t.rate)},
        "onboarding": {"checklists": o.checklists, "completed": o.completed,
                       "completion_rate": _rate(o.completion_rate),
                       "median_days_to_complete": o.median_days_to_complete,
                       "overdue_items": o.overdue_items, "overdue_checklists": o.overdue_checklists},
        "needs": asdict(ind.needs),
        "key_skills": {"skills": [{"skill": c.skill, "target_holders": c.target_holders, "target_level": c.target_level,
                                   "holders": c.holders, "reached": c.reached} for c in k.key_skills],
                       "reached": k.key_skills_reached, "coverage": _rate(k.coverage),
                       "single_holder_skills": k.single_holder_skills},
        "sessions_held": [asdict(m) for m in ind.sessions_held],
        "participation": _point(ind.participation),
        "participation_series": [_point(p) for p in ind.participation_series],
        "satisfaction": asdict(ind.satisfaction),
        "learning_gain": asdict(ind.learning_gain),
        "application": {**asdict(ind.application), "rate": _rate(ind.application.rate)},
        "resources_added": [asdict(m) for m in ind.resources_added],
        "warnings": [{"kind": w.kind, "office": w.office_code, "figures": list(w.figures),
                      "period_ends": list(w.period_ends), "last_resource_on": w.last_resource_on, "action": w.action}
                     for w in alerts],
    }


def _point(p: indicators.ParticipationPoint) -> dict[str, Any]:
    return {"on": p.on, "active": p.active, "participants": p.participants, "rate": _rate(p.rate)}


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def print_table(ind: Indicators, alerts: list[EarlyWarning]) -> None:
    t, o, k, s = ind.turnover, ind.onboarding, ind.skills, ind.satisfaction
    rows = [
        ("office", ind.office_code or "all"), ("period", f"{ind.start} to {ind.end}"),
        *((f"active {p.kind.value}", f"{p.active} (+{p.arrivals} / -{p.departures})") for p in ind.people),
        ("turnover (12 months)", f"{_pct(t.rate)} ({t.departures} departures)"),
        ("median stay of leavers (days)", _num(t.median_stay_days)),
        ("onboarding completed", f"{_pct(o.completion_rate)} of {o.checklists}"),
        ("median days to complete", _num(o.median_days_to_complete)), ("overdue items", str(o.overdue_items)),
        ("needs opened / met / open now", f"{ind.needs.opened} / {ind.needs.met} / {ind.needs.open_now}"),
        ("key skills reached", f"{k.key_skills_reached} of {len(k.key_skills)}"),
        ("single-holder skills", str(k.single_holder_skills)),
        ("sessions held", str(sum(m.count for m in ind.sessions_held))),
        ("participation (90 days)", f"{_pct(ind.participation.rate)} ({ind.participation.participants} people)"),
        ("usefulness / quality", f"{_num(s.usefulness)} / {_num(s.quality)} ({s.answers} answers)"),
        ("learning gain (levels)", f"{_num(ind.learning_gain.mean_change)} ({ind.learning_gain.assessments})"),
        ("applied", f"{_pct(ind.application.rate)} of {ind.application.answered} follow-ups"),
        ("resources added", str(sum(m.count for m in ind.resources_added))),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    print("\nmonth\tsessions\tparticipation\tresources")
    for held, point, added in zip(ind.sessions_held, ind.participation_series, ind.resources_added, strict=True):
        print(f"{held.month:%Y-%m}\t{held.count}\t{_pct(point.rate)}\t{added.count}")
    for w in alerts:
        figures = ", ".join(f"{f:.3g}" for f in w.figures) or f"last added {w.last_resource_on or 'never'}"
        print(f"warning\t{w.office_code or 'all'}\t{w.kind.value}\t{figures}\t{w.action.value}")
