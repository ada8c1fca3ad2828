"""`learnorg skills import FILE` (a catalogue spreadsheet) and `learnorg skills starter` (the shipped one)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from learnorg_desktop.catalogue.spreadsheet import CatalogueImportError, import_catalogue_file
from learnorg_desktop.catalogue.starter import LANGUAGES, load_starter_catalogue
from learnorg_desktop.commands.common import add_db_option, open_db, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("skills", help="import the skills catalogue")
    sub = parser.add_subparsers(dest="skills_command", metavar="ACTION", required=True)

    importing = sub.add_parser("import", help="import skills from CSV, XLSX or ODS (all rows or none)")
    importing.add_argument("file", type=Path, help="the spreadsheet (.csv, .xlsx, .xls, .ods)")
    add_db_option(importing, required=True)
    importing.add_argument("--json", action="store_true", help="print JSON")
    importing.set_defaults(handler=run_import)

    starter = sub.add_parser("starter", help="load the starter catalogue for solidarity NGOs")
    add_db_option(starter, required=True)
    starter.add_argument("--lang", choices=LANGUAGES, default="fr", help="language of the catalogue")
    starter.add_argument("--no-roles", action="store_true", help="skip the roles and their expected skills")
    starter.add_argument("--json", action="store_true", help="print JSON")
    starter.set_defaults(handler=run_starter)


def run_import(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.transaction() as session:
            report = import_catalogue_file(session, args.file)
    except CatalogueImportError as error:
        if not args.json:
            raise
        print_json({"imported": False, "errors": [asdict(e) for e in error.errors]})
        return 1
    finally:
        db.close()
    if args.json:
        print_json({"imported": True, **asdict(report)})
    else:
        print(f"{report.rows} skills: {report.created} created, {report.updated} updated, "
              f"{report.categories_created} new categories")
    return 0


def run_starter(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.transaction() as session:
            report = load_starter_catalogue(session, args.lang, with_roles=not args.no_roles)
    finally:
        db.close()
    if args.json:
        print_json(asdict(report))
    else:
        print(f"{report.skills_created} skills added ({report.skills_skipped} already there), "
              f"{report.categories_created} categories, {report.role_skills_created} expected skills")
    return 0
