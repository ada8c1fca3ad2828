"""`learnorg privacy`: answer an access request, anonymise a person, list who is due, record consents."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db, print_json
from learnorg_desktop.commands.review import _resolve as resolve_by_name  # one rule for "PERSON" everywhere
from learnorg_desktop.models import Person
from learnorg_desktop.services import privacy
from learnorg_desktop.services.parsing import parse_date
from learnorg_desktop.storage.backups import backup_before

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# The anonymous name in the language of the command (the window uses its own translation).
LABELS = {"fr": "Anonymisé", "en": "Anonymised"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("privacy", help="personal data: access export, anonymisation, retention, consents")
    commands = parser.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    person_help = "the person's id, UUID, e-mail address or unique name"

    export = commands.add_parser("export", help="write everything held about one person (.xlsx plus .json, or .json)")
    export.add_argument("person", metavar="PERSON", help=person_help)
    export.add_argument("out", metavar="OUT", type=Path, help="OUT.xlsx (a .json is written beside it) or OUT.json")
    add_db_option(export, required=True)
    export.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the workbook (default: fr)")
    export.set_defaults(handler=run_export)

    anonymise = commands.add_parser("anonymise", help="erase a person's identity, keep the statistics (a backup "
                                                      "is taken first; cannot be undone)")
    anonymise.add_argument("person", metavar="PERSON", help=person_help)
    add_db_option(anonymise, required=True)
    anonymise.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    anonymise.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the anonymous name")
    anonymise.set_defaults(handler=run_anonymise)

    due = commands.add_parser("due", help="people who left more than N years ago and are not anonymised")
    add_db_option(due, required=True)
    due.add_argument("--years", type=int, help="N (default: the database's setting, 3 unless changed)")
    due.add_argument("--mark-reviewed", action="store_true", help="record that this year's review is done")
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(handler=run_due)

    consent = commands.add_parser("consent", help="record a consent, or its withdrawal")
    consent.add_argument("person", metavar="PERSON", help=person_help)
    add_db_option(consent, required=True)
    consent.add_argument("--purpose", required=True, help="contact, photos, data_sharing or your own wording")
    consent.add_argument("--given", metavar="DATE", help="when it was given (default: today)")
    consent.add_argument("--note", default="", help="how it was given (form, e-mail…)")
    consent.add_argument("--withdraw", action="store_true", help="withdraw the open consent for this purpose instead")
    consent.add_argument("--on", metavar="DATE", help="date of the withdrawal (default: today)")
    consent.set_defaults(handler=run_consent)


def resolve(session: Session, text: str, today: date) -> int:
    """The person's id from a UUID (deleted people too: an erasure may follow a deletion), else as `review` does."""
    if UUID.match(text.strip()):
        found = session.scalar(select(Person.id).where(Person.uuid == text.strip().lower()))
        if found is None:
            raise CommandError(f"nobody has the identifier {text}")
        return found
    return resolve_by_name(session, text, today)


def run_export(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() not in (".xlsx", ".json"):
        raise CommandError(f"{out} should end in .xlsx or .json")
    if not out.parent.is_dir():
        raise CommandError(f"no folder {out.parent}")
    db = open_db(args)
    try:
        with db.read() as session:
            record = privacy.person_record(session, resolve(session, args.person, date.today()))
    finally:
        db.close()
    for path in privacy.write_access_export(out, record, args.lang):
        print(path)
    return 0


def run_anonymise(args: argparse.Namespace) -> int:
    today = date.today()
    db = open_db(args)
    try:
        with db.read() as session:
            person_id = resolve(session, args.person, today)
            person = session.get(Person, person_id)
            assert person is not None
            name = person.full_name
        if not args.yes:
            _confirm(name)
        backup = backup_before(db, "anonymise")
        with db.transaction() as session:
            done = privacy.anonymise_person(session, person_id, today, label=LABELS[args.lang])
    finally:
        db.close()
    if done.already:
        print(f"{name} was already anonymised; their free text was checked again")
    else:
        print(f"{name} is now “{done.name}”; {done.mentions} other record(s) named them")
    if backup is not None:
        print(f"the state before was backed up to {backup.path}")
    return 0


def _confirm(name: str) -> None:
    if not sys.stdin.isatty():
        raise CommandError("anonymising cannot be undone: add --yes to confirm")
    print(f"Anonymise {name}? Their identity is erased for good, here and, with the next exchange files, in "
          "the other offices. Statistics are kept.", file=sys.stderr)
    if input("Type yes to go on: ").strip().lower() not in ("yes", "oui"):
        raise CommandError("nothing done")


def run_due(args: argparse.Namespace) -> int:
    today = date.today()
    if args.years is not None and not 1 <= args.years <= 50:
        raise CommandError("--years should be between 1 and 50")
    db = open_db(args)
    try:
        with db.transaction() as session:
            years = args.years or privacy.retention_years(session)
            due = privacy.people_due_for_anonymisation(session, today, years)
            if args.mark_reviewed:
                privacy.mark_retention_reviewed(session, today)
    finally:
        db.close()
    if args.json:
        print_json({"years": years, "people": [
            {"id": p.id, "uuid": p.uuid, "name": p.name, "kind": p.kind, "office": p.office_code,
             "departure_date": p.departure_date} for p in due]})
        return 0
    print(f"{len(due)} people left more than {years} years ago and are not anonymised")
    for p in due:
        print(f"  {p.id}\t{p.name}\t{p.office_code or ''}\t{p.departure_date.isoformat()}\t{p.uuid}")
    return 0


def run_consent(args: argparse.Namespace) -> int:
    today = date.today()
    db = open_db(args)
    try:
        with db.transaction() as session:
            person_id = resolve(session, args.person, today)
            if args.withdraw:
                on = parse_date(args.on, "--on") or today
                count = privacy.withdraw_purpose(session, person_id, args.purpose, on)
                message = f"{count} consent(s) for “{args.purpose.strip()}” withdrawn on {on.isoformat()}"
            else:
                given = parse_date(args.given, "--given") or today
                privacy.add_consent(session, person_id, args.purpose, given, args.note)
                message = f"consent for “{args.purpose.strip()}” recorded, given on {given.isoformat()}"
    finally:
        db.close()
    print(message)
    return 0
