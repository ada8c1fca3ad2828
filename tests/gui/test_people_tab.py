"""The People tab: search, filters, header sorting, add/edit dialog, departures."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from learnorg_desktop.enums import PersonKind, PersonStatus
from learnorg_desktop.gui.tabs.people_tab import PeopleTab
from learnorg_desktop.services import organisation, people
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.people import PersonQuery, SortKey
from learnorg_desktop.storage.database import Database


@pytest.fixture
def tab(qtbot, populated_db: Database) -> PeopleTab:
    widget = PeopleTab(populated_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def listed(tab: PeopleTab) -> list[str]:
    return [tab.model.index(row, 0).data() for row in range(tab.model.rowCount())]


def select(tab: PeopleTab, name: str) -> int:
    row = listed(tab).index(name)
    tab.table.selectRow(row)
    return tab.model.person_id(row)


def stored_count(db: Database) -> int:
    with db.read() as session:
        return people.count(session, PersonQuery())


def test_search_as_you_type_is_accent_insensitive(qtbot, tab: PeopleTab) -> None:
    tab.search_edit.setText("jerome")
    qtbot.waitUntil(lambda: listed(tab) == ["Martin, Jérôme"])
    tab.search_edit.setText("Émile")
    qtbot.waitUntil(lambda: listed(tab) == ["Zola, Émile"])
    assert tab.count_label.text() == "1 person"
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)
    assert tab.count_label.text() == "4 people"


def test_kind_office_and_status_filters(tab: PeopleTab, populated_db: Database) -> None:
    tab.kind_combo.setCurrentIndex(3)  # partners
    assert listed(tab) == ["Ndiaye, Awa"]
    tab.kind_combo.setCurrentIndex(0)
    with populated_db.read() as session:
        lyon = organisation.office_by_code(session, "LYON").id
    tab.office_combo.setCurrentIndex(tab.office_combo.findData(lyon))
    assert listed(tab) == ["Dubois, Hélène", "Ndiaye, Awa"]
    tab.office_combo.setCurrentIndex(0)
    tab.status_combo.setCurrentIndex(2)  # departed
    assert listed(tab) == ["Bernard, Luc"]
    tab.status_combo.setCurrentIndex(3)  # all
    assert tab.model.rowCount() == 5
    assert tab.model.query().kinds == frozenset() and tab.model.query().statuses == frozenset()


def test_header_click_sorts_in_sql(qtbot, tab: PeopleTab) -> None:
    header = tab.table.horizontalHeader()
    arrival = 4
    click = QPoint(header.sectionViewportPosition(arrival) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert tab.model.query().sort is SortKey.ARRIVAL
    first_order, first_descending = listed(tab), tab.model.query().descending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert tab.model.query().descending is not first_descending
    assert listed(tab) == list(reversed(first_order))
    ascending = first_order if not first_descending else list(reversed(first_order))
    assert ascending == ["Martin, Jérôme", "Ndiaye, Awa", "Dubois, Hélène", "Zola, Émile"]


def test_unsortable_header_keeps_the_current_order(qtbot, tab: PeopleTab) -> None:
    header = tab.table.horizontalHeader()
    phone = 8
    click = QPoint(header.sectionViewportPosition(phone) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert tab.model.query().sort is SortKey.NAME
    assert header.sortIndicatorSection() == 0


def test_selection_survives_a_requery(tab: PeopleTab) -> None:
    person = select(tab, "Ndiaye, Awa")
    tab.model.sort(4, Qt.SortOrder.DescendingOrder)
    assert tab.current_person_id() == person


def test_add_person_through_the_dialog(qtbot, tab: PeopleTab, populated_db: Database) -> None:
    dialog = tab.add_person()
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(PersonKind.STAFF.value))
    dialog.ui.lastNameEdit.setText("Lefèvre")
    dialog.ui.firstNameEdit.setText("Chloé")
    dialog.ui.emailEdit.setText("Chloe@Example.org")
    dialog.ui.roleCombo.setCurrentText("Trésorière")
    dialog.ui.arrivalCheck.setChecked(True)
    dialog.ui.arrivalDateEdit.setDate(QDate(2024, 2, 1))
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Lefèvre, Chloé" in listed(tab)
    assert tab.current_person_id() == dialog.person_id()
    with populated_db.read() as session:
        detail = people.get(session, dialog.person_id())
    assert (detail.data.kind, detail.data.email, detail.data.role) == (
        PersonKind.STAFF, "chloe@example.org", "Trésorière")
    assert detail.data.arrival_date == date(2024, 2, 1)
    assert detail.office_code == "HQ"  # the database's own office by default


@pytest.mark.parametrize(("field", "value", "code"), [
    ("emailEdit", "not-an-email", "bad_email"),
    ("lastNameEdit", "   ", "required"),
])
def test_invalid_input_keeps_the_dialog_open_and_writes_nothing(
        qtbot, tab: PeopleTab, populated_db: Database, field: str, value: str, code: str) -> None:
    dialog = tab.add_person()
    dialog.ui.lastNameEdit.setText("Moreau")
    getattr(dialog.ui, field).setText(value)
    before = stored_count(populated_db)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert isinstance(dialog.last_error, ValidationError) and dialog.last_error.code == code
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.focusWidget() is getattr(dialog.ui, field)
    assert stored_count(populated_db) == before
    dialog.reject()


def test_departure_before_arrival_is_refused(tab: PeopleTab) -> None:
    dialog = tab.add_person()
    dialog.ui.lastNameEdit.setText("Moreau")
    dialog.ui.arrivalCheck.setChecked(True)
    dialog.ui.arrivalDateEdit.setDate(QDate(2024, 2, 1))
    dialog.ui.departureCheck.setChecked(True)
    dialog.ui.departureDateEdit.setDate(QDate(2023, 2, 1))
    dialog.save()
    assert dialog.last_error is not None and dialog.last_error.code == "departure_before_arrival"
    assert dialog.focusWidget() is dialog.ui.departureDateEdit
    dialog.reject()


def test_edit_person_saves_changes(tab: PeopleTab, populated_db: Database) -> None:
    person = select(tab, "Ndiaye, Awa")
    dialog = tab.edit_person()
    assert dialog is not None and dialog.ui.lastNameEdit.text() == "Ndiaye"
    dialog.ui.phoneEdit.setText("06 01 02 03 04")
    dialog.save()
    with populated_db.read() as session:
        assert people.get(session, person).data.phone == "06 01 02 03 04"


def test_edit_conflict_reloads_instead_of_overwriting(tab: PeopleTab, populated_db: Database, monkeypatch) -> None:
    warnings: list[str] = []

    def choose_reload(box: QMessageBox) -> int:  # gui/dialogs/conflict.py: Reload (accept role) or Cancel
        warnings.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_reload)
    person = select(tab, "Ndiaye, Awa")
    dialog = tab.edit_person()
    with populated_db.transaction() as session:
        data = people.get(session, person).data
        data.phone = "elsewhere"
        people.update(session, person, data)
    dialog.ui.phoneEdit.setText("mine")
    dialog.save()
    assert dialog.isVisible() and len(warnings) == 1
    assert dialog.ui.phoneEdit.text() == "elsewhere"


def test_record_and_cancel_a_departure(tab: PeopleTab, populated_db: Database) -> None:
    person = select(tab, "Martin, Jérôme")
    assert tab.departure_button.isEnabled() and not tab.cancel_departure_button.isEnabled()
    dialog = tab.record_departure()
    assert dialog is not None and dialog.date_edit.date() == QDate.currentDate()
    dialog.reason_edit.setText("Déménagement")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Martin, Jérôme" not in listed(tab)  # default filter hides departed people
    with populated_db.read() as session:
        detail = people.get(session, person)
    assert detail.data.departure_date == date.today() and detail.data.departure_reason == "Déménagement"
    tab.status_combo.setCurrentIndex(2)
    select(tab, "Martin, Jérôme")
    assert tab.cancel_departure_button.isEnabled()
    tab.cancel_departure()
    with populated_db.read() as session:
        assert people.get(session, person).data.departure_date is None
    assert "Martin, Jérôme" not in listed(tab)  # no longer departed
    tab.status_combo.setCurrentIndex(0)
    row = tab.model.row_of(person)
    assert row is not None and tab.model.person_row(row).status is PersonStatus.ACTIVE


def test_import_button_opens_the_wizard_or_says_it_is_missing(tab: PeopleTab, monkeypatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *args: messages.append(args[2]))
    widget = tab.import_people()
    if widget is None:
        assert messages
    else:
        assert widget.isVisible()
        widget.reject()
