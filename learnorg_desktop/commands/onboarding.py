"""`learnorg onboarding status|templates`: open onboardings by urgency with indicators; default templates."""

from __future__ import annotations

import argparse
from datetime import date

from learnorg_desktop.commands.common import add_db_option, open_db, print_json
from learnorg_desktop.services import onboarding_indicators, onboarding_templates, organisation
from learnorg_desktop.services.onboarding_followup import OpenChecklistRow, OpenFilter, open_checklists
from learnorg_desktop.services.onboarding_indicators import OnboardingIndicators


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("onboarding", help="onboarding checklists: status, default templates")
    sub = parser.add_subparsers(dest="onboarding_command", metavar="ACTION", required=True)

    status = sub.add_parser("status", help="open onboardings, most overdue first, and the indicators")
    add_db_option(status, required=True)
    status.add_argument("--office", help="only this office (code)")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=run_status)

    templates = sub.add_parser("templates", help="load the default checklist templates (idempotent)")
    add_db_option(templates, required=True)
    templates.add_argument("--lang", choices=onboarding_templates.LANGUAGES, default="fr")
    templates.set_defaults(handler=run_templates)


def run_status(args: argparse.Namespace) -> int:
    db = open_db(args)
    today = date.today()
    try:
        with db.read() as session:
            office_id = organisation.office_by_code(session, args.office).id if args.office else None
            rows = open_checklists(session, today, OpenFilter(office_id=office_id))
            figures = onboarding_indicators.indicators(session, today, office_id=office_id)
            by_office = onboarding_indicators.indicators_by_office(session, today)
    finally:
        db.close()
    if office_id is not None:
        by_office = [f for f in by_office if f.office_code == figures.office_code]
    if args.json:
        print_json({"today": today, "open": [_row_json(r, today) for r in rows],
                    "indicators": _indicators_json(figures), "by_office": [_indicators_json(f) for f in by_office]})
        return 0
    for r in rows:
        print(f"{r.person}\t{r.office_code or ''}\t{r.done}/{r.total}\toverdue {r.overdue}\t"
              f"next {r.next_due or '-'}")
    rate = f"{figures.completion_rate:.0%}" if figures.completion_rate is not None else "-"
    days = f"{figures.median_days_to_complete:g}" if figures.median_days_to_complete is not None else "-"
    print(f"{len(rows)} open; completion {rate} of {figures.checklists}; median {days} days to complete; "
          f"{figures.overdue_items} overdue items")
    return 0


def run_templates(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.transaction() as session:
            report = onboarding_templates.load_default_templates(session, args.lang)
    finally:
        db.close()
    print(f"default templates ({args.lang}): {report.created} added, {report.skipped} already there")
    return 0


def _row_json(row: OpenChecklistRow, today: date) -> dict[str, object]:
    return {
        "checklist_id": row.id, "person_id": row.person_id, "person": row.person, "office": row.office_code,
        "template": row.template_name, "template_version": row.template_version, "started_on": row.started_on,
        "done": row.done, "total": row.total, "overdue": row.overdue, "days_overdue": row.days_overdue(today),
        "next_due": row.next_due,
    }


def _indicators_json(figures: OnboardingIndicators) -> dict[str, object]:
    return {
        "office": figures.office_code, "checklists": figures.checklists, "completed": figures.completed,
        "completion_rate": figures.completion_rate, "median_days_to_complete": figures.median_days_to_complete,
        "overdue_items": figures.overdue_items, "overdue_checklists": figures.overdue_checklists,
    }
