"""Command line: parse arguments and dispatch to a command module; no Qt unless the window opens.

Exit codes: 0 done, 1 refused or failed (one line on stderr, no traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from learnorg_desktop import __version__
from learnorg_desktop.commands import demo, people, setup
from learnorg_desktop.commands.common import CommandError
from learnorg_desktop.logs import setup_logging
from learnorg_desktop.paths import app_paths
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.migrate import DatabaseTooNewError

log = logging.getLogger(__name__)

COMMAND_MODULES = (setup, demo, people)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="learnorg",
        description="LearnOrg Desktop: people, needs, onboarding and knowledge sharing for small NGOs.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="database file (default: learnorg.sqlite3 in the user data folder)")
    parser.add_argument("--lang", choices=["fr", "en"], help="language of the window (default: system)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from learnorg_desktop.app import run_gui  # noqa: PLC0415 - Qt only when the window opens

        return run_gui(args.db, args.lang)
    setup_logging(app_paths().log_dir)
    try:
        result: int = args.handler(args)
        return result
    except (ServiceError, CommandError, DatabaseTooNewError) as error:
        print(f"learnorg: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"learnorg: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as error:
        log.exception("command %s failed", args.command)
        print(f"learnorg: unexpected error ({type(error).__name__}); details in {app_paths().log_dir}",
              file=sys.stderr)
        return 1
