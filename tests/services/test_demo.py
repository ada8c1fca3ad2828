"""The demo association generator: every tab gets data, realistic shapes, deterministic output."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from learnorg_desktop.demo import DemoSummary, generate
from learnorg_desktop.demo.sharing import fade_start, quarter_start
from learnorg_desktop.enums import PersonKind, PersonStatus, ResourceKind
from learnorg_desktop.models import (
    Base,
    Checklist,
    ChecklistItem,
    KnowledgeSession,
    Office,
    Person,
    Resource,
    SessionAttendance,
    SessionHost,
    SessionSkill,
    Skill,
    SkillAssessment,
)
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.file_store import FileStore
from learnorg_desktop.services.parsing import normalise_email
from learnorg_desktop.services.progress import Cancelled, Progress
from learnorg_desktop.services.resources import ResourceQuery, search_resources, stored_file_path
from learnorg_desktop.services.text import search_key
from learnorg_desktop.storage.database import Database

TODAY = date(2026, 2, 3)


def _make(path: Path, *, people_count: int = 60, seed: int = 1) -> tuple[Database, DemoSummary]:
    database = Database.open(path)
    return database, generate(database, people=people_count, seed=seed, today=TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    database, summary = _make(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield database, summary
    database.close()


@pytest.fixture
def demo_db(demo: tuple[Database, DemoSummary]) -> Database:
    return demo[0]


def test_every_table_gets_rows(demo_db: Database) -> None:
    # The exchange bookkeeping fills only when packages travel between offices, never in a single demo file;
    # documents go to the stored_documents table on a server only (beside the file on SQLite).
    on_server = demo_db.engine.url.get_backend_name() != "sqlite"
    with demo_db.read() as session:
        empty = [t.name for t in Base.metadata.sorted_tables
                 if not t.name.startswith("exchange_") and (on_server or t.name != "stored_documents")
                 and session.scalar(select(func.count()).select_from(t)) == 0]
    assert empty == []


def test_summary_counts_what_was_written(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    assert summary.people == 60 and summary.rows["people"] == 60
    with database.read() as session:
        assert session.scalar(select(func.count(SessionAttendance.id))) == summary.rows["session_attendance"]
    assert "people 60" in summary.line()


def test_headquarters_owns_the_database_with_two_field_offices(demo_db: Database) -> None:
    with demo_db.read() as session:
        local = organisation.local_office(session)
        assert local is not None and local.code == "HQ" and local.is_headquarters
        assert [o.code for o in organisation.list_offices(session)] == ["HQ", "LILLE", "LYON"]
        assert organisation.organisation_name(session) == "Solidarité Pour Tous"
        origins = set(session.scalars(select(Person.origin_office_uuid)))
    assert origins == {local.uuid}


def test_people_have_every_status_and_kind(demo_db: Database) -> None:
    with demo_db.read() as session:
        for status in PersonStatus:
            query = people.PersonQuery(statuses=frozenset({status}))
            assert people.count(session, query, TODAY) > 0, status
        kinds = Counter(session.scalars(select(Person.kind)))
        departed = session.scalars(select(Person).where(Person.departure_date <= TODAY)).all()
    assert kinds[PersonKind.VOLUNTEER] > kinds[PersonKind.STAFF] > 0 and kinds[PersonKind.PARTNER] > 0
    assert all(p.arrival_date and p.arrival_date <= p.departure_date for p in departed)  # type: ignore[operator]


def test_emails_are_unique_valid_and_search_keys_match(demo_db: Database) -> None:
    with demo_db.read() as session:
        rows = session.execute(select(Person.first_name, Person.last_name, Person.email, Person.search_key)).all()
    emails = [r.email for r in rows if r.email]
    assert len(emails) == len(set(emails)) and len(emails) > 50
    assert all(normalise_email(e) == e for e in emails)
    assert all(r.search_key == search_key(r.first_name, r.last_name, r.email or "") for r in rows)


def test_same_seed_same_association_other_seed_other_one(demo_db: Database, tmp_path: Path) -> None:
    def names(database: Database) -> list[tuple[str, str, str | None]]:
        with database.read() as session:
            return [tuple(r) for r in session.execute(  # type: ignore[misc]
                select(Person.first_name, Person.last_name, Person.email).order_by(Person.id))]

    again, _ = _make(tmp_path / "again.sqlite3")
    other, _ = _make(tmp_path / "other.sqlite3", seed=2)
    try:
        assert names(again) == names(demo_db)
        assert names(other) != names(demo_db)
    finally:
        again.close()
        other.close()


def _quarterly_attendance(database: Database, office: str) -> Counter[date]:
    stmt = (
        select(KnowledgeSession.starts_at)
        .join(SessionAttendance, SessionAttendance.session_id == KnowledgeSession.id)
        .join(Office, Office.id == KnowledgeSession.office_id)
        .where(Office.code == office, SessionAttendance.attended.is_(True))
    )
    with database.read() as session:
        return Counter(quarter_start(starts.date()) for starts in session.scalars(stmt))


def test_lille_participation_fades_in_the_last_two_quarters(demo_db: Database) -> None:
    fade = fade_start(TODAY)
    first_full = quarter_start(TODAY - timedelta(days=540)) + timedelta(days=92)  # skip the partial one
    earlier = [quarter_start(first_full + timedelta(days=92 * i)) for i in range(8)]
    earlier = [q for q in dict.fromkeys(earlier) if q < fade]
    lille = _quarterly_attendance(demo_db, "LILLE")
    before = sum(lille[q] for q in earlier) / len(earlier)
    after = (lille[fade] + lille[quarter_start(TODAY)]) / 2
    assert before > 0 and after < 0.5 * before
    hq = _quarterly_attendance(demo_db, "HQ")
    assert hq[fade] > 0.5 * sum(hq[q] for q in earlier) / len(earlier)  # only Lille fades


def test_session_hosts_can_teach_one_of_its_skills(demo_db: Database) -> None:
    with demo_db.read() as session:
        hosts = session.execute(select(SessionHost.session_id, SessionHost.person_id)).all()
        skills = {(r.session_id, r.skill_id) for r in session.execute(select(SessionSkill.session_id,
                                                                                SessionSkill.skill_id))}
        levels = {(r.person_id, r.skill_id): r.level for r in session.execute(
            select(SkillAssessment.person_id, SkillAssessment.skill_id, SkillAssessment.level)
            .order_by(SkillAssessment.assessed_on))}
    assert hosts
    for host in hosts:
        assert any(levels.get((host.person_id, skill), 0) >= 3 for sid, skill in skills if sid == host.session_id)


def test_expiring_skills_have_dates_some_lapsed_some_soon(tmp_path: Path) -> None:
    database, _ = _make(tmp_path / "bigger.sqlite3", people_count=200)
    try:
        with database.read() as session:
            valid = session.scalars(
                select(SkillAssessment.valid_until).join(Skill, Skill.id == SkillAssessment.skill_id)
                .where(Skill.expires.is_(True))).all()
            history = session.scalar(select(func.count()).select_from(
                select(SkillAssessment.person_id).group_by(SkillAssessment.person_id, SkillAssessment.skill_id)
                .having(func.count() > 1).subquery()))
    finally:
        database.close()
    assert valid and None not in valid
    assert any(v < TODAY for v in valid if v) and any(TODAY <= v <= TODAY + timedelta(days=60) for v in valid if v)
    assert history and history > 0


def test_checklists_are_partly_done_with_buddies(demo_db: Database) -> None:
    with demo_db.read() as session:
        done = Counter(session.scalars(select(ChecklistItem.done_at.is_not(None))))
        buddies = session.scalar(select(func.count(Checklist.id)).where(Checklist.buddy_id.is_not(None)))
    assert done[True] > 0 and done[False] > 0 and buddies


def test_lille_adds_no_resources_for_four_months(demo_db: Database) -> None:
    with demo_db.read() as session:
        latest = session.scalar(select(func.max(Resource.created_at)).join(Office, Office.id == Resource.office_id)
                                .where(Office.code == "LILLE"))
    assert latest is not None and latest.date() < TODAY - timedelta(days=120)


def test_refuses_an_initialised_database(db: Database) -> None:
    with pytest.raises(ValidationError) as error:
        generate(db, people=5, today=TODAY)
    assert error.value.code == "already_initialised"


def test_cancel_rolls_everything_back(tmp_path: Path) -> None:
    progress = Progress(lambda done, total, label: progress.cancel() if label == "people" else None)
    database = Database.open(tmp_path / "cancelled.sqlite3")
    try:
        with pytest.raises(Cancelled):
            generate(database, people=30, today=TODAY, progress=progress)
        with database.read() as session:
            assert session.scalar(select(func.count(Office.id))) == 0
            assert organisation.local_office(session) is None
    finally:
        database.close()


def test_every_demo_document_has_its_stored_copy(demo_db: Database) -> None:
    store = FileStore.beside(demo_db.location)
    with demo_db.read() as session:
        files = search_resources(session, ResourceQuery(kind=ResourceKind.FILE))
        assert files
        for row in files:
            path = stored_file_path(session, store, row.id)
            assert path.stat().st_size == row.file_size
            assert row.file_name.endswith(".md")
