"""`learnorg diagnostic campaigns|form|import|scores`: run a self-diagnosis campaign from the command line."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db, print_json
from learnorg_desktop.services.parsing import parse_date

if TYPE_CHECKING:
    from learnorg_desktop.services.diagnostic_scores import Breakdown

BY_CHOICES: dict[str, Breakdown] = {"campaign": "campaign", "office": "office", "group": "group",
                                    "office-group": "office_group"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("diagnostic", help="self-diagnosis campaigns, forms and scores")
    sub = parser.add_subparsers(dest="diagnostic_command", metavar="ACTION", required=True)

    campaigns = sub.add_parser("campaigns", help="list campaigns, or open / close one")
    add_db_option(campaigns, required=True)
    campaigns.add_argument("--open", metavar="NAME", help="open a new campaign with this name")
    campaigns.add_argument("--close", metavar="ID", type=int, help="close this campaign")
    campaigns.add_argument("--on", metavar="DATE", help="date of opening or closing (default: today)")
    campaigns.add_argument("--json", action="store_true", help="print JSON")
    campaigns.set_defaults(handler=run_campaigns)

    form = sub.add_parser("form", help="write the blank answer form (.xlsx) of a campaign")
    form.add_argument("out", type=Path, help="the .xlsx file to write")
    add_db_option(form, required=True)
    form.add_argument("--campaign", type=int, required=True, help="campaign id")
    form.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the form")
    form.set_defaults(handler=run_form)

    importing = sub.add_parser("import", help="import filled forms, one response each (all files or none)")
    importing.add_argument("files", type=Path, nargs="+", help="filled forms (.xlsx, .ods, .csv)")
    add_db_option(importing, required=True)
    importing.add_argument("--campaign", type=int, required=True, help="campaign id")
    importing.add_argument("--json", action="store_true", help="print JSON")
    importing.set_defaults(handler=run_import)

    scores = sub.add_parser("scores", help="scores per dimension (groups under 5 responses are hidden)")
    add_db_option(scores, required=True)
    scores.add_argument("--campaign", type=int, help="campaign id (default: the latest)")
    scores.add_argument("--by", choices=tuple(BY_CHOICES), default="campaign", help="breakdown")
    scores.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the action plan")
    scores.add_argument("--json", action="store_true", help="print JSON")
    scores.set_defaults(handler=run_scores)


def _day(text: str | None) -> date:
    return parse_date(text, "on") or date.today()


def run_campaigns(args: argparse.Namespace) -> int:
    from learnorg_desktop.services import diagnostic

    db = open_db(args)
    try:
        with db.transaction() as session:
            if args.open:
                diagnostic.open_campaign(session, args.open, _day(args.on))
            if args.close is not None:
                diagnostic.close_campaign(session, args.close, _day(args.on))
            rows = diagnostic.list_campaigns(session)
    finally:
        db.close()
    if args.json:
        print_json([{**asdict(r), "is_open": r.is_open} for r in rows])
    for r in [] if args.json else rows:
        closed = f"closed {r.closed_on.isoformat()}" if r.closed_on else "open"
        print(f"{r.id}\t{r.name}\t{r.opened_on.isoformat()}\t{closed}\t{r.responses} responses")
    return 0


def run_form(args: argparse.Namespace) -> int:
    from learnorg_desktop.reports.diagnostic_form import write_blank_form
    from learnorg_desktop.services import diagnostic, organisation

    db = open_db(args)
    try:
        with db.read() as session:
            campaign = diagnostic.get_campaign(session, args.campaign)
            offices = organisation.list_offices(session)
    finally:
        db.close()
    write_blank_form(args.out, campaign, offices, args.lang)
    print(args.out)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from learnorg_desktop.importers.diagnostic_form import FormImportError, import_form_files

    db = open_db(args)
    try:
        report = import_form_files(db, args.campaign, args.files, date.today())  # backed up first
    except FormImportError as error:
        if not args.json:
            raise CommandError(error.message) from None
        print_json({"imported": False, "problems": [asdict(p) for p in error.problems]})
        return 1
    finally:
        db.close()
    if args.json:
        print_json({"imported": True, "responses": report.files, "response_ids": list(report.response_ids)})
    else:
        print(f"{report.files} responses imported")
    return 0


def run_scores(args: argparse.Namespace) -> int:
    from learnorg_desktop.services import diagnostic
    from learnorg_desktop.services.diagnostic_scores import MIN_RESPONSES, action_plan, campaign_scores

    db = open_db(args)
    try:
        with db.read() as session:
            campaign_id = args.campaign if args.campaign is not None else _latest(diagnostic.list_campaigns(session))
            result = campaign_scores(session, campaign_id, BY_CHOICES[args.by])
    finally:
        db.close()
    cells = [{**asdict(c), "action_plan": [asdict(a) for a in action_plan(c, args.lang)]} for c in result.cells]
    if args.json:
        print_json({"campaign": {"id": result.campaign_id, "name": result.name}, "breakdown": result.breakdown,
                    "min_responses": MIN_RESPONSES, "cells": cells})
        return 0
    print(result.name)
    for cell in cells:
        _print_cell(cell)
    return 0


def _latest(rows: list[Any]) -> int:
    if not rows:
        raise CommandError("no campaign yet (open one with 'learnorg diagnostic campaigns --open NAME')")
    return int(rows[0].id)


def _print_cell(cell: dict[str, Any]) -> None:
    who = " / ".join(str(part) for part in (cell["office"], cell["group"]) if part is not None) or "all"
    if cell["suppressed"]:
        print(f"{who}: fewer than 5 responses, not shown")
        return
    print(f"{who}: {cell['responses']} responses")
    for d in cell["dimensions"]:
        shown = "hidden" if d["suppressed"] else ("-" if d["score"] is None else f"{d['score']:.1f}")
        print(f"  {d['dimension']:<5} {shown}")
    for item in cell["action_plan"]:
        print(f"  -> {item['title']} ({item['score']:.1f}): {' / '.join(item['actions'])}")
