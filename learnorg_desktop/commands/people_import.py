"""`learnorg people import`: placeholder until the importer lands (being written now)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("import", help="import people from CSV or XLSX")
