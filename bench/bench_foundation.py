"""Foundation benchmark: start-up, search-as-you-type, sorting, XLSX import and demo generation.

Run: .venv/bin/python bench/bench_foundation.py [--people 50000] [--quick] [--only a,b,c,d,e]
Prints a markdown table (also written to bench/out/results.md). See bench/README.md.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the bench/_*.py helpers, run as a script
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # the package, when not installed

import _startup
import _workbook

from learnorg_desktop.services import organisation
from learnorg_desktop.services.people import PersonQuery, SortKey, fetch_rows, list_ids
from learnorg_desktop.services.text import fold
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.files import remove_sqlite_files

OUT = Path(__file__).resolve().parent / "out"
PAGE = 200  # rows the people table model fetches at a time
SEARCH_NAME = "Dupont"


@dataclass
class Row:
    """One line of the results table; `value` and `baseline` share the unit."""

    measurement: str
    value: float | None
    unit: str
    target: str
    passed: bool | None
    baseline: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.0f} {unit}" if value >= 100 else f"{value:.2f} {unit}"


def markdown_table(rows: Sequence[Row]) -> str:
    lines = ["| measurement | value | target | baseline | ratio | result |", "|---|---|---|---|---|---|"]
    for r in rows:
        verdict = {True: "pass", False: "**FAIL**", None: r.note or "—"}[r.passed]
        if r.passed is not None and r.note:
            verdict += f" ({r.note})"
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "—"
        lines.append(f"| {r.measurement} | {_fmt(r.value, r.unit)} | {r.target} | {_fmt(r.baseline, r.unit)} "
                     f"| {ratio} | {verdict} |")
    return "\n".join(lines)


def prefixes(text: str, longest: int = 12) -> list[str]:
    """What the search box holds after each keystroke: "d", "du", "dup"…"""
    return [text[:n] for n in range(1, min(len(text), longest) + 1)]


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def search_keystrokes_ms(db: Database, typed: Sequence[str], today: date) -> list[float]:
    """Per keystroke, what the table model does: the matching ids, then the first page of rows."""
    def keystroke(text: str) -> None:
        with db.read() as session:
            ids = list_ids(session, PersonQuery(text=text), today)
            fetch_rows(session, ids[:PAGE], today)

    return [_ms(lambda t=text: keystroke(t)) for text in typed]  # type: ignore[misc]


def raw_search_ms(db_path: Path, typed: Sequence[str]) -> list[float]:
    """Baseline: the bare LIKE on the search key through sqlite3."""
    connection = sqlite3.connect(db_path)
    try:
        sql = "SELECT id FROM people WHERE search_key LIKE ?"
        return [_ms(lambda t=text: connection.execute(sql, (f"%{fold(t)}%",)).fetchall())  # type: ignore[misc]
                for text in typed]
    finally:
        connection.close()


def sort_ms(db: Database, today: date) -> dict[str, float]:
    """Each sortable column, both directions: ids in order plus the first page."""
    timings: dict[str, float] = {}
    for key in SortKey:
        for descending in (False, True):
            def run(key: SortKey = key, descending: bool = descending) -> None:
                with db.read() as session:
                    ids = list_ids(session, PersonQuery(sort=key, descending=descending), today)
                    fetch_rows(session, ids[:PAGE], today)
            timings[f"{key.value}{' desc' if descending else ''}"] = _ms(run)
    return timings


def raw_sort_ms(db_path: Path) -> float:
    connection = sqlite3.connect(db_path)
    try:
        return _ms(lambda: connection.execute(
            "SELECT id FROM people WHERE deleted = 0 ORDER BY lower(last_name), lower(first_name), id").fetchall())
    finally:
        connection.close()


def typed_texts(db_path: Path) -> tuple[list[str], list[str]]:
    """Keystrokes for a name present in the database and for an e-mail fragment."""
    connection = sqlite3.connect(db_path)
    try:
        email = connection.execute(
            "SELECT email FROM people WHERE email IS NOT NULL AND last_name = ? ORDER BY id LIMIT 1", (SEARCH_NAME,)
        ).fetchone() or connection.execute("SELECT email FROM people WHERE email IS NOT NULL LIMIT 1").fetchone()
    finally:
        connection.close()
    return prefixes(SEARCH_NAME.lower()), prefixes(email[0] if email else "jean.dupont@", longest=14)


# --------------------------------------------------------------------------- the five measurements


def bench_demo(db_path: Path, people: int) -> Row:
    remove_sqlite_files(db_path)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "learnorg_desktop", "demo", "--db", str(db_path), "--people",
                             str(people)], env=_startup.qt_environment(OUT / "home"), capture_output=True,
                            text=True, timeout=900, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        return Row(f"e) `learnorg demo --people {people}`", None, "s", "< 60 s", False, note=result.stderr[-200:])
    return Row(f"e) `learnorg demo --people {people}`", seconds, "s", "< 60 s", seconds < 60,
               note=result.stdout.strip().split(" in ")[-1])


def bench_first_paint(db_path: Path) -> Row:
    env = _startup.qt_environment(OUT / "home")
    name = "a) start to first painted window (median of 3)"
    try:
        baseline = _startup.median_first_paint(_startup.bare_command(), env)
    except _startup.PaintError as error:
        baseline, _ = None, error
    try:
        value, ready = _startup.median_paints(_startup.app_command(db_path), env)
    except _startup.PaintError as error:
        return Row(name, None, "s", "< 1.0 s", None, baseline, note=f"pending: {error}")
    shown = f"; people list shown at {ready:.2f} s" if ready is not None else ""
    return Row(name, value, "s", "< 1.0 s", value < 1.0, baseline, note=f"baseline: bare PySide6 QWidget{shown}")


def _series(label: str, keys: Sequence[str], timings: Sequence[float]) -> str:
    return f"{label}: " + ", ".join(f"{k!r} {t:.0f}" for k, t in zip(keys, timings, strict=True))


def bench_search(db_path: Path, today: date, details: list[str]) -> list[Row]:
    name_keys, email_keys = typed_texts(db_path)
    typed = name_keys + email_keys
    db = Database.open(db_path)
    try:
        search_keystrokes_ms(db, typed[:2], today)  # warm the page cache, as a running app has
        timings = search_keystrokes_ms(db, typed, today)
    finally:
        db.close()
    raw = raw_search_ms(db_path, typed)
    details += [_series("search ms per keystroke (service)", typed, timings),
                _series("search ms per keystroke (raw LIKE)", typed, raw)]
    note = f"{len(typed)} keystrokes: '{name_keys[-1]}', '{email_keys[-1]}'"
    rows = [
        Row("b) search-as-you-type, max per keystroke", max(timings), "ms", "< 50 ms", max(timings) < 50, max(raw),
            note=note),
        Row("b) search-as-you-type, median", statistics.median(timings), "ms", "< 50 ms",
            statistics.median(timings) < 50, statistics.median(raw)),
    ]
    model = _startup.model_keystrokes_ms(db_path, typed)
    if model is None:
        rows.append(Row("b) … through PeopleTableModel (set_query + 50 rows)", None, "ms", "< 50 ms", None,
                        note="skipped: PeopleTableModel not available"))
    else:
        details.append(_series("search ms per keystroke (PeopleTableModel)", typed, model))
        rows.append(Row("b) … through PeopleTableModel, max (set_query + 50 rows)", max(model), "ms", "< 50 ms",
                        max(model) < 50, max(raw), note=f"median {statistics.median(model):.1f} ms"))
    return rows


def bench_sort(db_path: Path, today: date, details: list[str]) -> Row:
    db = Database.open(db_path)
    try:
        timings = sort_ms(db, today)
    finally:
        db.close()
    details.append(_series("sort ms", list(timings), list(timings.values())))
    worst = max(timings, key=timings.__getitem__)
    return Row("c) sort by each column, asc and desc (max)", timings[worst], "ms", "< 200 ms",
               timings[worst] < 200, raw_sort_ms(db_path), note=f"slowest: {worst}; baseline: raw name sort")


def _fresh_office_db(path: Path) -> Database:
    remove_sqlite_files(path)
    db = Database.open(path)
    with db.transaction() as session:
        organisation.initialise(session, office_code="HQ", office_name="Siège – Paris", headquarters=True)
        organisation.add_office(session, code="LYON", name="Antenne de Lyon")
        organisation.add_office(session, code="LILLE", name="Antenne de Lille")
    return db


def bench_import(rows: int) -> Row:
    name = f"d) import of a {rows:,}-row XLSX (people_import.import_file)"
    xlsx = OUT / f"people-{rows}.xlsx"
    if not xlsx.exists():
        _workbook.write_workbook(xlsx, _workbook.people_rows(rows))
    baseline, read = _workbook.baseline_import(xlsx, OUT / "baseline-import.sqlite3")
    try:
        from learnorg_desktop.services.people_import import import_file
    except ImportError:
        return Row(name, None, "s", "ratio ≤ 2.0", None, baseline, note="pending: people_import missing")
    db = _fresh_office_db(OUT / "import.sqlite3")
    try:
        started = time.perf_counter()
        report = import_file(db, xlsx, office_code=None)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    ok = report.created == read and not report.errors
    note = f"created {report.created}, errors {len(report.errors)}"
    return Row(name, seconds, "s", "ratio ≤ 2.0", ok and seconds / baseline <= 2.0, baseline, note=note)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000, help="people in the demo and rows in the XLSX")
    parser.add_argument("--quick", action="store_true", help="a fast smoke run with 5,000 people")
    parser.add_argument("--only", default="a,b,c,d,e", help="comma-separated letters of the measurements to run")
    args = parser.parse_args(argv)
    people = 5_000 if args.quick else args.people
    wanted = set(args.only.split(","))
    OUT.mkdir(parents=True, exist_ok=True)
    db_path, today = OUT / f"demo-{people}.sqlite3", date.today()
    results: list[Row] = []
    details: list[str] = []
    if "e" in wanted or not db_path.exists():
        results.append(bench_demo(db_path, people))
    if "a" in wanted:
        results.append(bench_first_paint(db_path))
    if "b" in wanted:
        results += bench_search(db_path, today, details)
    if "c" in wanted:
        results.append(bench_sort(db_path, today, details))
    if "d" in wanted:
        results.append(bench_import(people))
    table = markdown_table(sorted(results, key=lambda r: r.measurement))
    report = "\n".join([table, "", *(f"- {line}" for line in details)])
    print(report)
    (OUT / "results.md").write_text(f"{people} people, {time.strftime('%Y-%m-%d %H:%M')}\n\n{report}\n")
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
