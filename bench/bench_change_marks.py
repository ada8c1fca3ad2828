"""The change mark's cost: reading it (what each window's 5-second check does) and bumping it (once per write).

    .venv/bin/python bench/bench_change_marks.py

Prints, on SQLite (WAL, synchronous=FULL) and, when PostgreSQL's binaries are installed, on a throwaway local
server (durable, reached through its Unix socket): the median time of `Database.change_mark()`, and of one small
write transaction (one person's notes) with the bump, against the same transaction from a session without it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.database import Database

READS, WRITES = 2000, 300


def median_ms(action: Callable[[], object], times: int) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def measure(label: str, target: str | Path) -> None:
    db = Database.open(target)
    with db.transaction() as session:
        organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True,
                                organisation="Bench")
        person = people.create(session, PersonInput(PersonKind.VOLUNTEER, "Lefèvre", "Hélène", office_id=1))
    counter = iter(range(10**9))
    update = text("UPDATE people SET notes = :n WHERE id = :id")

    def write() -> None:
        with db.transaction() as session:
            session.execute(update, {"n": str(next(counter)), "id": person})

    plain = sessionmaker(db.engine)  # the same session path, without the commit event that bumps

    def write_without_bump() -> None:
        with plain() as session, session.begin():
            session.execute(update, {"n": str(next(counter)), "id": person})

    read = median_ms(db.change_mark, READS)
    with_bump = median_ms(write, WRITES)
    without = median_ms(write_without_bump, WRITES)
    print(f"| {label} | change_mark() {read * 1000:.0f} µs | write transaction {with_bump:.2f} ms with the bump, "
          f"{without:.2f} ms without (+{with_bump - without:.2f} ms) |")
    db.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        measure("SQLite", Path(folder) / "bench.sqlite3")
    try:
        from tests.postgres_server import start_server

        server = start_server(durable=True)
    except FileNotFoundError as missing:
        print(f"PostgreSQL skipped: {missing}")
        return
    try:
        server.admin("CREATE DATABASE bench_marks")
        measure("PostgreSQL (local socket)", server.url("bench_marks"))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
