"""`learnorg init`: create an empty office database."""

from __future__ import annotations

import argparse
from pathlib import Path

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db
from learnorg_desktop.services import onboarding_templates, organisation
from learnorg_desktop.storage.files import remove_sqlite_files


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("init", help="create an empty office database")
    add_db_option(parser, required=True)
    parser.add_argument("--office", required=True, help="office code, e.g. HQ or LYON")
    parser.add_argument("--office-name", required=True, help="office name, e.g. 'Siège'")
    parser.add_argument("--organisation", default="", help="organisation name (default: the office name)")
    parser.add_argument("--headquarters", action="store_true", help="this office is the headquarters")
    parser.add_argument("--templates", choices=["fr", "en", "none"], default="fr",
                        help="default onboarding checklist templates to load (default: fr)")
    parser.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    if "://" not in args.db and Path(args.db).exists():
        raise CommandError(f"{args.db} already exists; choose a new file")
    db = open_db(args, must_exist=False)
    try:
        with db.transaction() as session:
            office = organisation.initialise(
                session, office_code=args.office, office_name=args.office_name,
                organisation=args.organisation, headquarters=args.headquarters,
            )
            if args.templates != "none":
                onboarding_templates.load_default_templates(session, args.templates)
    except Exception:
        db.close()
        remove_sqlite_files(args.db)  # a refused init leaves nothing behind
        raise
    db.close()
    print(f"created {args.db} for office {office.code} ({office.name})")
    return 0
