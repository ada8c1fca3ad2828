"""File > Exchange > Conflicts…: both versions side by side, settled whole or field by field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from learnorg_desktop.exchange.conflicts import Pick, list_conflicts
from learnorg_desktop.gui.exchange.conflict_models import ConflictFieldsModel, resolution
from learnorg_desktop.gui.exchange.conflicts_dialog import ConflictsDialog
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.models import Person
from learnorg_desktop.storage.database import Database
from tests.gui.exchange_helpers import hq, lyon, make_conflict  # noqa: F401 - fixtures


def _person(db: Database, uuid: str) -> Person:
    with db.read() as session:
        return session.scalars(select(Person).where(Person.uuid == uuid)).one()


def _fields(model: ConflictFieldsModel) -> dict[str, tuple[Any, ...]]:
    """Field label -> (this office, other office, check state or None)."""
    return {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data(),
                                       model.index(r, 3).data(Qt.ItemDataRole.CheckStateRole))
            for r in range(model.rowCount())}


@pytest.fixture
def conflict_db(lyon: Database, hq: Database, tmp_path: Path) -> tuple[Database, str]:  # noqa: F811
    return hq, make_conflict(lyon, hq, tmp_path)


def test_resolve_field_by_field(conflict_db: tuple[Database, str], qtbot: QtBot, qtmodeltester: Any) -> None:
    db, ana = conflict_db
    dialog = ConflictsDialog(db)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[:3] == ["People", "Ana Silva", "LYON"] and row[4] == "To review"
    assert dialog.count_label.text() == "1 conflict to review."
    fields = dialog.fields_model
    qtmodeltester.check(fields)
    shown = _fields(fields)
    assert shown["E-mail"] == ("ana@siege.example.org", "ana@lyon.example.org", Qt.CheckState.Unchecked)
    assert shown["Notes"] == ("vue au siège", "vue à Lyon", Qt.CheckState.Unchecked)
    assert shown["Last name"][2] is None  # the same on both sides: nothing to choose
    assert list(shown)[:2] == ["E-mail", "Notes"]  # the differing fields come first
    email = next(r for r in range(fields.rowCount()) if fields.index(r, 0).data() == "E-mail")
    assert fields.setData(fields.index(email, 3), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(dialog.resolved):
        dialog.apply_button.click()
    person = _person(db, ana)
    assert (person.email, person.notes) == ("ana@lyon.example.org", "vue au siège")
    assert dialog.model.rowCount() == 0 and dialog.resolved_count == 1
    assert not dialog.keep_button.isEnabled()
    dialog.show_resolved_check.setChecked(True)
    assert dialog.model.index(0, 4).data() == "Resolved field by field"
    assert not dialog.apply_button.isEnabled()  # a settled conflict is only shown


@pytest.mark.parametrize(("button", "expected"), [("keep", "ana@siege.example.org"),
                                                  ("other", "ana@lyon.example.org")])
def test_whole_versions(conflict_db: tuple[Database, str], qtbot: QtBot, button: str, expected: str) -> None:
    db, ana = conflict_db
    dialog = ConflictsDialog(db)
    qtbot.addWidget(dialog)
    (dialog.keep_button if button == "keep" else dialog.other_button).click()
    assert _person(db, ana).email == expected
    with db.read() as session:
        assert list_conflicts(session) == []


def test_resolution_follows_which_version_was_kept(conflict_db: tuple[Database, str]) -> None:
    db, _ = conflict_db
    with db.read() as session:
        conflict = list_conflicts(session)[0]
    assert conflict.kept_local and set(conflict.differing_fields) == {"email", "notes"}
    assert resolution(conflict, set()) == (Pick.KEPT, None)
    assert resolution(conflict, {"email", "notes"}) == (Pick.OTHER, None)
    assert resolution(conflict, {"email"}) == (Pick.KEPT, {"email"})
    # When the import took the other office's newer version, "this office" is the set-aside one.
    swapped = conflict.__class__(**{**conflict.__dict__, "kept_local": False})
    assert resolution(swapped, set()) == (Pick.OTHER, None)
    assert resolution(swapped, {"email", "notes"}) == (Pick.KEPT, None)
    assert resolution(swapped, {"email"}) == (Pick.KEPT, {"notes"})


def test_read_only_shows_but_cannot_resolve(conflict_db: tuple[Database, str], qtbot: QtBot) -> None:
    db, _ = conflict_db
    read_only = Database.open(db.location, read_only=True)
    try:
        dialog = ConflictsDialog(read_only)
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == 1
        assert not any(b.isEnabled() for b in (dialog.keep_button, dialog.other_button, dialog.apply_button))
        fields = dialog.fields_model
        assert not fields.flags(fields.index(0, 3)) & Qt.ItemFlag.ItemIsUserCheckable
        assert "read-only" in dialog.detail_label.text()
    finally:
        read_only.close()


def test_menu_counts_open_conflicts_and_reloads_after_a_choice(conflict_db: tuple[Database, str], qtbot: QtBot,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db, ana = conflict_db
    window = MainWindow(db)
    qtbot.addWidget(window)
    controller = window.exchange
    assert controller.conflicts_action.text() == "&Conflicts (1)…"
    old_tab = window.people_tab

    def choose(dialog: ConflictsDialog) -> int:
        dialog.other_button.click()
        return 0

    monkeypatch.setattr(ConflictsDialog, "exec", choose)
    controller.conflicts_action.trigger()
    assert controller.conflicts_action.text() == "&Conflicts…"
    assert window.people_tab is not old_tab  # the tabs were rebuilt on the new data
    with db.read() as session:
        stored = session.scalars(select(Person.email).where(Person.uuid == ana)).one()
    assert stored == "ana@lyon.example.org"
