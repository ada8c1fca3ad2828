"""The import wizard: file -> columns -> preview (dry run) -> import, with errors shown, never blocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from learnorg_desktop.gui.dialogs.import_wizard import ImportWizard, RowErrorModel, row_error_text
from learnorg_desktop.importers.errors import RowError
from learnorg_desktop.services import organisation, people
from learnorg_desktop.storage.database import Database
from tests.importers.builders import write_csv, write_zip_bomb


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox calls recorded instead of shown (a modal box would block the test)."""
    shown: list[tuple[str, str]] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, title, text, *_a, **_k: shown.append((title, text)))
    return shown


@pytest.fixture
def wizard(qtbot: QtBot, db: Database) -> ImportWizard:
    with db.read() as session:
        lyon = organisation.office_by_code(session, "LYON").id
    dialog = ImportWizard(db, lyon)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _count(db: Database) -> int:
    with db.read() as session:
        return people.count(session)


def test_wizard_pages_end_to_end(wizard: ImportWizard, qtbot: QtBot, qtmodeltester: object, db: Database,
                                 tmp_path: Path, messages: list[tuple[str, str]]) -> None:
    path = write_csv(tmp_path / "p.csv", [["Bénévoles 2024"], ["Nom", "Prénom", "Courriel", "Remarques"],
                                         ["Dupont", "Jean", "jean@x.org", "ok"], ["Martin", "Anne", "", ""],
                                         ["Petit", "Marc", "pas un mail", ""]])
    with qtbot.waitSignal(wizard.file_loaded, timeout=5000):
        wizard.set_file(path)
    assert wizard.file_page.isComplete()
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.header_spin.value() == 2
    assert [c.currentData() for c in page.combos] == ["last_name", "first_name", "email", "notes"]
    page.combos[3].setCurrentIndex(0)  # ignore the notes column
    assert page.office_combo.currentData() == "LYON"
    with qtbot.waitSignal(wizard.preview_ready, timeout=5000):
        wizard.next()
    model = wizard.preview_page.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert wizard.preview is not None
    assert (wizard.preview.created, wizard.preview.updated, wizard.preview.rejected) == (2, 0, 1)
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == 5
    assert wizard.preview_page.isComplete()
    assert _count(db) == 0  # the preview wrote nothing
    with qtbot.waitSignal(wizard.people_imported, timeout=5000) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert blocker.args == [2, 0]
    assert _count(db) == 2
    assert messages == []


def test_header_row_can_be_changed(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path,
                                   messages: list[tuple[str, str]]) -> None:
    path = write_csv(tmp_path / "p.csv", [["x", "y"], ["Qui", "Mail"], ["Dupont", "d@x.org"]])
    with qtbot.waitSignal(wizard.file_loaded, timeout=5000):
        wizard.set_file(path)
    wizard.next()
    page = wizard.mapping_page
    assert all(c.currentData() is None for c in page.combos)  # nothing recognised: the user maps by hand
    page.header_spin.setValue(2)
    page.combos[0].setCurrentIndex(page.combos[0].findData("last_name"))
    page.combos[1].setCurrentIndex(page.combos[1].findData("email"))
    with qtbot.waitSignal(wizard.preview_ready, timeout=5000):
        wizard.next()
    assert wizard.preview is not None and wizard.preview.created == 1


def test_missing_last_name_column_is_refused(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path,
                                             messages: list[tuple[str, str]]) -> None:
    with qtbot.waitSignal(wizard.file_loaded, timeout=5000):
        wizard.set_file(write_csv(tmp_path / "p.csv", [["Nom"], ["Dupont"]]))
    wizard.next()
    wizard.mapping_page.combos[0].setCurrentIndex(0)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert len(messages) == 1


def test_unreadable_file_is_reported(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path,
                                     messages: list[tuple[str, str]]) -> None:
    wizard.set_file(write_zip_bomb(tmp_path / "bomb.xlsx"))
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert wizard.last_error is not None and wizard.last_error.code == "zip_ratio"  # type: ignore[attr-defined]
    assert not wizard.file_page.isComplete()


def test_error_model_texts(qtmodeltester: object) -> None:
    model = RowErrorModel()
    model.set_errors([RowError(3, "email", "bad", "bad_email", "x@"),
                      RowError(9, None, "dup", "duplicate_in_file", "3")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(1, 2)) == "Duplicate of row 3."
    assert row_error_text(RowError(1, None, "raw message", "something_new")) == "raw message"
