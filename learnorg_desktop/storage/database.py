"""The open database: engine plus a session factory used as a unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from learnorg_desktop.storage.engine import make_engine
from learnorg_desktop.storage.migrate import upgrade_to_head


@dataclass
class Database:
    """One database, opened and migrated."""

    engine: Engine
    factory: sessionmaker[Session]
    location: str

    @classmethod
    def open(cls, target: str | Path, *, migrate: bool = True) -> Database:
        engine = make_engine(target)
        if migrate:
            upgrade_to_head(engine)
        factory = sessionmaker(engine, expire_on_commit=False)
        return cls(engine=engine, factory=factory, location=str(target))

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
