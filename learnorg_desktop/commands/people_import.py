"""`learnorg people import FILE`: import people from CSV, XLSX, XLS or ODS (exit 1 if the file is unusable)."""

from __future__ import annotations

import argparse
from pathlib import Path

from learnorg_desktop.commands.common import add_db_option, open_db, print_json
from learnorg_desktop.services.people_import import ImportReport, import_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("import", help="import people from CSV, XLSX, XLS or ODS")
    parser.add_argument("file", type=Path, help="the spreadsheet (.csv, .xlsx, .xls, .ods)")
    add_db_option(parser, required=True)
    parser.add_argument("--office", help="office (code) for rows without one")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        report = import_file(db, args.file, office_code=args.office, dry_run=args.dry_run)
    finally:
        db.close()
    if args.json:
        print_json(as_json(report))
    else:
        _print_summary(report)
    return 0


def as_json(report: ImportReport) -> dict[str, object]:
    return {
        "rows": report.rows, "created": report.created, "updated": report.updated, "skipped": report.skipped,
        "errors": [{"row": e.row, "field": e.field, "message": e.message} for e in report.errors],
    }


def _print_summary(report: ImportReport) -> None:
    prefix = "dry run, nothing saved: would have " if report.dry_run else ""
    print(f"{prefix}{report.rows} rows: {report.created} created, {report.updated} updated, "
          f"{report.skipped} unchanged, {report.rejected} rejected")
    for error in report.errors:
        where = f" [{error.field}]" if error.field else ""
        print(f"  row {error.row}{where}: {error.message}")
