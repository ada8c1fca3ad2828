"""`learnorg exchange`: export and import packages between offices, history and conflicts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db, print_json
from learnorg_desktop.services.progress import Progress


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("exchange", help="exchange packages with other offices")
    commands = parser.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)

    export = commands.add_parser("export", help="write the changes for another office to a .learnorg file")
    export.add_argument("out", type=Path, help="package file to write")
    add_db_option(export, required=True)
    export.add_argument("--to", dest="to_office", help="office code of the recipient (changes since the last "
                                                        "package sent to it)")
    export.add_argument("--full", action="store_true", help="every record, not only the changes")
    export.add_argument("--passphrase-file", type=Path, help="encrypt with the passphrase on this file's first line")
    export.set_defaults(handler=run_export)

    imp = commands.add_parser("import", help="merge a .learnorg package from another office")
    imp.add_argument("package", type=Path, help="package file to read")
    add_db_option(imp, required=True)
    imp.add_argument("--dry-run", action="store_true", help="only show what would change")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.add_argument("--passphrase-file", type=Path, help="the package's passphrase, on this file's first line")
    imp.set_defaults(handler=run_import)

    history = commands.add_parser("history", help="packages sent and received")
    add_db_option(history, required=True)
    history.add_argument("--office", help="only packages exchanged with this office")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=run_history)

    conflicts = commands.add_parser("conflicts", help="list conflicts, or resolve one")
    add_db_option(conflicts, required=True)
    conflicts.add_argument("--resolve", type=int, metavar="ID", help="the conflict to settle")
    conflicts.add_argument("--keep", choices=["kept", "other"], help="version to keep (with --resolve)")
    conflicts.add_argument("--fields", help="comma-separated fields to take from the other version (with --resolve)")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.set_defaults(handler=run_conflicts)


def read_passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0]:
        raise CommandError(f"{path} holds no passphrase on its first line")
    return lines[0]


def _progress_printer(quiet: bool) -> Progress:
    def show(done: int, total: int, message: str) -> None:
        if not quiet and sys.stderr.isatty():
            print(f"\r{message:<24} {done}/{total}", end="", file=sys.stderr, flush=True)

    return Progress(show)


def run_export(args: argparse.Namespace) -> int:
    from learnorg_desktop.exchange.export import export_package

    passphrase = read_passphrase(args.passphrase_file)
    db = open_db(args)
    try:
        report = export_package(db, args.out, to_office=args.to_office, full=args.full, passphrase=passphrase,
                                progress=_progress_printer(False))
    finally:
        db.close()
    print(f"wrote {report.path}: {report.records} records, {report.files} documents"
          f"{', encrypted' if report.encrypted else ''} (export {report.export_id})")
    for sha256 in report.missing_files:
        print(f"warning: document {sha256} is missing from the library and was not included", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from learnorg_desktop.exchange.importer import import_package, open_package, preview_import

    package = open_package(args.package, read_passphrase(args.passphrase_file))
    db = open_db(args)
    try:
        progress = _progress_printer(args.json)
        report = preview_import(db, package, progress=progress) if args.dry_run else \
            import_package(db, package, progress=progress)
    finally:
        db.close()
    if args.json:
        print_json(report.as_json())
        return 0
    if report.already_imported:
        print(f"this package (export {report.export_id} from {report.source_office}) was already imported: "
              "nothing changed")
        return 0
    print(f"{'would import' if args.dry_run else 'imported'} export {report.export_id} from {report.source_office}")
    print(f"{'entity':<26}{'created':>9}{'updated':>9}{'unchanged':>11}{'deleted':>9}{'conflicts':>11}")
    for name, c in [*((n, c) for n, c in report.counts.items() if c.total), ("total", report.totals())]:
        print(f"{name:<26}{c.created:>9}{c.updated:>9}{c.unchanged:>11}{c.deleted:>9}{c.conflicts:>11}")
    if report.backup:
        print(f"backup taken before the import: {report.backup}")
    return 0


def run_history(args: argparse.Namespace) -> int:
    from learnorg_desktop.exchange.history import list_history

    db = open_db(args)
    try:
        with db.read() as session:
            rows = list_history(session, peer_office=args.office)
    finally:
        db.close()
    if args.json:
        print_json([row.__dict__ for row in rows])
        return 0
    for row in rows:
        print(f"{row.recorded_at:%Y-%m-%d %H:%M}\t{row.direction}\t{row.peer_office or '-'}\t"
              f"{row.record_count} records\t{row.export_id}")
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from learnorg_desktop.exchange.conflicts import Pick, list_conflicts, resolve_conflict

    if args.resolve is not None and not args.keep and not args.fields:
        raise CommandError("--resolve needs --keep kept|other or --fields")
    db = open_db(args)
    try:
        if args.resolve is not None:
            fields = {f.strip() for f in args.fields.split(",") if f.strip()} if args.fields else None
            with db.transaction() as session:
                resolve_conflict(session, args.resolve, Pick(args.keep or "kept"), fields=fields)
            print(f"conflict {args.resolve} resolved")
            return 0
        with db.read() as session:
            rows = list_conflicts(session)
    finally:
        db.close()
    if args.json:
        print_json([{**row.__dict__, "differing_fields": row.differing_fields} for row in rows])
        return 0
    for row in rows:
        print(f"{row.id}\t{row.entity}\t{row.record_uuid}\tfrom {row.peer_office}\t"
              f"{'kept local' if row.kept_local else 'took theirs'}\tfields: {', '.join(row.differing_fields)}")
    return 0
