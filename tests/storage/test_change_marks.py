"""The change mark: every committed write moves it once, reads never do, and each window knows its own commits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from learnorg_desktop.services import organisation
from learnorg_desktop.storage.database import Database

pytestmark = pytest.mark.parametrize("backend", ["sqlite", "postgresql"])


@pytest.fixture
def pair(db_target: str | Path) -> Iterator[tuple[Database, Database]]:
    """Two application instances on one database."""
    first = Database.open(db_target)
    with first.transaction() as session:
        organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True,
                                organisation="Solidarité Pour Tous")
    second = Database.open(db_target)
    yield first, second
    second.close()
    first.close()


def test_a_write_transaction_moves_the_mark_once_and_reads_never(pair: tuple[Database, Database]) -> None:
    db, _ = pair
    start = db.change_mark()
    with db.transaction() as session:
        organisation.add_office(session, code="LYON", name="Antenne de Lyon")
        organisation.add_office(session, code="LILLE", name="Antenne de Lille")
    assert db.change_mark() == start + 1
    with db.transaction() as session:
        organisation.list_offices(session)
    with db.read() as session:
        organisation.list_offices(session)
    assert db.change_mark() == start + 1


def test_raw_connection_writes_and_manual_commits_move_it(pair: tuple[Database, Database]) -> None:
    """The bulk importers write through the connection, the exchange merge commits its own session."""
    db, _ = pair
    start = db.change_mark()
    with db.transaction() as session:
        session.connection().exec_driver_sql(
            "UPDATE offices SET name = 'Siège national' WHERE code = 'HQ'")
    with db.factory() as session:
        session.execute(text("UPDATE offices SET name = 'Siège' WHERE code = 'HQ'"))
        session.commit()
    assert db.change_mark() == start + 2


def test_rollbacks_and_savepoints(pair: tuple[Database, Database]) -> None:
    db, _ = pair
    start = db.change_mark()
    with pytest.raises(RuntimeError), db.transaction() as session:
        organisation.add_office(session, code="LYON", name="Antenne de Lyon")
        raise RuntimeError("refused")
    assert db.change_mark() == start
    with db.transaction() as session:
        with session.begin_nested():
            organisation.add_office(session, code="LYON", name="Antenne de Lyon")
        organisation.add_office(session, code="LILLE", name="Antenne de Lille")
    assert db.change_mark() == start + 1


def test_each_instance_tells_its_own_commits_from_the_others(pair: tuple[Database, Database]) -> None:
    db, other = pair
    seen = db.change_mark()
    with db.transaction() as session:
        organisation.add_office(session, code="LYON", name="Antenne de Lyon")
    mine = db.change_mark()
    assert not db.changed_by_others(seen, mine)
    assert other.changed_by_others(seen, mine)

    with other.transaction() as session:
        organisation.add_office(session, code="LILLE", name="Antenne de Lille")
    with db.transaction() as session:
        organisation.add_office(session, code="METZ", name="Antenne de Metz")
    now = db.change_mark()
    assert now == mine + 2
    assert db.changed_by_others(mine, now) and other.changed_by_others(mine, now)
    assert not db.changed_by_others(now, now)
    assert db.changed_by_others(now, 0)  # the mark went back: the database was replaced (a restored backup)


def test_a_read_only_window_reads_the_mark(pair: tuple[Database, Database], db_target: str | Path) -> None:
    db, _ = pair
    viewer = Database.open(db_target, read_only=True)
    try:
        before = viewer.change_mark()
        with db.transaction() as session:
            organisation.add_office(session, code="LYON", name="Antenne de Lyon")
        assert viewer.change_mark() == before + 1
        with viewer.transaction() as session:
            organisation.list_offices(session)
    finally:
        viewer.close()
