"""The change mark: a counter that every write transaction bumps, so other windows learn that data changed.

A counter bumped inside the writer's own transaction is exact where timestamps are not (PCs' clocks differ, and
a commit becomes visible after its timestamp). Writes are noticed at the engine level, below the ORM, so the bulk
imports and the exchange merge, which write through the raw connection, bump it too without remembering to.
The bump is one UPDATE just before the commit: the row lock it takes on a server is held only while committing.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Connection, Engine, event, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from learnorg_desktop.models.change_marks import ChangeMark

WROTE = "learnorg_wrote"  # in a connection's info: this transaction sent an INSERT, UPDATE or DELETE
_PENDING = "learnorg_pending_mark"  # in a session's info: the mark its commit is about to make
_DML = ("INSERT", "UPDATE", "DELETE")
_BUMP = (update(ChangeMark).where(ChangeMark.id == 1).values(counter=ChangeMark.counter + 1)
         .returning(ChangeMark.counter))
_READ = select(ChangeMark.counter).where(ChangeMark.id == 1)
_KEEP = 5000  # own marks remembered; a watcher polls every few seconds, far fewer commits happen in between


def _note_write(conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
    # The SQL text, not the statement object: exec_driver_sql and text() carry no compiled "is insert" flag.
    if not conn.info.get(WROTE) and statement.lstrip()[:6].upper() in _DML:
        conn.info[WROTE] = True


def _forget_writes(conn: Connection) -> None:
    conn.info[WROTE] = False


class ChangeMarks:
    """Bumps the mark at each commit that wrote something and remembers the marks this process made."""

    def __init__(self) -> None:
        self._own: set[int] = set()
        self._lock = threading.Lock()  # background tasks commit from worker threads

    def install(self, engine: Engine, factory: sessionmaker[Session]) -> None:
        event.listen(engine, "before_cursor_execute", _note_write)
        event.listen(engine, "begin", _forget_writes)
        event.listen(factory, "before_commit", self._bump)
        event.listen(factory, "after_commit", self._committed)
        event.listen(factory, "after_rollback", lambda session: session.info.pop(_PENDING, None))

    def _bump(self, session: Session) -> None:
        if session.in_nested_transaction():
            return  # a savepoint: the outer commit bumps
        session.flush()  # the commit would flush after this event: its writes must count
        connection = session.connection()
        if not connection.info.get(WROTE):
            return
        mark = connection.execute(_BUMP).scalar()
        if mark is None:  # a schema built without the migrations (create_all): start the row
            connection.execute(insert(ChangeMark).values(id=1, counter=1))
            mark = 1
        connection.info[WROTE] = False
        session.info[_PENDING] = mark

    def _committed(self, session: Session) -> None:
        mark = session.info.pop(_PENDING, None)
        if mark is None:
            return
        with self._lock:
            self._own.add(mark)
            if len(self._own) > 2 * _KEEP:
                self._own = set(sorted(self._own)[-_KEEP:])

    @staticmethod
    def current(engine: Engine) -> int:
        """The mark now: one primary-key read."""
        with engine.connect() as connection:
            return connection.execute(_READ).scalar() or 0

    def changed_by_others(self, since: int, now: int) -> bool:
        """Whether a commit between the marks `since` and `now` came from another process or window."""
        if now == since:
            return False
        if now < since:  # the database was replaced (a restored backup): everything may differ
            return True
        with self._lock:
            if now - since > len(self._own):
                return True
            return any(mark not in self._own for mark in range(since + 1, now + 1))
