"""A database is backed up before a migration rewrites it; a new or up-to-date one is not."""

from __future__ import annotations

from pathlib import Path

from learnorg_desktop.storage.backups import list_backups, problems
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.engine import make_engine
from learnorg_desktop.storage.migrate import current_revision, upgrade


def test_an_older_schema_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, "0003")
    engine.dispose()
    db = Database.open(path)
    db.close()
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["before-migration"]
    old = make_engine(backups[0].path)
    assert current_revision(old) == "0003"
    old.dispose()


def test_new_and_current_databases_are_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Database.open(path).close()
    Database.open(path).close()
    assert list_backups(path) == []
    assert problems(path) == []
