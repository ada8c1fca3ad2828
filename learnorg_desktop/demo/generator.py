"""Build a realistic demo association in a fresh database, fast enough for 50,000 people."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from learnorg_desktop.demo import library, names, onboarding, sharing, skills
from learnorg_desktop.demo import people as demo_people
from learnorg_desktop.demo.bulk import BulkWriter
from learnorg_desktop.demo.context import DemoContext
from learnorg_desktop.services import organisation
from learnorg_desktop.services.progress import NO_PROGRESS, Progress
from learnorg_desktop.storage.database import Database


@dataclass(frozen=True)
class DemoSummary:
    """What was generated: rows per table and how long it took."""

    people: int
    rows: dict[str, int]
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def line(self) -> str:
        """A one-line account for the command line."""
        shown = ("people", "skill_assessments", "learning_needs", "checklists", "knowledge_sessions",
                 "session_attendance", "session_feedback", "resources", "diagnostic_responses")
        parts = ", ".join(f"{table} {self.rows.get(table, 0)}" for table in shown)
        return f"demo: {self.total_rows} rows ({parts}) in {self.seconds:.1f} s"


def _offices(session: Session) -> dict[str, int]:
    (hq_code, hq_name, _share, _phone), *field_offices = names.OFFICES
    ids = {hq_code: organisation.initialise(session, office_code=hq_code, office_name=hq_name,
                                            organisation=names.ORGANISATION, headquarters=True).id}
    for code, name, _share, _phone in field_offices:
        ids[code] = organisation.add_office(session, code=code, name=name).id
    return ids


@contextmanager
def _bulk_pragmas(session: Session) -> Iterator[None]:
    """A larger page cache while loading: the UUID indexes are written in random order."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        session.connection().exec_driver_sql("PRAGMA cache_size=-131072")  # 128 MiB
    try:
        yield
    finally:
        if sqlite:
            session.connection().exec_driver_sql("PRAGMA cache_size=-2000")  # SQLite's default


def _steps(ctx: DemoContext, people: int) -> list[tuple[str, Callable[[], object]]]:
    """The generation steps, parents before children (foreign keys are checked at once)."""
    templates: dict[str, tuple[int, tuple[tuple[str, int], ...]]] = {}

    def add_templates() -> None:
        templates.update(onboarding.add_templates(ctx))

    return [
        ("roles", lambda: demo_people.add_roles(ctx)),
        ("people", lambda: demo_people.add_people(ctx, people)),
        ("consents", lambda: demo_people.add_consents(ctx)),
        ("skills", lambda: skills.add_catalogue(ctx, people)),
        ("assessments", lambda: skills.add_assessments(ctx)),
        ("needs", lambda: skills.add_needs(ctx)),
        ("checklist templates", add_templates),
        ("checklists", lambda: onboarding.add_checklists(ctx, templates)),
        ("communities", lambda: sharing.add_communities(ctx)),
        ("sessions", lambda: sharing.add_sessions(ctx, people)),
        ("resources", lambda: library.add_resources(ctx, people)),
        ("self-diagnosis", lambda: library.add_diagnostics(ctx)),
    ]


def generate(db: Database, *, people: int = 300, seed: int = 1, today: date | None = None,
             progress: Progress = NO_PROGRESS) -> DemoSummary:
    """Fill a fresh (migrated, uninitialised) database with the demo association, in one transaction.

    The same seed and `today` give the same association; only the UUIDs differ between runs.
    """
    started = time.perf_counter()
    with db.transaction() as session, _bulk_pragmas(session):
        office_ids = _offices(session)
        writer = BulkWriter(session, origin=organisation.local_office_uuid(session))
        ctx = DemoContext(random.Random(seed), today or date.today(), writer, office_ids=office_ids)
        steps = _steps(ctx, max(0, people))
        for number, (label, step) in enumerate(steps):
            progress.report(number, len(steps), label)
            step()
        ctx.writer.flush()
        progress.report(len(steps), len(steps), "done")
        rows = {"offices": len(ctx.office_ids), **ctx.writer.counts()}
    return DemoSummary(people=len(ctx.people), rows=rows, seconds=time.perf_counter() - started)
