"""Benchmark helpers for the XLSX import: write a French people workbook, and the raw baseline import."""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from learnorg_desktop.demo import names
from learnorg_desktop.services.text import fold

HEADERS = ("Nom", "Prénom", "Courriel", "Type", "Antenne", "Rôle", "Date d'arrivée")
_KINDS = ("Bénévole", "Bénévole", "Bénévole", "Bénévole", "Bénévole", "Bénévole", "Bénévole",
          "Salarié", "Salarié", "Partenaire")
_OFFICES = ("Siège – Paris", "LYON", "Antenne de Lille", "HQ", "Antenne de Lyon", "LILLE")
_ROLES = ("Bénévole d'accueil", "Animateur·rice d'atelier", "Coordinateur·rice", "Comptable", "")


def people_rows(count: int, seed: int = 7) -> list[tuple[object, ...]]:
    """`count` data rows: dd/mm/yyyy text dates, and a real date in one row of seven."""
    rng = random.Random(seed)
    first_names = names.FRENCH_FIRST_NAMES + names.WORLD_FIRST_NAMES
    last_names = names.FRENCH_LAST_NAMES + names.WORLD_LAST_NAMES
    start = date(2018, 1, 1)
    rows: list[tuple[object, ...]] = []
    for index in range(count):
        first, last = rng.choice(first_names), rng.choice(last_names)
        email = f"{fold(first)}.{fold(last)}{index}@exemple.org".replace(" ", "").replace("'", "")
        arrival = start + timedelta(days=rng.randint(0, 2900))
        real_date = index % 7 == 0
        when: object = datetime.combine(arrival, datetime.min.time()) if real_date else arrival.strftime("%d/%m/%Y")
        rows.append((last, first, email, rng.choice(_KINDS), rng.choice(_OFFICES), rng.choice(_ROLES), when))
    return rows


def write_workbook(path: Path, rows: list[tuple[object, ...]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Personnes")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)


def baseline_import(xlsx: Path, target: Path) -> tuple[float, int]:
    """Seconds to read the workbook (openpyxl read-only) and executemany it into a plain table."""
    from openpyxl import load_workbook

    target.unlink(missing_ok=True)
    started = time.perf_counter()
    workbook = load_workbook(xlsx, read_only=True)
    rows = [tuple(row) for row in workbook.active.iter_rows(min_row=2, values_only=True)]
    workbook.close()
    connection = sqlite3.connect(target)
    try:
        connection.execute(
            "CREATE TABLE people (id INTEGER PRIMARY KEY, last_name TEXT, first_name TEXT, email TEXT, "
            "kind TEXT, office TEXT, role TEXT, arrival_date TEXT)"
        )
        connection.executemany(
            "INSERT INTO people (last_name, first_name, email, kind, office, role, arrival_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [tuple(str(v) if isinstance(v, datetime) else v for v in row) for row in rows],
        )
        connection.commit()
    finally:
        connection.close()
    return time.perf_counter() - started, len(rows)
