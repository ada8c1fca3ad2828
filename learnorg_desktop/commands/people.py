"""`learnorg people list|import`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date

from learnorg_desktop.commands.common import add_db_option, open_db, print_json
from learnorg_desktop.services import organisation, people


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("people", help="list or import people")
    sub = parser.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="list people")
    add_db_option(listing, required=True)
    listing.add_argument("--office", help="only this office (code)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    from learnorg_desktop.commands import people_import

    people_import.register(sub)


def run_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    today = date.today()
    try:
        with db.read() as session:
            office_id = organisation.office_by_code(session, args.office).id if args.office else None
            ids = people.list_ids(session, people.PersonQuery(office_id=office_id), today)
            rows: dict[int, people.PersonRow] = {}
            for start in range(0, len(ids), 500):  # bounded IN lists
                rows.update(people.fetch_rows(session, ids[start : start + 500], today))
    finally:
        db.close()
    ordered = [rows[i] for i in ids]
    if args.json:
        print_json([_as_json(r) for r in ordered])
    else:
        for r in ordered:
            print(f"{r.id}\t{r.kind.value}\t{r.last_name}\t{r.first_name}\t{r.email or ''}\t"
                  f"{r.office_code or ''}\t{r.status.value}")
    return 0


def _as_json(row: people.PersonRow) -> dict[str, object]:
    data = asdict(row)
    data["office"] = data.pop("office_code")
    return data
