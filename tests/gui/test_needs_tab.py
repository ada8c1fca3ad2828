"""The Needs mapping tab: catalogue, person skills, needs lifecycle, matrix, talent panels, departures."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from learnorg_desktop.enums import NeedStatus
from learnorg_desktop.gui.dialogs.departure_dialog import DepartureDialog
from learnorg_desktop.gui.models.matrix_model import EXPIRED_ROLE, LEVEL_COLOURS, SkillMatrixModel
from learnorg_desktop.gui.tabs.needs_tab import NeedsTab
from learnorg_desktop.services import assessments, needs, organisation, skill_matrix, skills
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import assess, person, skill

TODAY = date.today()


@pytest.fixture
def data(db: Database) -> dict[str, int]:
    """Three people, three skills: first aid (expiring, key), accounting (one holder), welcome."""
    with db.transaction() as session:
        ids = {
            "awa": person(session, "Ndiaye", "Awa", role="Comptable"),
            "luc": person(session, "Bernard", "Luc", office="LYON"),
            "eve": person(session, "Martin", "Ève"),
            "aid": skill(session, "Premiers secours", key=True, holders=2, level=2, expires=True),
            "compta": skill(session, "Comptabilité"),
            "welcome": skill(session, "Accueil du public"),
        }
        role_id = organisation.role_ids_by_name(session, {"Comptable"}, create=True)["Comptable"]
        skills.set_role_skill(session, role_id, ids["welcome"], 2)
        assess(session, ids["awa"], ids["compta"], 4, TODAY - timedelta(days=30), share=True)
        assess(session, ids["awa"], ids["aid"], 3, TODAY - timedelta(days=400),
               valid_until=TODAY - timedelta(days=5))
        assess(session, ids["luc"], ids["aid"], 2, TODAY - timedelta(days=20), valid_until=TODAY + timedelta(days=30))
        assess(session, ids["luc"], ids["welcome"], 3, TODAY - timedelta(days=20), share=True)
        assess(session, ids["eve"], ids["welcome"], 2, TODAY - timedelta(days=20))
    return ids


@pytest.fixture
def tab(qtbot, db: Database, data: dict[str, int]) -> NeedsTab:
    widget = NeedsTab(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_loaded(qtbot, tab: NeedsTab) -> None:
    qtbot.waitUntil(lambda: not any(v.pending for v in (tab.warning_panel, *tab.all_views())), timeout=10000)


def test_single_holder_panel_names_the_lone_skill(qtbot, tab: NeedsTab, data: dict[str, int]) -> None:
    wait_loaded(qtbot, tab)
    # Accounting is held by Awa alone; first aid is held by Luc alone (Awa's has expired).
    assert sorted(tab.warning_panel.skill_ids()) == sorted([data["compta"], data["aid"]])
    assert tab.warning_panel.frame.isVisible()
    assert "Comptabilité" in tab.warning_panel.label.text()


def test_catalogue_lists_and_adds_a_skill_through_the_dialog(qtbot, tab: NeedsTab, db: Database,
                                                             qtmodeltester) -> None:
    view = tab.catalogue_view
    qtmodeltester.check(view.model)
    assert [r.name for r in view.model.rows()] == ["Accueil du public", "Comptabilité", "Premiers secours"]
    dialog = view.add_skill()
    dialog.name_edit.setText("Écoute active")
    dialog.key_check.setChecked(True)  # a key skill without a target is refused, naming the field
    dialog.save()
    assert dialog.last_error is not None and dialog.last_error.field == "target_holders"
    assert dialog.holders_spin.hasFocus() or dialog.isVisible()
    dialog.holders_spin.setValue(3)
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(2))
    dialog.save()
    assert not dialog.isVisible()
    with db.read() as session:
        created = skills.skill_by_name(session, "écoute active")
        assert created is not None and created.is_key and created.target_holders == 3
    assert "Écoute active" in [r.name for r in view.model.rows()]


def test_catalogue_import_lists_bad_rows_and_writes_nothing(tab: NeedsTab, db: Database, tmp_path: Path,
                                                            monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    bad = tmp_path / "catalogue.csv"
    bad.write_text("Catégorie;Compétence;Niveau cible\nLangues;Arabe;2\nLangues;Anglais;9\nLangues;;1\n",
                   encoding="utf-8")
    assert not tab.catalogue_view.import_catalogue(bad)
    assert tab.catalogue_view.last_bad_rows == [3, 4]
    with db.read() as session:
        assert skills.skill_by_name(session, "Arabe") is None


def test_starter_catalogue_loads_in_the_ui_language(tab: NeedsTab, db: Database, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    tab.catalogue_view.load_starter()
    with db.read() as session:
        assert skills.skill_by_name(session, "Active listening") is not None  # English UI in the tests


def test_person_skills_show_levels_expiry_and_role_gap(qtbot, tab: NeedsTab, db: Database, data: dict[str, int],
                                                       qtmodeltester) -> None:
    view = tab.person_view
    tab.views.setCurrentWidget(view)
    assert view.picker.select_person(data["awa"])
    assert view.person_id() == data["awa"]
    for model in (view.levels_model, view.history_model, view.proposals_model):
        qtmodeltester.check(model)
    levels = {r.skill_id: r for r in view.levels_model.rows()}
    assert levels[data["compta"]].level == 4 and levels[data["aid"]].expired
    aid_row = view.levels_model.row_of(data["aid"])
    valid = view.levels_model.index(aid_row, view.levels_model.VALID_COLUMN)
    assert valid.data(Qt.ItemDataRole.ForegroundRole) is not None  # expired: red
    # The Comptable role expects "Accueil du public" at 2, never assessed: proposed, then created.
    assert [p.skill_id for p in view.proposals_model.rows()] == [data["welcome"]]
    created = view.create_needs()
    assert len(created) == 1 and view.proposals_model.rowCount() == 0
    with db.read() as session:
        assert needs.get_need(session, created[0]).skill_id == data["welcome"]


def test_record_an_assessment_through_the_dialog(qtbot, tab: NeedsTab, db: Database, data: dict[str, int]) -> None:
    view = tab.person_view
    tab.views.setCurrentWidget(view)
    view.picker.select_person(data["eve"])
    dialog = view.record_assessment()
    dialog.skill_combo.setCurrentIndex(dialog.skill_combo.findData(data["compta"]))
    dialog.level_combo.setCurrentIndex(1)
    dialog.share_check.setChecked(True)
    assert not dialog.valid_edit.isEnabled()  # accounting does not expire
    dialog.save()
    assert not dialog.isVisible()
    with db.read() as session:
        current = {c.skill_id: c.level for c in assessments.current_levels(session, data["eve"], TODAY)}
    assert current[data["compta"]] == 1
    assert data["compta"] in [r.skill_id for r in view.levels_model.rows()]


def test_create_a_need_and_move_it_through_its_lifecycle(qtbot, tab: NeedsTab, db: Database, data: dict[str, int],
                                                         qtmodeltester) -> None:
    view = tab.needs_view
    tab.views.setCurrentWidget(view)
    dialog = view.add_need()
    dialog.collective_radio.setChecked(True)
    dialog.save()  # no office and no team: refused
    assert dialog.last_error is not None and dialog.last_error.code == "no_owner"
    dialog.office_combo.setCurrentIndex(1)
    dialog.team_edit.setText("Équipe accueil")
    dialog.topic_radio.setChecked(True)
    dialog.topic_edit.setText("Gestion des conflits")
    dialog.save()
    assert not dialog.isVisible()
    qtmodeltester.check(view.model)
    row = view.model.row_at(0)
    assert row.collective and row.topic == "Gestion des conflits"
    view.select_need(row.id)
    assert view.allowed_statuses() == sorted(needs.allowed_transitions(NeedStatus.OPEN),
                                             key=list(NeedStatus).index)
    assert view.change_status(NeedStatus.PLANNED)
    assert view.change_status(NeedStatus.MET)
    with db.read() as session:
        met = needs.get_need(session, row.id)
    assert met.status is NeedStatus.MET and met.closed_on == TODAY
    assert view.model.rowCount() == 0  # closed needs are hidden by default
    view.status_combo.setCurrentIndex(1)  # all statuses
    view.select_need(row.id)
    assert view.allowed_statuses() == [NeedStatus.OPEN]


def test_matrix_model_values_colours_and_expiry(qtbot, tab: NeedsTab, db: Database, data: dict[str, int],
                                                qtmodeltester) -> None:
    view = tab.matrix_view
    tab.views.setCurrentWidget(view)
    wait_loaded(qtbot, tab)
    model = view.model
    qtmodeltester.check(model)
    matrix = model.matrix()
    assert matrix is not None and model.rowCount() == 3 and model.columnCount() == 3
    row, column = matrix.person_ids.index(data["awa"]), matrix.skill_ids.index(data["compta"])
    cell = model.index(row, column)
    assert cell.data() == 4
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == LEVEL_COLOURS[4]
    expired = model.index(row, matrix.skill_ids.index(data["aid"]))
    assert expired.data(EXPIRED_ROLE) is True
    assert expired.data(Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.BDiagPattern
    assert model.index(matrix.person_ids.index(data["eve"]), column).data() is None  # never assessed
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Comptabilité"


def test_matrix_model_alone(qtmodeltester, db: Database, data: dict[str, int]) -> None:
    model = SkillMatrixModel()
    with db.read() as session:
        model.set_matrix(skill_matrix.skill_matrix(session, skill_matrix.MatrixQuery(office_id=None), TODAY))
    qtmodeltester.check(model)
    model.set_matrix(None)
    assert model.rowCount() == 0


def test_talent_and_matching_views(qtbot, tab: NeedsTab, db: Database, data: dict[str, int],
                                   qtmodeltester) -> None:
    with db.transaction() as session:
        needs.create_need(session, needs.NeedInput(origin=needs.NeedOrigin.WISH, person_id=data["eve"],
                                                   skill_id=data["compta"]), TODAY)
    tab.views.setCurrentWidget(tab.talent_view)
    wait_loaded(qtbot, tab)
    for model in (tab.talent_view.coverage_model, tab.talent_view.talent_model):
        qtmodeltester.check(model)
    coverage = tab.talent_view.coverage_model.rows()
    assert [(c.skill_id, c.holders, c.target_holders) for c in coverage] == [(data["aid"], 1, 2)]
    teachers = {e.skill_id: [t.person_id for t in e.teachers] for e in tab.talent_view.talent_model.rows()}
    assert teachers == {data["compta"]: [data["awa"]], data["welcome"]: [data["luc"]]}
    tab.views.setCurrentWidget(tab.matching_view)
    wait_loaded(qtbot, tab)
    qtmodeltester.check(tab.matching_view.model)
    match = tab.matching_view.model.row_at(0)
    assert [h.person_id for h in match.hosts] == [data["awa"]]
    assert tab.matching_view.plan_button.toolTip()
    tab.matching_view.table.selectRow(0)
    assert tab.matching_view.plan_button.isEnabled()
    with qtbot.waitSignal(tab.plan_session_requested) as planned:
        tab.matching_view.plan_button.click()
    assert planned.args == [match.need.id]


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel])
def test_departure_of_the_only_holder_warns(qtbot, db: Database, data: dict[str, int], monkeypatch,
                                            answer: QMessageBox.StandardButton) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]) or answer)
    dialog = DepartureDialog(db, data["awa"], "Awa Ndiaye")
    qtbot.addWidget(dialog)
    dialog.save()
    assert [s.skill_id for s in dialog.lost_skills] == [data["compta"]]
    assert len(warned) == 1 and "Comptabilité" in warned[0]
    with db.read() as session:
        from learnorg_desktop.models import Person

        departure = session.get(Person, data["awa"]).departure_date
    assert (departure is not None) == (answer == QMessageBox.StandardButton.Yes)


def test_departure_without_lone_skills_does_not_ask(qtbot, db: Database, data: dict[str, int], monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail("no warning expected"))
    dialog = DepartureDialog(db, data["eve"], "Ève Martin")
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.lost_skills == []


def test_people_changes_reach_the_needs_tab(qtbot, tab: NeedsTab, db: Database) -> None:
    tab.views.setCurrentWidget(tab.person_view)
    before = tab.person_view.picker.model.rowCount()
    with db.transaction() as session:
        person(session, "Zola", "Émile")
    tab.people_changed()
    assert tab.person_view.picker.model.rowCount() == before + 1


def test_departure_typed_in_the_person_form_warns_too(qtbot, db: Database, data: dict[str, int],
                                                      monkeypatch) -> None:
    from learnorg_desktop.gui.dialogs.person_dialog import PersonDialog

    warned: list[str] = []
    cancel = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]) or cancel)
    dialog = PersonDialog(db, person_id=data["awa"])
    qtbot.addWidget(dialog)
    dialog.ui.departureCheck.setChecked(True)
    dialog.ui.departureDateEdit.setDate(QDate.currentDate())
    dialog.save()
    assert len(warned) == 1 and "Comptabilité" in warned[0]
    with db.read() as session:
        from learnorg_desktop.models import Person

        assert session.get(Person, data["awa"]).departure_date is None  # cancelled: nothing written
