"""Migrations: an empty database reaches the models' schema; an old one upgrades with nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from learnorg_desktop.models import Base
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.engine import make_engine
from learnorg_desktop.storage.migrate import DatabaseTooNewError, current_revision, head_revision, upgrade


def test_empty_database_to_head_matches_models(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "new.sqlite3")
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    assert current_revision(db.engine) == head_revision()


FIRST_REVISION_ROWS = """
INSERT INTO offices (id, uuid, code, name, is_headquarters, created_at, updated_at, deleted, row_version)
  VALUES (1, 'o-1', 'HQ', 'Siège', 1, '2024-01-01 10:00:00', '2024-01-01 10:00:00', 0, 1);
INSERT INTO roles (id, uuid, name, description, created_at, updated_at, deleted, row_version)
  VALUES (1, 'r-1', 'Bénévole d''accueil', '', '2024-01-01', '2024-01-01', 0, 1);
INSERT INTO people (id, uuid, kind, first_name, last_name, email, phone, office_id, role_id, arrival_date,
  departure_date, departure_reason, languages, notes, created_at, updated_at, deleted, row_version)
  VALUES (1, 'p-1', 'volunteer', 'Hélène', 'Lefèvre', 'helene@example.org', '', 1, 1, '2023-05-02', NULL, '',
          'français', 'Œuvre depuis 2023', '2024-01-01', '2024-01-01', 0, 3),
         (2, 'p-2', 'staff', 'François', 'Gérard', NULL, '', 1, NULL, '2022-01-10', '2024-02-01', 'Déménagement',
          '', '', '2024-01-01', '2024-01-01', 1, 1);
INSERT INTO skills (id, uuid, name, description, is_key, expires, created_at, updated_at, deleted, row_version)
  VALUES (1, 's-1', 'Premiers secours', '', 1, 1, '2024-01-01', '2024-01-01', 0, 1);
INSERT INTO skill_assessments (id, uuid, person_id, skill_id, level, assessed_on, source, willing_to_share,
  valid_until, created_at, updated_at, deleted, row_version)
  VALUES (1, 'a-1', 1, 1, 3, '2024-03-01', 'manager', 1, '2026-03-01', '2024-01-01', '2024-01-01', 0, 1);
"""


def test_first_revision_database_upgrades_with_nothing_lost(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.sqlite3")
    upgrade(engine, "0001")
    with engine.begin() as connection:
        for statement in FIRST_REVISION_ROWS.split(";"):
            if statement.strip():
                connection.execute(text(statement))
        before = {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
                  for table in ("offices", "roles", "people", "skills", "skill_assessments")}

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


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO people (uuid, kind, first_name, last_name, phone, office_id, departure_reason, languages,"
            " notes, search_key, created_at, updated_at, deleted, row_version)"
            " VALUES ('x', 'staff', '', 'X', '', 999, '', '', '', '', '2024-01-01', '2024-01-01', 0, 1)"
        ))


def test_the_fast_start_up_path_knows_the_newest_revision() -> None:
    from learnorg_desktop.storage.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
