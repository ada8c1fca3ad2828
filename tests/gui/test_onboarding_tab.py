"""The Onboarding tab: list by urgency, ticking items, newcomers, templates, prompts, PDF and Excel exports."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from learnorg_desktop.enums import ChecklistKind, PersonKind
from learnorg_desktop.gui.colours import overdue_text
from learnorg_desktop.gui.dialogs.onboarding_prompts import propose_offboarding, propose_onboarding
from learnorg_desktop.gui.dialogs.template_dialog import TemplateDialog
from learnorg_desktop.gui.models.onboarding_models import (
    ChecklistItemsModel,
    OpenChecklistsModel,
    TemplateItemsModel,
    TemplatesModel,
)
from learnorg_desktop.gui.tabs.onboarding_tab import OnboardingTab
from learnorg_desktop.gui.widgets.checklist_panel import OnboardingSettings
from learnorg_desktop.services import onboarding_assign, onboarding_templates, people
from learnorg_desktop.services import onboarding_followup as followup
from learnorg_desktop.services.onboarding_templates import TemplateItemInput
from learnorg_desktop.services.people import PersonInput, PersonQuery
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import assess, skill

TODAY = date.today()


def person_id(db: Database, last_name: str) -> int:
    with db.read() as session:
        ids = people.list_ids(session, PersonQuery(text=last_name), TODAY)
    return ids[0]


@pytest.fixture
def onboarding_db(populated_db: Database) -> Database:
    """Default templates (French) and Hélène Dubois onboarding since 40 days: most items overdue."""
    with populated_db.transaction() as session:
        onboarding_templates.load_default_templates(session, "fr")
    helene = person_id(populated_db, "Dubois")
    with populated_db.transaction() as session:
        template = onboarding_assign.propose_template(session, helene)
        onboarding_assign.assign(session, helene, template.id, TODAY, start=TODAY - timedelta(days=40))
    return populated_db


@pytest.fixture
def settings(tmp_path: Path) -> OnboardingSettings:
    return OnboardingSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def tab(qtbot, onboarding_db: Database, settings: OnboardingSettings) -> OnboardingTab:
    widget = OnboardingTab(onboarding_db, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: pytest.fail(f"unexpected warning {_a}"))
    return asked


def test_every_model_passes_the_model_tester(qtmodeltester, tab: OnboardingTab) -> None:
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.panel.model)
    qtmodeltester.check(tab.templates_page.model)
    items = TemplateItemsModel()
    items.set_rows([TemplateItemInput("A", due_days=1), TemplateItemInput("B", due_days=3)])
    qtmodeltester.check(items)
    items.move_item(0, 1)
    assert [i.title for i in items.items()] == ["B", "A"]
    qtmodeltester.check(OpenChecklistsModel(TODAY))
    qtmodeltester.check(ChecklistItemsModel(TODAY))
    qtmodeltester.check(TemplatesModel())


def test_open_checklist_shows_progress_and_overdue_items_stand_out(tab: OnboardingTab) -> None:
    assert tab.model.index(0, 0).data() == "Hélène Dubois"
    assert tab.model.index(0, 3).data() == "0/8"
    assert tab.model.index(0, 4).data() == "7"
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == overdue_text()
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    panel = tab.panel
    assert panel.detail is not None and panel.detail.person == "Hélène Dubois"
    late = panel.model.index(0, 1)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == overdue_text()
    assert late.data(Qt.ItemDataRole.DecorationRole) is not None
    last = panel.model.index(panel.model.rowCount() - 1, 1)  # the three-month check-in is not due yet
    assert last.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Completed" in tab.indicators_label.text()


def test_ticking_an_item_records_who_when_and_comment(tab: OnboardingTab, onboarding_db: Database,
                                                      settings: OnboardingSettings) -> None:
    panel = tab.panel
    martin = person_id(onboarding_db, "Martin")  # the only active staff member
    assert panel.done_by_combo.currentData() == martin
    panel.table.selectRow(0)
    panel.comment_edit.setText("Visite faite avec Jérôme")
    before = datetime.now().astimezone()
    assert panel.set_done(panel.model.row_at(0).id, True)
    with onboarding_db.read() as session:
        item = followup.get_checklist(session, panel.detail.id).items[0]
    assert item.done_by_id == martin and item.comment == "Visite faite avec Jérôme"
    assert item.done_at is not None and item.done_at >= before - timedelta(seconds=1)
    assert settings.done_by() == martin
    assert tab.model.index(0, 3).data() == "1/8"
    # The check box asks through the model; unticking clears who and when.
    panel.model.setData(panel.model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    with onboarding_db.read() as session:
        item = followup.get_checklist(session, panel.detail.id).items[0]
    assert item.done_at is None and item.done_by_id is None


def test_checkin_is_kept_with_the_onboarding(tab: OnboardingTab, onboarding_db: Database) -> None:
    panel = tab.panel
    panel.rating_combo.setCurrentIndex(panel.rating_combo.findData(4))
    panel.checkin_comment.setText("Très bien accueillie")
    panel.save_checkin()
    with onboarding_db.read() as session:
        checkin = followup.get_checklist(session, panel.detail.id).checkins[0]
    assert (checkin.day, checkin.rating, checkin.comment, checkin.held_on) == (30, 4, "Très bien accueillie", TODAY)
    assert "★★★★" in panel.checkins_label.text()


def test_newcomers_get_their_proposed_checklist_in_the_background(qtbot, tab: OnboardingTab,
                                                                  onboarding_db: Database, say_yes) -> None:
    with onboarding_db.transaction() as session:
        for last in ("Nouvelle", "Arrivant"):
            people.create(session, PersonInput(PersonKind.VOLUNTEER, last, arrival_date=TODAY - timedelta(days=2)))
    tab.refresh()
    assert tab.newcomers_button.isEnabled() and "2" in tab.newcomers_button.text()
    assert tab.assign_newcomers() is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    assert not tab.newcomers_button.isEnabled()


def test_office_and_responsible_filters(tab: OnboardingTab) -> None:
    tab.office_combo.setCurrentIndex(tab.office_combo.findText("HQ", Qt.MatchFlag.MatchStartsWith))
    assert tab.model.rowCount() == 0
    tab.office_combo.setCurrentIndex(0)
    assert tab.model.rowCount() == 1
    tab.responsible_combo.setCurrentIndex(tab.responsible_combo.findData("Parrain / marraine"))
    assert tab.model.rowCount() == 1
    tab.kind_combo.setCurrentIndex(1)  # departure hand-overs
    assert tab.model.rowCount() == 0


def test_excel_export_reads_back_with_dates(qtbot, tab: OnboardingTab, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "checklist.xlsx"
    with qtbot.waitSignal(tab.export_finished, timeout=10000):
        tab.export_to("xlsx", target)
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["Person", "Hélène Dubois"]
    header = values.index(["#", "Item", "Due on", "Responsible", "Done", "Done on", "Done by", "Comment",
                           "Overdue"])
    first = values[header + 1]
    assert first[1] == "Accueil et visite des locaux"
    assert isinstance(first[2], datetime) and first[2].date() == TODAY - timedelta(days=40)
    assert first[8] == "yes"


def test_pdf_export_renders_a_page(qtbot, tab: OnboardingTab, tmp_path: Path) -> None:
    target = tmp_path / "checklist.pdf"
    with qtbot.waitSignal(tab.export_finished, timeout=10000):
        tab.export_to("pdf", target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):  # scripts/setup.sh installs it: in CI a missing tool is a failure
            pytest.fail("pdftoppm (poppler-utils) is missing")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(target), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(tmp_path / "page.png"))
    assert not image.isNull() and image.height() > image.width()  # one A4 portrait page
    dark = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 50  # text was drawn
    red = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
              if (c := image.pixelColor(x, y)).red() > 120 and c.green() < 90 and c.blue() < 90)
    assert red > 5  # overdue lines printed in red


def test_template_dialog_refuses_no_items_then_saves_versions(qtbot, onboarding_db: Database) -> None:
    dialog = TemplateDialog(onboarding_db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Accueil stagiaire")
    dialog.save()
    assert dialog.last_error is not None and dialog.last_error.code == "no_items"
    assert dialog.error_label.isVisibleTo(dialog)
    dialog.add_item()
    dialog.items_model.setData(dialog.items_model.index(0, 1), "-3")
    dialog.save()
    assert dialog.last_error.code == "negative_due"
    dialog.items_model.setData(dialog.items_model.index(0, 1), "5")
    with qtbot.waitSignal(dialog.template_saved) as saved:
        dialog.save()
    editor = TemplateDialog(onboarding_db, saved.args[0])
    qtbot.addWidget(editor)
    editor.add_item()
    editor.save()
    with onboarding_db.read() as session:
        detail = onboarding_templates.get_template(session, saved.args[0])
    assert detail.version == 2 and [i.due_days for i in detail.data.items] == [5, 5]


def test_templates_page_loads_defaults_idempotently(tab: OnboardingTab, say_yes) -> None:
    before = tab.templates_page.model.rowCount()
    report = tab.templates_page.load_defaults()  # English interface: the English set is added once
    again = tab.templates_page.load_defaults()
    assert (report.created, again.created) == (4, 0)
    assert tab.templates_page.model.rowCount() == before + 4


def test_new_person_is_offered_the_matching_template(qtbot, onboarding_db: Database, say_yes) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    with onboarding_db.transaction() as session:
        new = people.create(session, PersonInput(PersonKind.STAFF, "Lefèvre", "Zoé", arrival_date=TODAY))
    dialog = propose_onboarding(parent, onboarding_db, new)
    assert dialog is not None and "Accueil salarié·e" in say_yes[0]
    dialog.buddy_combo.setCurrentIndex(dialog.buddy_combo.findData(person_id(onboarding_db, "Martin")))
    with qtbot.waitSignal(dialog.checklist_assigned) as assigned:
        dialog.save()
    with onboarding_db.read() as session:
        detail = followup.get_checklist(session, assigned.args[0])
    assert detail.buddy == "Jérôme Martin" and detail.template_name == "Accueil salarié·e"
    assert propose_onboarding(parent, onboarding_db, new) is None  # already onboarding


def test_people_tab_asks_after_adding_someone(qtbot, onboarding_db: Database, monkeypatch) -> None:
    from learnorg_desktop.gui.tabs import people_tab

    asked: list[int] = []
    monkeypatch.setattr(people_tab, "propose_onboarding", lambda _p, _db, pid: asked.append(pid))
    widget = people_tab.PeopleTab(onboarding_db)
    qtbot.addWidget(widget)
    dialog = widget.add_person()
    dialog.ui.lastNameEdit.setText("Nouvel")
    dialog.save()
    qtbot.waitUntil(lambda: len(asked) == 1)


def test_departure_offers_the_handover_with_single_holder_skills(qtbot, onboarding_db: Database,
                                                                 say_yes) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    martin = person_id(onboarding_db, "Martin")
    with onboarding_db.transaction() as session:
        assess(session, martin, skill(session, "Comptabilité"), 3, date(2025, 1, 1))
        people.record_departure(session, martin, TODAY + timedelta(days=10))
    checklist_id = propose_offboarding(parent, onboarding_db, martin)
    assert checklist_id is not None and "Comptabilité" in say_yes[0]
    with onboarding_db.read() as session:
        detail = followup.get_checklist(session, checklist_id)
    assert detail.kind is ChecklistKind.OFFBOARDING and detail.template_name == "Départ – passation"
    assert detail.items[-1].skill == "Comptabilité"
