"""`learnorg demo`: placeholder until the demo generator lands (being written now)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    subparsers.add_parser("demo", help="create a demo association database")
