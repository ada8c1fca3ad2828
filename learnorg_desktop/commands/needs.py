"""`learnorg needs list`: learning needs, filtered by office and status."""

from __future__ import annotations

import argparse

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db, print_json
from learnorg_desktop.enums import NeedStatus
from learnorg_desktop.services import needs, organisation


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("needs", help="list learning needs")
    sub = parser.add_subparsers(dest="needs_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="list learning needs, most urgent first")
    add_db_option(listing, required=True)
    listing.add_argument("--office", help="only this office (code)")
    listing.add_argument("--status", help="only this status: " + ", ".join(s.value for s in NeedStatus))
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)


def _status(value: str | None) -> frozenset[NeedStatus]:
    if not value:
        return frozenset()
    try:
        return frozenset({NeedStatus(value.strip().lower())})
    except ValueError:
        choices = ", ".join(s.value for s in NeedStatus)
        raise CommandError(f"unknown status '{value}' (one of {choices})") from None


def run_list(args: argparse.Namespace) -> int:
    statuses = _status(args.status)
    db = open_db(args)
    try:
        with db.read() as session:
            office_id = organisation.office_by_code(session, args.office).id if args.office else None
            rows = needs.list_needs(session, needs.NeedFilter(office_id=office_id, statuses=statuses))
    finally:
        db.close()
    if args.json:
        print_json([as_json(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.id}\t{r.status.value}\tP{r.priority}\t{r.person or r.team or '-'}\t{r.office_code or ''}\t"
                  f"{r.subject}\t{r.origin.value}\t{r.target_date or ''}")
    return 0


def as_json(row: needs.NeedRow) -> dict[str, object]:
    return {
        "id": row.id, "uuid": row.uuid, "person": row.person, "office": row.office_code, "team": row.team,
        "skill": row.skill, "topic": row.topic, "origin": row.origin, "priority": row.priority,
        "status": row.status, "target_date": row.target_date, "opened_on": row.opened_on,
    }
