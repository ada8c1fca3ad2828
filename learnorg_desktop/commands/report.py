"""`learnorg report`: write the Excel report (summary, indicators, charts and one table per subject)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db
from learnorg_desktop.commands.stats import period
from learnorg_desktop.services.parsing import parse_date
from learnorg_desktop.services.progress import Progress


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help="write the Excel report for boards, funders and headquarters")
    parser.add_argument("out", metavar="OUT.xlsx", help="the workbook to write (replaced when complete)")
    add_db_option(parser, required=True)
    parser.add_argument("--office", help="only this office (code); default: the whole organisation")
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (default: 12 months before --to)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day, included (default: today)")
    parser.add_argument("--anonymised", action="store_true",
                        help="leave out names and contact details (people become 'Person 00042')")
    parser.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the workbook (default: fr)")
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    parser.set_defaults(handler=run)


def _output(value: str) -> Path:
    path = Path(value).expanduser()
    if path.suffix.lower() != ".xlsx":
        raise CommandError(f"{value}: the report is an Excel workbook, name it .xlsx")
    if not path.parent.is_dir():
        raise CommandError(f"{path.parent}: no such folder")
    return path


def _progress(quiet: bool) -> Progress:
    if quiet or not sys.stderr.isatty():
        return Progress()
    shown: list[str] = []

    def on_progress(_done: int, _total: int, message: str) -> None:
        if message and (not shown or shown[-1] != message):
            shown.append(message)
            print(message, file=sys.stderr)

    return Progress(on_progress)


def run(args: argparse.Namespace) -> int:
    from learnorg_desktop.reports.report_workbook import ReportOptions, write_report

    today = date.today()
    start, end = period(parse_date(args.start, "--from"), parse_date(args.end, "--to"), today)
    out = _output(args.out)
    options = ReportOptions(start, end, office_code=args.office, lang=args.lang, anonymised=args.anonymised)
    db = open_db(args)
    try:
        with db.read() as session:
            result = write_report(session, out, options, today=today, progress=_progress(args.quiet))
    finally:
        db.close()
    if not args.quiet:
        rows = ", ".join(f"{name} {count}" for name, count in result.rows.items())
        print(f"written {result.path} ({rows})")
    return 0
