"""Excel report over 50,000 people and 500,000 attendance rows, against a plain openpyxl write-only dump.

    .venv/bin/python bench/bench_report.py                    # builds /tmp/learnorg-bench-report.sqlite3 once
    .venv/bin/python bench/bench_report.py --source DB --attendance 200000

The database is a copy of the 50,000-person demo (`--source`, default /tmp/d50k.sqlite3, else
bench/out/demo-50000.sqlite3) topped up with attendance rows by a bulk `executemany`; it is cached
under /tmp. The report and the baseline each run in their own process so that each peak memory
(ru_maxrss) is its own. The baseline reads the same subjects with plain SQL and appends the raw rows
to a write-only workbook: no services, labels, formats, tables nor charts.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

CACHE = Path("/tmp/learnorg-bench-report.sqlite3")
SOURCES = (Path("/tmp/d50k.sqlite3"), Path(__file__).parent / "out" / "demo-50000.sqlite3")
OUT = Path(__file__).parent / "out"
TARGET_RATIO = 2.0

BASELINE_QUERIES = {
    "people": "SELECT p.first_name || ' ' || p.last_name, p.kind, o.code, r.name, p.arrival_date, p.departure_date,"
              " p.email, p.phone, p.languages FROM people p LEFT JOIN offices o ON o.id = p.office_id"
              " LEFT JOIN roles r ON r.id = p.role_id WHERE p.deleted = 0 ORDER BY p.sort_name",
    "skills": "SELECT person_id, skill_id, level, assessed_on FROM skill_assessments WHERE deleted = 0",
    "needs": "SELECT person_id, office_id, team, topic, origin, priority, status, target_level, target_date,"
             " opened_on, closed_on, notes FROM learning_needs WHERE deleted = 0",
    "onboarding": "SELECT person_id, kind, template_name, template_version, started_on, completed_on FROM checklists"
                  " WHERE deleted = 0 AND completed_on IS NULL",
    "sessions": "SELECT starts_at, title, format, status, office_id, community_id, duration_minutes, online_minutes,"
                " external_host, place, capacity FROM knowledge_sessions WHERE deleted = 0",
    "attendance": "SELECT s.starts_at, s.title, so.code, p.first_name || ' ' || p.last_name, po.code, a.invited,"
                  " a.attended FROM session_attendance a JOIN knowledge_sessions s ON s.id = a.session_id"
                  " JOIN people p ON p.id = a.person_id LEFT JOIN offices so ON so.id = s.office_id"
                  " LEFT JOIN offices po ON po.id = p.office_id WHERE a.deleted = 0 ORDER BY s.starts_at, s.id, a.id",
    "feedback": "SELECT s.starts_at, s.title, f.person_id, f.usefulness, f.quality, f.given_on, f.applied,"
                " f.applied_on, f.comment, f.applied_comment FROM session_feedback f"
                " JOIN knowledge_sessions s ON s.id = f.session_id WHERE f.deleted = 0",
}


def build(source: Path, target: Path, attendance: int) -> Path:
    """A copy of `source` with `attendance` rows in session_attendance (extra rows: random people, held sessions)."""
    if target.exists():
        with sqlite3.connect(target) as db:
            if db.execute("SELECT count(*) FROM session_attendance").fetchone()[0] >= attendance:
                return target
    shutil.copyfile(source, target)
    db = sqlite3.connect(target)
    try:
        have = db.execute("SELECT count(*) FROM session_attendance").fetchone()[0]
        sessions = [r[0] for r in db.execute("SELECT id FROM knowledge_sessions WHERE status = 'held'")]
        people = [r[0] for r in db.execute("SELECT id FROM people WHERE deleted = 0")]
        origin, stamp = db.execute("SELECT value FROM database_info WHERE key = 'office_uuid'").fetchone()[0], \
            "2026-01-01 00:00:00.000000"
        rng = random.Random(11)
        rows = ((s, p, 1, int(rng.random() < 0.8), str(uuid.uuid4()), origin, stamp, stamp)
                for s, p in ((rng.choice(sessions), rng.choice(people)) for _ in range(attendance - have)))
        db.executemany("INSERT INTO session_attendance (session_id, person_id, invited, attended, uuid,"
                       " origin_office_uuid, created_at, updated_at, deleted, row_version)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)", rows)
        db.commit()
    finally:
        db.close()
    return target


def period(db_path: Path) -> tuple[date, date]:
    with sqlite3.connect(db_path) as db:
        first, last = db.execute("SELECT min(starts_at), max(starts_at) FROM knowledge_sessions").fetchone()
    return date.fromisoformat(first[:10]), date.fromisoformat(last[:10])


def run_report(db_path: Path, out: Path) -> dict[str, object]:
    from learnorg_desktop.reports.report_workbook import ReportOptions, write_report
    from learnorg_desktop.storage.database import Database

    start, end = period(db_path)
    db = Database.open(db_path)
    started = time.perf_counter()
    with db.read() as session:
        result = write_report(session, out, ReportOptions(start, end, lang="fr"), today=end)
    return {"seconds": time.perf_counter() - started, "rows": result.rows}


def run_baseline(db_path: Path, out: Path) -> dict[str, object]:
    from openpyxl import Workbook

    started = time.perf_counter()
    book = Workbook(write_only=True)
    db = sqlite3.connect(db_path)
    rows: dict[str, int] = {}
    for name, query in BASELINE_QUERIES.items():
        sheet = book.create_sheet(name)
        cursor = db.execute(query)
        sheet.append([c[0][:30] for c in cursor.description])
        count = 0
        while chunk := cursor.fetchmany(5_000):
            for row in chunk:
                sheet.append(row)
            count += len(chunk)
        rows[name] = count
    book.save(out)
    db.close()
    return {"seconds": time.perf_counter() - started, "rows": rows}


def _child(kind: str, db_path: Path) -> dict[str, object]:
    out = OUT / f"bench-{kind}.xlsx"
    result = run_report(db_path, out) if kind == "report" else run_baseline(db_path, out)
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["file_mb"] = out.stat().st_size / 1e6
    return result


def _spawn(kind: str, db_path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, "--child", kind, "--db", str(db_path)], check=True,
                          capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="the 50,000-person demo database to copy")
    parser.add_argument("--attendance", type=int, default=500_000)
    parser.add_argument("--db", type=Path, default=CACHE)
    parser.add_argument("--child", choices=["report", "baseline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.child:
        print(json.dumps(_child(args.child, args.db)))
        return 0
    source = args.source or next((s for s in SOURCES if s.exists()), None)
    if source is None:
        print("no demo database: run `learnorg demo --db /tmp/d50k.sqlite3 --people 50000` first")
        return 1
    db_path = build(source, args.db, args.attendance)
    baseline, report = _spawn("baseline", db_path), _spawn("report", db_path)
    ratio = float(report["seconds"]) / float(baseline["seconds"])  # type: ignore[arg-type]
    print(f"database {db_path} (period {period(db_path)[0]} to {period(db_path)[1]})")
    print("| measurement | report | baseline | ratio | target |\n|---|---|---|---|---|")
    print(f"| time | {report['seconds']:.1f} s | {baseline['seconds']:.1f} s | {ratio:.2f} | ≤ {TARGET_RATIO} |")
    print(f"| peak memory (ru_maxrss) | {report['max_rss_mb']:.0f} MB | {baseline['max_rss_mb']:.0f} MB | | |")
    print(f"| file size | {report['file_mb']:.1f} MB | {baseline['file_mb']:.1f} MB | | |")
    print(f"report rows: {report['rows']}\nbaseline rows: {baseline['rows']}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
