"""A database opened read-only can be read while another window writes, and refuses every write itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import InternalError, OperationalError

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.storage.database import Database, ReadOnlyUpgradeError
from learnorg_desktop.storage.engine import make_engine
from learnorg_desktop.storage.migrate import upgrade


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_reads_work_and_writes_are_refused(db: Database, db_target: str | Path) -> None:
    viewer = Database.open(db_target, read_only=True)
    try:
        with db.transaction() as session:
            people.create(session, PersonInput(PersonKind.STAFF, "Écrit", "Par l'autre"))
        with viewer.read() as session:
            assert people.count(session) == 1
        with pytest.raises((OperationalError, InternalError), match=r"readonly|read-only"), \
                viewer.transaction() as session:
            people.create(session, PersonInput(PersonKind.STAFF, "Refusé", "Noé"))
    finally:
        viewer.close()
    with db.read() as session:
        assert people.count(session) == 1


def test_an_outdated_schema_cannot_be_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0002")
    engine.dispose()
    with pytest.raises(ReadOnlyUpgradeError):
        Database.open(path, read_only=True)
