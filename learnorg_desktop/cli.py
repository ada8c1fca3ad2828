"""Command line: parse arguments and dispatch to a command module; no Qt unless the window opens.

Exit codes: 0 done, 1 refused or failed (one line on stderr, no traceback), 2 usage.
Opening the window loads no command module (nor SQLAlchemy) before the window is painted.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from learnorg_desktop import __version__

log = logging.getLogger(__name__)

# Command name -> module under learnorg_desktop.commands exposing `register(subparsers)`.
COMMANDS = {
    "init": "setup",
    "demo": "demo",
    "people": "people",
    "skills": "skills",
    "needs": "needs",
    "onboarding": "onboarding",
    "sessions": "sessions",
    "diagnostic": "diagnostic",
    "stats": "stats",
    "exchange": "exchange",
    "report": "report",
    "review": "review",
    "privacy": "privacy",
    "backup": "safety",  # backup, restore and check share one module
    "server": "server",
    "copy": "copy_db",
}


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="database file (default: learnorg.sqlite3 in the user data folder)")
    parser.add_argument("--lang", choices=["fr", "en"], help="language of the window (default: system)")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="learnorg",
        description="LearnOrg Desktop: people, needs, onboarding and knowledge sharing for small NGOs.",
    )
    _window_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMANDS.values():
        importlib.import_module(f"learnorg_desktop.commands.{module_name}").register(subparsers)
    return parser


def _wants_window(argv: Sequence[str]) -> bool:
    """True when no sub-command is named (and no help or version asked): the cheap path that opens the window."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):  # else the quick parser prints them too
        return False
    quick = argparse.ArgumentParser(prog="learnorg", add_help=False)
    _window_options(quick)
    quick.add_argument("command", nargs="?")
    try:
        known, extra = quick.parse_known_args(argv)
    except SystemExit:
        return False  # let the full parser print the usage error
    return known.command is None and not extra


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_window(argv):
        quick = argparse.ArgumentParser(prog="learnorg")
        _window_options(quick)
        args = quick.parse_args(argv)
        from learnorg_desktop.app import run_gui

        return run_gui(args.db, args.lang, exit_after_paint=args.exit_after_paint)
    return _run_command(build_parser().parse_args(argv))


def _run_command(args: argparse.Namespace) -> int:
    from learnorg_desktop.commands.common import CommandError
    from learnorg_desktop.logs import setup_logging
    from learnorg_desktop.paths import app_paths
    from learnorg_desktop.services.errors import ServiceError
    from learnorg_desktop.storage.migrate import DatabaseTooNewError

    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return 2
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
        from learnorg_desktop.storage.refusals import refusal_text, storage_refusal

        refusal = storage_refusal(error)
        if refusal is not None:  # the disk or the file said no: nothing half-written, say it plainly
            log.warning("command %s refused by storage: %s", args.command, error)
            print(f"learnorg: {refusal_text(refusal)}", file=sys.stderr)
            return 1
        log.exception("command %s failed", args.command)
        print(f"learnorg: unexpected error ({type(error).__name__}); details in {app_paths().log_dir}",
              file=sys.stderr)
        return 1
