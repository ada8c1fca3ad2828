"""The open database: engine plus a session factory used as a unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from learnorg_desktop.storage.engine import make_engine
from learnorg_desktop.storage.migrate import SCHEMA_HEAD, current_revision, upgrade_to_head


class ReadOnlyUpgradeError(RuntimeError):
    """A database opened read-only needs a schema upgrade, which only a writer may run."""

    def __init__(self, revision: str | None) -> None:
        super().__init__(f"this database (schema {revision}) must be upgraded by the window that holds it "
                         "before it can be opened read-only")
        self.revision = revision


@dataclass
class Database:
    """One database, opened and migrated."""

    engine: Engine
    factory: sessionmaker[Session]
    location: str
    read_only: bool = False

    @classmethod
    def open(cls, target: str | Path, *, migrate: bool = True, read_only: bool = False) -> Database:
        """Open `target` (a file path or a URL); `read_only` refuses every write (and so every migration)."""
        engine = make_engine(target, read_only=read_only)
        db = cls(engine=engine, factory=sessionmaker(engine, expire_on_commit=False), location=str(target),
                 read_only=read_only)
        if read_only:
            current = current_revision(engine)
            if current != SCHEMA_HEAD:
                engine.dispose()
                raise ReadOnlyUpgradeError(current)
        elif migrate:
            db._migrate()
        return db

    def _migrate(self) -> None:
        """Bring the schema up to date, backing up an existing SQLite database first (a migration rewrites tables)."""
        current = current_revision(self.engine)
        if current == SCHEMA_HEAD:
            return
        if current is not None and self.engine.url.get_backend_name() == "sqlite":
            from learnorg_desktop.storage.backups import take_backup  # imports this module: loaded late

            take_backup(self, "before-migration")
        upgrade_to_head(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session committed on success and rolled back on any error."""
        with self.factory() as session, session.begin():
            yield session

    def read(self) -> Session:
        """A session for reading; the caller closes it (use as a context manager)."""
        return self.factory()

    def close(self) -> None:
        self.engine.dispose()
