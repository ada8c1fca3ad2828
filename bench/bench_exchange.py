"""Time an exchange import of ~100,000 records against a raw sqlite3 upsert of the same rows.

`python bench/bench_exchange.py [PEOPLE]` (default 25,000 people, 3 skill levels each: 100,000 records).
Builds a headquarters database, exports a full package to a new field office database, then in the
same run: the package import (checks, merge rules, version bookkeeping, one transaction), its preview,
and a baseline that reads the same JSON lines from the package and upserts them with plain sqlite3
(`INSERT ... ON CONFLICT(uuid) DO UPDATE`, references mapped through dicts, one transaction).

When PostgreSQL's server binaries are installed (Debian's postgresql package), the same package is then
previewed and imported into a field office database on a throwaway PostgreSQL server started for the run
(with fsync on, as a real server), and a second table compares the two engines step by step.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from learnorg_desktop.exchange.entities import entities
from learnorg_desktop.exchange.export import export_package
from learnorg_desktop.exchange.importer import import_package, open_package, preview_import
from learnorg_desktop.models import Person, Skill, SkillAssessment
from learnorg_desktop.services import organisation
from learnorg_desktop.services.text import search_key, sort_name
from learnorg_desktop.storage.database import Database


def build(folder: Path, people: int) -> Database:
    hq = Database.open(folder / "hq.sqlite3")
    now = datetime.now(UTC)
    with hq.transaction() as session:
        office = organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True)
        session.execute(insert(Skill), [{"name": f"Compétence {i}", "origin_office_uuid": office.uuid}
                                        for i in range(40)])
        session.execute(insert(Person), [
            {"kind": "volunteer", "first_name": f"Prénom{i}", "last_name": f"Nom{i}", "office_id": office.id,
             "arrival_date": date(2024, 1 + i % 12, 1), "search_key": f"prenom{i} nom{i}",
             "sort_name": f"nom{i} prenom{i}", "origin_office_uuid": office.uuid, "created_at": now,
             "updated_at": now} for i in range(people)])
        person_ids = session.scalars(select(Person.id)).all()
        skill_ids = session.scalars(select(Skill.id)).all()
        session.execute(insert(SkillAssessment), [
            {"person_id": p, "skill_id": skill_ids[(p * 7 + k) % len(skill_ids)], "level": (p + k) % 5,
             "assessed_on": date(2025, 1 + k, 1), "source": "self", "origin_office_uuid": office.uuid,
             "created_at": now, "updated_at": now} for p in person_ids for k in range(3)])
    return hq


def field_office(path: Path) -> Database:
    db = Database.open(path)
    with db.transaction() as session:
        organisation.initialise(session, office_code="LYON", office_name="Antenne de Lyon")
    return db


def _sqlite_value(kind: str, value: object) -> object:
    if kind == "datetime" and isinstance(value, str):
        return datetime.fromisoformat(value).astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    return value


def raw_upsert(db_file: Path, package: Path) -> int:
    """The baseline: the same rows from the package, upserted with plain sqlite3 in one transaction."""
    connection = sqlite3.connect(db_file)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    ids: dict[str, dict[str, int]] = {}
    total = 0
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        for spec in entities():
            ids[spec.name] = dict(connection.execute(f"SELECT uuid, id FROM {spec.name}").fetchall())
            member = f"records/{spec.name}.jsonl"
            if member not in names:
                continue
            columns = [*spec.columns, *(n for n, _ in spec.references), *spec.derived, "uuid"]
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "uuid")
            statement = (f"INSERT INTO {spec.name} ({', '.join(columns)}, row_version) VALUES "
                         f"({', '.join('?' for _ in columns)}, 1) ON CONFLICT(uuid) DO UPDATE SET {updates}")
            rows = []
            for line in archive.read(member).splitlines():
                record = json.loads(line)
                row = [_sqlite_value(spec.codecs[c].kind, record[c]) for c in spec.columns]
                row += [None if record[n] is None else ids[t][record[n]] for n, t in spec.references]
                if spec.name == "people":
                    row += [search_key(record["first_name"], record["last_name"], record["email"] or ""),
                            sort_name(record["last_name"], record["first_name"])]
                rows.append([*row, record["uuid"]])
            connection.executemany(statement, rows)
            ids[spec.name] = dict(connection.execute(f"SELECT uuid, id FROM {spec.name}").fetchall())
            total += len(rows)
    connection.commit()
    connection.close()
    return total


def postgres_steps(package: Path, again: Path, results: list[tuple[str, float, float, str]]) -> bool:
    """The preview and imports again, on a PostgreSQL server started for the run; False when none is installed."""
    from tests.postgres_server import start_server

    try:
        server = start_server(durable=True)
    except FileNotFoundError as missing:
        print(f"PostgreSQL comparison skipped: {missing}")
        return False
    try:
        server.admin("CREATE DATABASE lyon")
        lyon = Database.open(server.url("lyon"))
        with lyon.transaction() as session:
            organisation.initialise(session, office_code="LYON", office_name="Antenne de Lyon")
        opened = open_package(package)
        timed("pg: preview (merge, rolled back)", results, lambda: preview_import(lyon, opened))
        done = timed("pg: import (merge, committed)", results, lambda: import_package(lyon, opened, backup=False))
        results[-1] = (*results[-1][:3], f"{done.totals().created:,} created")
        timed("pg: import again, all unchanged", results, lambda: import_package(lyon, open_package(again),
                                                                                 backup=False))
        lyon.close()
    finally:
        server.stop()
    return True


def timed(label: str, results: list[tuple[str, float, float, str]], action, note: str = "") -> object:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds of `action` (CPU time is steadier on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = action()
    results.append((label, time.perf_counter() - start, time.process_time() - cpu, note))
    return value


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 25_000
    folder = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    results: list[tuple[str, float, float, str]] = []
    hq = timed("build headquarters data", results, lambda: build(folder, people))
    package = folder / "hq.learnorg"
    report = timed("export (full, to LYON)", results, lambda: export_package(hq, package, to_office="LYON"))
    results[-1] = (*results[-1][:3], f"{report.records:,} records, {report.size / 1e6:.1f} MB")
    hq.close()
    lyon = field_office(folder / "lyon.sqlite3")
    lyon.close()
    shutil.copy(folder / "lyon.sqlite3", folder / "raw.sqlite3")
    count = timed("raw sqlite3 upsert (baseline)", results, lambda: raw_upsert(folder / "raw.sqlite3", package))
    results[-1] = (*results[-1][:3], f"{count:,} rows")
    lyon = Database.open(folder / "lyon.sqlite3")
    opened = timed("open + check package", results, lambda: open_package(package))
    timed("preview (merge, rolled back)", results, lambda: preview_import(lyon, opened))
    done = timed("import (merge, committed)", results, lambda: import_package(lyon, opened, backup=False))
    results[-1] = (*results[-1][:3], f"{done.totals().created:,} created")
    again = Database.open(folder / "lyon.sqlite3")
    export_package(Database.open(folder / "hq.sqlite3"), folder / "again.learnorg", to_office="LYON", full=True)
    timed("import again, all unchanged", results, lambda: import_package(again, open_package(folder / "again.learnorg"),
                                                                         backup=False))
    on_server = postgres_steps(package, folder / "again.learnorg", results)

    def find(prefix: str) -> tuple[float, float]:
        return next((wall, cpu) for label, wall, cpu, _ in results if label.startswith(prefix))

    (baseline, baseline_cpu), (merged, merged_cpu), (checked, _) = find("raw"), find("import (merge"), find("open")
    print(f"{'step':<34}{'seconds':>9}{'CPU s':>8}  notes")
    for label, seconds, cpu, note in results:
        print(f"{label:<34}{seconds:>9.2f}{cpu:>8.2f}  {note}")
    print(f"\nimport / raw upsert: {merged / baseline:.2f}x (with the package checks: "
          f"{(merged + checked) / baseline:.2f}x; CPU time: {merged_cpu / baseline_cpu:.2f}x); target within 3x")
    if on_server:
        print(f"\n{'same step, PostgreSQL / SQLite':<34}{'ratio':>9}")
        for step in ("preview (merge", "import (merge", "import again"):
            print(f"{step.rstrip(' (') :<34}{find('pg: ' + step)[0] / find(step)[0]:>8.2f}x")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
