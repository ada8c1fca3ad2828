"""`learnorg sessions list`: the calendar of knowledge-sharing sessions, filtered by dates and office."""

from __future__ import annotations

import argparse

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db, print_json
from learnorg_desktop.services import organisation
from learnorg_desktop.services.parsing import parse_date
from learnorg_desktop.services.session_calendar import SessionQuery, SessionRow, list_sessions


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sessions", help="list knowledge-sharing sessions")
    sub = parser.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="list sessions by start time")
    add_db_option(listing, required=True)
    listing.add_argument("--from", dest="start", metavar="DATE", help="first day (dd/mm/yyyy or yyyy-mm-dd)")
    listing.add_argument("--to", dest="end", metavar="DATE", help="last day, included")
    listing.add_argument("--office", help="only this office (code)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    if start is not None and end is not None and end < start:
        raise CommandError("--to is before --from")
    db = open_db(args)
    try:
        with db.read() as session:
            office_id = organisation.office_by_code(session, args.office).id if args.office else None
            rows = list_sessions(session, SessionQuery(start=start, end=end, office_id=office_id))
    finally:
        db.close()
    if args.json:
        print_json([as_json(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.id}\t{r.starts_at:%Y-%m-%d %H:%M}\t{r.status.value}\t{r.format.value}\t{r.office_code or ''}\t"
                  f"{r.title}\t{r.attended}/{r.invited}")
    return 0


def as_json(row: SessionRow) -> dict[str, object]:
    return {
        "id": row.id, "uuid": row.uuid, "title": row.title, "format": row.format, "status": row.status,
        "starts_at": row.starts_at, "duration_minutes": row.duration_minutes, "office": row.office_code,
        "skills": list(row.skills), "hosts": list(row.host_names), "invited": row.invited,
        "attended": row.attended, "capacity": row.capacity,
    }
