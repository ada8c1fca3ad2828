"""`learnorg review PERSON OUT.xlsx`: one person's annual-review workbook (skills, needs, sessions, feedback)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db
from learnorg_desktop.reports.person_review_sheet import LANGS, write_person_review
from learnorg_desktop.services import people, person_review
from learnorg_desktop.services.errors import ConflictError
from learnorg_desktop.services.parsing import parse_date


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("review", help="write one person's annual review as an Excel workbook")
    parser.add_argument("person", metavar="PERSON", help="the person's id, e-mail address or unique name")
    parser.add_argument("out", metavar="OUT.xlsx", type=Path, help="the workbook to write (replaced if it exists)")
    add_db_option(parser, required=True)
    parser.add_argument("--lang", choices=LANGS, default="fr", help="language of the workbook (default: fr)")
    parser.add_argument("--as-of", dest="as_of", metavar="DATE", help="review as of this day (default: today)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    today = parse_date(args.as_of, "--as-of") or date.today()
    out: Path = args.out
    if out.suffix.lower() != ".xlsx":
        raise CommandError(f"{out} should end in .xlsx")
    if not out.parent.is_dir():
        raise CommandError(f"no folder {out.parent}")
    db = open_db(args)
    try:
        with db.read() as session:
            person_id = _resolve(session, args.person, today)
            review = person_review.review(session, person_id, today)
    finally:
        db.close()
    write_person_review(review, out, args.lang)
    print(f"{review.identity.name}: {out}")
    return 0


def _resolve(session: Session, text: str, today: date) -> int:
    """The person's id; when several match, the refusal lists them so the user can pick an id."""
    try:
        return person_review.find_person(session, text)
    except ConflictError as error:
        candidates = list(error.params.get("candidates", []))
        rows = people.fetch_rows(session, candidates, today)
        lines = [f"  {pid}\t{row.first_name} {row.last_name}\t{row.email or ''}\t{row.office_code or ''}"
                 for pid in candidates if (row := rows.get(pid))]
        raise CommandError("\n".join([f"several people match '{text}': give an id or an e-mail", *lines])) from None
