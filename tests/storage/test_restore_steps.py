"""A restore in two phases: cancellable preparation while the database is open, then one rename."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.services.progress import Cancelled, Progress
from learnorg_desktop.storage import backups
from learnorg_desktop.storage.backups import (
    RestoreStep,
    backup_folder,
    finish_restore,
    list_backups,
    prepare_restore,
    problems,
    take_backup,
)
from learnorg_desktop.storage.database import Database


def _add(db: Database, name: str) -> None:
    with db.transaction() as session:
        people.create(session, PersonInput(PersonKind.VOLUNTEER, name, "Zoé"))


def _names(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT last_name FROM people")}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cancel_at(step: int) -> Progress:
    def report(done: int, _total: int, _text: str) -> None:
        if done == step:
            progress.cancel()

    progress = Progress(report)
    return progress


@pytest.mark.parametrize("step", range(len(RestoreStep)))
def test_cancel_at_any_step_leaves_no_trace(db: Database, db_path: Path, step: int) -> None:
    _add(db, "Avant")
    backup = take_backup(db, "manual")
    _add(db, "Après")
    db.close()
    before, listed = _digest(db_path), list_backups(db_path)
    with pytest.raises(Cancelled):
        prepare_restore(backup.path, db_path, progress=_cancel_at(step))
    assert _digest(db_path) == before and list_backups(db_path) == listed
    assert list(db_path.parent.glob("*.restoring*")) == [] and list(backup_folder(db_path).glob("*.part")) == []


def test_prepared_while_open_then_swapped_in(db: Database, db_path: Path) -> None:
    _add(db, "Avant")
    backup = take_backup(db, "manual")
    _add(db, "Après")
    steps: list[str] = []
    texts = {step: f"<{step.value}>" for step in RestoreStep}
    staged = prepare_restore(backup.path, db_path, progress=Progress(lambda _d, _t, text: steps.append(text)),
                             texts=texts)
    assert steps == [f"<{step.value}>" for step in RestoreStep]
    assert _names(db_path) == {"Avant", "Après"}  # nothing replaced yet: the window still works on it
    db.close()
    replaced = finish_restore(staged)
    assert _names(db_path) == {"Avant"} and problems(db_path) == []
    assert replaced is not None and _names(replaced.path) == {"Avant", "Après"}
    assert list(db_path.parent.glob("*.restoring*")) == []


def test_a_cancelled_check_is_not_reported_as_damage(db: Database, db_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backups, "CHECK_STEPS", 1)  # SQLite asks at once, as it would midway through a big file
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        problems(db_path, progress=progress)
