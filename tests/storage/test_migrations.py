"""Migrations: an empty database reaches the models' schema; an old one upgrades with nothing lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, insert, text

from learnorg_desktop.models import Base
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.engine import make_engine
from learnorg_desktop.storage.migrate import DatabaseTooNewError, current_revision, head_revision, upgrade


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_empty_database_to_head_matches_models(new_target: Callable[[str], str | Path]) -> None:
    db = Database.open(new_target("new"))
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    assert current_revision(db.engine) == head_revision()


_AT = datetime(2024, 1, 1, 10, 0, tzinfo=UTC)
FIRST_REVISION_ROWS: dict[str, list[dict[str, Any]]] = {
    "offices": [dict(id=1, uuid="o-1", code="HQ", name="Siège", is_headquarters=True, created_at=_AT, updated_at=_AT,
                     deleted=False, row_version=1)],
    "roles": [dict(id=1, uuid="r-1", name="Bénévole d'accueil", description="", created_at=_AT, updated_at=_AT,
                   deleted=False, row_version=1)],
    "people": [
        dict(id=1, uuid="p-1", kind="volunteer", first_name="Hélène", last_name="Lefèvre", email="helene@example.org",
             phone="", office_id=1, role_id=1, arrival_date=date(2023, 5, 2), departure_date=None,
             departure_reason="", languages="français", notes="Œuvre depuis 2023", created_at=_AT, updated_at=_AT,
             deleted=False, row_version=3),
        dict(id=2, uuid="p-2", kind="staff", first_name="François", last_name="Gérard", email=None, phone="",
             office_id=1, role_id=None, arrival_date=date(2022, 1, 10), departure_date=date(2024, 2, 1),
             departure_reason="Déménagement", languages="", notes="", created_at=_AT, updated_at=_AT, deleted=True,
             row_version=1),
    ],
    "skills": [dict(id=1, uuid="s-1", name="Premiers secours", description="", is_key=True, expires=True,
                    created_at=_AT, updated_at=_AT, deleted=False, row_version=1)],
    "skill_assessments": [dict(id=1, uuid="a-1", person_id=1, skill_id=1, level=3, assessed_on=date(2024, 3, 1),
                               source="manager", willing_to_share=True, valid_until=date(2026, 3, 1), created_at=_AT,
                               updated_at=_AT, deleted=False, row_version=1)],
}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_first_revision_database_upgrades_with_nothing_lost(new_target: Callable[..., str | Path]) -> None:
    engine = make_engine(new_target("old", empty=True))
    upgrade(engine, "0001")
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        for table, rows in FIRST_REVISION_ROWS.items():
            connection.execute(insert(tables.tables[table]), rows)
        before = {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
                  for table in FIRST_REVISION_ROWS}

    upgrade(engine, "head")

    with engine.connect() as connection:
        for table, rows in before.items():
            after = connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
            assert [tuple(r)[: len(rows[0])] for r in after] == [tuple(r) for r in rows], table
        keys = connection.execute(text("SELECT id, search_key FROM people ORDER BY id")).all()
    assert keys == [(1, "helene lefevre helene@example.org"), (2, "francois gerard")]
    with engine.connect() as connection:
        names = connection.execute(text("SELECT sort_name FROM people ORDER BY id")).scalars().all()
    assert names == ["lefevre helene", "gerard francois"]
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "future.sqlite3")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    with pytest.raises(DatabaseTooNewError):
        Database.open(tmp_path / "future.sqlite3")


def test_sqlite_connection_settings(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO people (uuid, kind, first_name, last_name, phone, office_id, departure_reason, languages,"
            " notes, search_key, created_at, updated_at, deleted, row_version)"
            " VALUES ('x', 'staff', '', 'X', '', 999, '', '', '', '', '2024-01-01', '2024-01-01', false, 1)"
        ))


def test_the_fast_start_up_path_knows_the_newest_revision() -> None:
    from learnorg_desktop.storage.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
