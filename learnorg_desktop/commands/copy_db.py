"""`learnorg copy`: the whole database into an empty one, e.g. headquarters' file onto a PostgreSQL server."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from learnorg_desktop.commands.common import CommandError, add_db_option, open_db
from learnorg_desktop.services.database_copy import copy_database
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    copying = subparsers.add_parser(
        "copy", help="copy the whole database into an empty one (a file onto a server, or a server into a file)")
    add_db_option(copying, required=True)
    copying.add_argument("--to", required=True, metavar="TARGET",
                         help="an empty database: a new file, or a server URL (postgresql+psycopg://user@host/db)")
    copying.set_defaults(handler=run_copy)


def _remove_new_file(path: Path) -> None:
    """A copy that failed leaves no half-made file behind (only ever a file this command created)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(path.with_name(f"{path.stem}-files"), ignore_errors=True)


def run_copy(args: argparse.Namespace) -> int:
    new_file = Path(args.to) if "://" not in args.to else None
    if new_file is not None and new_file.exists():
        raise CommandError(f"{args.to} already exists: copy into a new file")
    source = open_db(args)
    try:
        target = Database.open(args.to)
        try:
            report = copy_database(source, target)
        finally:
            target.close()
    except BaseException as error:
        if new_file is not None:
            _remove_new_file(new_file)
        if isinstance(error, ServiceError):
            raise CommandError(error.message) from error
        raise
    finally:
        source.close()
    print(f"copied {report.rows:,} rows ({report.tables} tables) and {report.documents} documents to {target.location}")
    return 0
