"""`learnorg demo`: create a new database holding a realistic demo association."""

from __future__ import annotations

import argparse
from pathlib import Path

from learnorg_desktop.app import open_database
from learnorg_desktop.commands.common import CommandError, add_db_option
from learnorg_desktop.storage.files import remove_sqlite_files


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", help="create a demo association database",
        description="Create a NEW database holding a demo association: headquarters and two field offices, "
                    "people, skills, needs, onboarding, sessions, resources and self-diagnosis.",
    )
    add_db_option(parser, required=True)
    parser.add_argument("--people", type=_count, default=300, help="number of people (default: 300)")
    parser.add_argument("--seed", type=int, default=1, help="random seed: same seed, same association")
    parser.set_defaults(handler=run_demo)


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run_demo(args: argparse.Namespace) -> int:
    from learnorg_desktop.demo import generate  # only this command needs the generator

    if "://" not in args.db and Path(args.db).exists():
        raise CommandError(f"{args.db} already exists; the demo needs a new file")
    db = open_database(args.db)
    try:
        summary = generate(db, people=args.people, seed=args.seed)
    except BaseException:
        db.close()
        remove_sqlite_files(args.db)  # a failed demo leaves nothing behind
        raise
    db.close()
    print(f"created {args.db}: {summary.line()}")
    return 0
