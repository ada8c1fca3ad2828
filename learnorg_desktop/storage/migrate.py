"""Alembic migrations applied from code at start-up.

Alembic is imported only when a migration must run: an up-to-date database opens without it
(importing Alembic costs about 0.3 s of start-up).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; tests/storage/test_migrations.py checks they agree.
SCHEMA_HEAD = "0008"


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer version of the application."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"this database was created by a newer LearnOrg Desktop (schema {revision}); "
            "please update the application"
        )
        self.revision = revision


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (None for a new, empty database)."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no alembic_version table yet
        return None


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision; refuse a database newer than this code."""
    if current_revision(engine) == SCHEMA_HEAD:
        return
    upgrade(engine, "head")


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    current = current_revision(engine)
    if current is not None and not _known(_script(), current):
        raise DatabaseTooNewError(current)
    command.upgrade(alembic_config(engine), revision)
