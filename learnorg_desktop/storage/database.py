"""The open database: engine plus a session factory used as a unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from learnorg_desktop.services.errors import ConflictError  # a leaf module: no cycle, no Qt
from learnorg_desktop.storage.change_marks import ChangeMarks
from learnorg_desktop.storage.credentials import PASSWORDS, ServerAddress, split_password
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
    marks: ChangeMarks = field(default_factory=ChangeMarks)

    @classmethod
    def open(cls, target: str | Path, *, migrate: bool = True, read_only: bool = False) -> Database:
        """Open `target` (a file path or a URL); `read_only` refuses every write (and so every migration).

        A password written in a server URL is kept in memory for this run and taken out of `location`
        (shown in the status bar, the recent list and the log); reopening `location` finds it again.
        """
        location, password = split_password(str(target))
        connect_to = location
        if password is not None:
            try:
                PASSWORDS.remember(ServerAddress.from_url(str(target)), password)
            except ValueError:  # no user or database named, so no key to find it by: the engine keeps it
                connect_to = str(target)
        engine = make_engine(connect_to, read_only=read_only)
        db = cls(engine=engine, factory=sessionmaker(engine, expire_on_commit=False), location=location,
                 read_only=read_only)
        db.marks.install(engine, db.factory)
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
        """A session committed on success and rolled back on any error.

        An ORM update of a row another writer changed since it was read (its `row_version` moved) is refused by
        SQLAlchemy with StaleDataError; it becomes a ConflictError here so no caller ever shows it raw.
        """
        try:
            with self.factory() as session, session.begin():
                yield session
        except StaleDataError as error:
            raise ConflictError("this record was changed elsewhere since it was read",
                                code="changed_meanwhile") from error

    def change_mark(self) -> int:
        """The database's change counter: it moves with every committed write, from any window or PC."""
        return self.marks.current(self.engine)

    def changed_by_others(self, since: int, now: int) -> bool:
        """Whether a write between the marks `since` and `now` was not made through this object."""
        return self.marks.changed_by_others(since, now)

    def read(self) -> Session:
        """A session for reading; the caller closes it (use as a context manager)."""
        return self.factory()

    def close(self) -> None:
        self.engine.dispose()
