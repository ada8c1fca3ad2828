"""What every command shares: the --db option, JSON output, opening the database."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from learnorg_desktop.app import open_database, resolve_db
from learnorg_desktop.storage.database import Database


class CommandError(Exception):
    """A refusal worded for the command line."""


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    # SUPPRESS keeps a --db given before the sub-command from being overwritten by None.
    parser.add_argument(
        "--db", required=required, default=argparse.SUPPRESS, help="database file or SQLAlchemy URL"
    )


def open_db(args: argparse.Namespace, *, must_exist: bool = True) -> Database:
    """Open (and migrate) the --db database; a missing file is refused rather than silently created.

    A server asking for a password nobody gave gets it typed at the terminal (never echoed), if there is one.
    """
    target = resolve_db(getattr(args, "db", None))
    if "://" in target:
        from learnorg_desktop.commands.server import open_server_db  # SQLAlchemy errors: loaded late

        return open_server_db(target)
    if must_exist and not Path(target).is_file():
        raise CommandError(f"no database at {target} (create one with 'learnorg init' or 'learnorg demo')")
    return open_database(target)


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def print_json(payload: Any) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")
