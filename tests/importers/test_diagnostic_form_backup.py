"""Importing filled self-diagnosis forms backs the database up first, as every import does."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from learnorg_desktop.importers.diagnostic_form import FormImportError, import_form_files
from learnorg_desktop.storage.backups import list_backups
from learnorg_desktop.storage.database import Database
from tests.importers.test_diagnostic_form import TODAY, _blank, _count, _fill


def _responses_in(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM diagnostic_responses").fetchone()[0])
    finally:
        connection.close()


def test_a_backup_is_taken_before_the_responses_are_stored(db: Database, db_path: Path, tmp_path: Path) -> None:
    campaign_id, blank = _blank(db, tmp_path)
    filled = _fill(blank, tmp_path / "a.xlsx", {"#office": "LYON", "#group": "Bénévole", "LEAD1": 4})
    report = import_form_files(db, campaign_id, [filled], TODAY)
    assert report.files == 1 and _count(db)[0] == 1
    backups = list_backups(db_path)
    assert [b.reason for b in backups] == ["import"]
    assert _responses_in(backups[0].path) == 0  # the state before the import


def test_refused_forms_take_no_backup_and_store_nothing(db: Database, db_path: Path, tmp_path: Path) -> None:
    campaign_id, blank = _blank(db, tmp_path)
    good = _fill(blank, tmp_path / "good.xlsx", {"#office": "LYON", "#group": "Bénévole", "LEAD1": 4})
    bad = _fill(blank, tmp_path / "bad.xlsx", {"#office": "LYON", "#group": "Bénévole", "LEAD1": 9})
    with pytest.raises(FormImportError):
        import_form_files(db, campaign_id, [good, bad], date(2026, 3, 10))
    assert _count(db) == (0, 0)
    assert list_backups(db_path) == []
