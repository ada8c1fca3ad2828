"""Personal data in the window: sensitive notes, consents, access export, anonymisation, retention review."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from learnorg_desktop.gui.dialogs.consents_dialog import ConsentsDialog
from learnorg_desktop.gui.dialogs.person_dialog import PersonDialog
from learnorg_desktop.gui.dialogs.retention_dialog import RetentionDialog
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.privacy_notice import RetentionNotice
from learnorg_desktop.gui.tabs.people_tab import PeopleTab
from learnorg_desktop.models import Person
from learnorg_desktop.services import people, privacy
from learnorg_desktop.services.people import PersonQuery
from learnorg_desktop.storage.backups import list_backups
from learnorg_desktop.storage.database import Database

TODAY = date(2026, 7, 1)  # Luc Bernard (populated_db) left on 30 June 2022: due after 3 years


def _id(db: Database, text: str) -> int:
    with db.read() as session:
        (found,) = people.list_ids(session, PersonQuery(text=text), TODAY)
        return found


def _person(db: Database, person_id: int) -> Person:
    with db.read() as session:
        found = session.get(Person, person_id)
        assert found is not None
        return found


@pytest.fixture
def tab(qtbot, populated_db: Database) -> PeopleTab:
    widget = PeopleTab(populated_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(tab: PeopleTab, person_id: int) -> None:
    assert tab.select_person(person_id)


# --- the person form ---------------------------------------------------------------------------------
def test_sensitive_notes_are_marked_and_saved(qtbot, populated_db: Database) -> None:
    helene = _id(populated_db, "helene")
    dialog = PersonDialog(populated_db, helene)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.sensitiveHint.isVisible() and "never in lists or reports" in dialog.ui.sensitiveHint.text()
    assert dialog.ui.sensitiveLabel.buddy() is dialog.ui.sensitiveNotesEdit
    dialog.ui.sensitiveNotesEdit.setPlainText("Allergie sévère")
    dialog.save()
    assert dialog.last_error is None
    assert _person(populated_db, helene).sensitive_notes == "Allergie sévère"
    again = PersonDialog(populated_db, helene)
    qtbot.addWidget(again)
    assert again.ui.sensitiveNotesEdit.toPlainText() == "Allergie sévère"
    again.ui.sensitiveNotesEdit.setPlainText("  ")
    again.save()
    assert _person(populated_db, helene).sensitive_notes is None


def test_consents_wait_for_a_saved_person(qtbot, populated_db: Database) -> None:
    dialog = PersonDialog(populated_db)
    qtbot.addWidget(dialog)
    assert not dialog.ui.consentsButton.isEnabled()
    assert dialog.open_consents() is None


def test_consents_are_added_and_withdrawn_from_the_form(qtbot, qtmodeltester, populated_db: Database) -> None:
    helene = _id(populated_db, "helene")
    form = PersonDialog(populated_db, helene)
    qtbot.addWidget(form)
    assert form.ui.consentsSummary.text() == "None recorded."
    dialog = form.open_consents()
    assert isinstance(dialog, ConsentsDialog)
    dialog.purpose_combo.setCurrentIndex(1)  # photos
    dialog.note_edit.setText("formulaire signé")
    dialog.add()
    dialog.purpose_combo.setEditText("Newsletter de l’antenne")
    dialog.add()
    assert dialog.last_error is None
    qtmodeltester.check(dialog.model)
    assert [dialog.model.index(r, 0).data() for r in range(2)] == ["Photos and videos", "Newsletter de l’antenne"]
    assert form.ui.consentsSummary.text() == "2 given."
    dialog.table.selectRow(0)
    assert dialog.withdraw_button.isEnabled()
    dialog.withdraw_button.click()
    assert form.ui.consentsSummary.text() == "1 given, 1 withdrawn."
    dialog.table.selectRow(0)
    assert not dialog.withdraw_button.isEnabled()  # already withdrawn
    with populated_db.read() as session:
        rows = privacy.list_consents(session, helene)
    assert [(r.purpose, r.note, r.active) for r in rows] == [
        ("photos", "formulaire signé", False), ("Newsletter de l’antenne", "", True)]
    dialog.purpose_combo.setEditText("   ")
    dialog.add()
    assert dialog.last_error is not None and dialog.last_error.code == "required"
    assert dialog.error_label.isVisibleTo(dialog)


# --- the People tab's personal-data menu ---------------------------------------------------------------
def test_export_personal_data_writes_the_workbook_and_json(qtbot, tab: PeopleTab, populated_db: Database,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not tab.privacy.export_action.isEnabled()
    _select(tab, _id(populated_db, "helene"))
    assert tab.privacy.export_action.isEnabled() and tab.privacy.anonymise_action.isEnabled()
    target = tmp_path / "helene"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(tab.status_message, timeout=10_000) as message:
        tab.privacy.export_action.trigger()
    assert "personal data written" in message.args[0].lower()
    assert (tmp_path / "helene.xlsx").is_file()
    assert json.loads((tmp_path / "helene.json").read_text(encoding="utf-8"))["person"]["first_name"] == "Hélène"


def test_anonymise_asks_first(tab: PeopleTab, populated_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    helene = _id(populated_db, "helene")
    _select(tab, helene)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)  # closed: no button
    assert tab.privacy.anonymise_person() is None
    assert "cannot be undone" in shown[0] and "Hélène Dubois" in shown[0] and "other offices" in shown[0]
    assert _person(populated_db, helene).anonymised_at is None


def test_anonymise_backs_up_then_erases_the_identity(qtbot, tab: PeopleTab, populated_db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    helene = _id(populated_db, "helene")
    _select(tab, helene)
    monkeypatch.setattr("learnorg_desktop.gui.tabs.people_tab_privacy.confirm_anonymisation",
                        lambda parent, names: True)
    with qtbot.waitSignal(tab.people_changed, timeout=10_000):
        tab.privacy.anonymise_action.trigger()
    person = _person(populated_db, helene)
    assert person.anonymised_at is not None and person.first_name == "" and person.email is None
    assert person.last_name.startswith("Anonymised #")
    assert [b.reason for b in list_backups(Path(populated_db.location))] == ["anonymise"]
    assert any(tab.model.index(r, 0).data().startswith("Anonymised #") for r in range(tab.model.rowCount()))
    assert tab.current_person_id() == helene  # still selected after the refresh


def test_read_only_cannot_anonymise(qtbot, populated_db: Database) -> None:
    reader = Database.open(populated_db.location, read_only=True)
    try:
        widget = PeopleTab(reader)
        qtbot.addWidget(widget)
        _select(widget, _id(reader, "helene"))
        assert widget.privacy.export_action.isEnabled()
        assert not widget.privacy.anonymise_action.isEnabled()
        assert widget.privacy.anonymise_person(confirm=False) is None
    finally:
        reader.close()


# --- retention ---------------------------------------------------------------------------------------------
def test_retention_review_lists_and_anonymises(qtbot, qtmodeltester, populated_db: Database) -> None:
    dialog = RetentionDialog(populated_db, today=TODAY)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == ["Luc Bernard"]
    assert not dialog.anonymise_button.isEnabled()
    dialog.years_spin.setValue(5)
    assert dialog.model.rowCount() == 0
    with populated_db.read() as session:
        assert privacy.retention_years(session) == 5
    dialog.years_spin.setValue(3)
    dialog.select_all_button.click()
    assert dialog.anonymise_button.isEnabled()
    with qtbot.waitSignal(dialog.people_anonymised, timeout=10_000) as signal:
        dialog.anonymise_selected(confirm=False)
    assert signal.args == [1] and dialog.model.rowCount() == 0
    luc = _id(populated_db, "anonymised")
    assert _person(populated_db, luc).departure_date == date(2022, 6, 30)
    with qtbot.waitSignal(dialog.reviewed):
        dialog.done_button.click()
    with populated_db.read() as session:
        assert not privacy.retention_reminder_due(session, TODAY)


def test_the_window_shows_the_yearly_reminder(qtbot, populated_db: Database) -> None:
    window = MainWindow(populated_db)
    qtbot.addWidget(window)
    window.show()
    notices = window.statusBar().findChildren(RetentionNotice)
    assert len(notices) == 1 and notices[0].isVisible()
    assert "1 person left more than 3 years ago" in notices[0].label.text()
    notices[0].review_button.click()
    dialog = window.people_tab.privacy.retention_dialog
    assert isinstance(dialog, RetentionDialog) and dialog.isVisible()
    dialog.done_button.click()
    window.set_database(populated_db)  # reopening: the review is done, no more notice
    assert window.statusBar().findChildren(RetentionNotice) == []


def test_no_reminder_when_read_only(qtbot, populated_db: Database) -> None:
    reader = Database.open(populated_db.location, read_only=True)
    try:
        window = MainWindow(reader)
        qtbot.addWidget(window)
        assert window.statusBar().findChildren(RetentionNotice) == []
    finally:
        window.close()
        reader.close()
