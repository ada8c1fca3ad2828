"""The self-diagnosis view: campaigns, an answer typed in, forms written and imported, scores, radar, plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.gui.models.diagnostic_models import HIDDEN_TEXT, SCORE_ROLE
from learnorg_desktop.gui.tabs.dashboards_diagnostic import DiagnosticView
from learnorg_desktop.models import DiagnosticAnswer, DiagnosticResponse
from learnorg_desktop.services import diagnostic
from learnorg_desktop.services.diagnostic_questionnaire import load_questionnaire
from learnorg_desktop.services.diagnostic_scores import action_plan, campaign_scores
from learnorg_desktop.storage.database import Database

OPENED = date(2026, 3, 1)


def _answers(default: int, **by_dimension: int) -> dict[str, int]:
    """Every statement at `default`, those of the dimensions named (e.g. RET=1) at their own value."""
    return {s.code: by_dimension.get(s.dimension, default) for s in load_questionnaire().statements}


@pytest.fixture
def campaign_db(db: Database) -> Database:
    """One open campaign: 6 volunteers in Lyon (weak on retention and decisions), 3 staff at HQ (hidden)."""
    with db.transaction() as session:
        campaign_id = diagnostic.open_campaign(session, "Printemps 2026", OPENED).id
        lyon = diagnostic.ResponseInput("LYON", RespondentGroup.VOLUNTEER, OPENED, _answers(4, RET=1, DEC=2))
        hq = diagnostic.ResponseInput("HQ", RespondentGroup.STAFF, OPENED, _answers(5))
        diagnostic.add_responses(session, campaign_id, [lyon] * 6 + [hq] * 3)
    return db


def _view(qtbot: Any, db: Database) -> DiagnosticView:
    view = DiagnosticView(db)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    _wait(qtbot, view)
    return view


def _wait(qtbot: Any, view: DiagnosticView) -> None:
    qtbot.waitUntil(lambda: view.pending == 0 and view.results.pending == 0 and view.results.data is not None,
                    timeout=10000)


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(DiagnosticResponse)) or 0,
                session.scalar(select(func.count()).select_from(DiagnosticAnswer)) or 0)


def _column(view: DiagnosticView, title: str) -> int:
    return 1 + [c.title for c in view.results.model.columns()].index(title)


def test_campaigns_and_scores_shown_are_the_services(qtbot: Any, qtmodeltester: Any, campaign_db: Database) -> None:
    view = _view(qtbot, campaign_db)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.results.model)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 3).data() == "9"
    model = view.results.model
    assert [c.title for c in model.columns()] == ["Whole organisation", "Siège", "Antenne de Lyon", "Staff member",
                                                  "Volunteer"]
    with campaign_db.read() as session:
        campaign_id = diagnostic.list_campaigns(session)[0].id
        expected = {"Whole organisation": campaign_scores(session, campaign_id).cells[0],
                    "Antenne de Lyon": campaign_scores(session, campaign_id, "office").cells[1]}
    for title, cell in expected.items():
        column = _column(view, title)
        shown = [model.index(row, column).data(SCORE_ROLE) for row in range(model.rowCount())]
        assert shown == [d.score for d in cell.dimensions]
    lyon = _column(view, "Antenne de Lyon")
    assert model.index(5, 0).data() == "Retention"
    assert model.index(5, lyon).data() == "0.0 (n = 18)"


def test_groups_under_five_responses_show_as_hidden(qtbot: Any, campaign_db: Database) -> None:
    view = _view(qtbot, campaign_db)
    model = view.results.model
    for title in ("Siège", "Staff member"):
        column = _column(view, title)
        assert model.columns()[column - 1].cell.suppressed
        assert {model.index(row, column).data() for row in range(model.rowCount())} == {HIDDEN_TEXT}
        assert model.index(0, column).data(SCORE_ROLE) is None
        assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == model.hidden_tooltip()
        assert HIDDEN_TEXT in model.headerData(column, Qt.Orientation.Horizontal)


def test_an_answer_entered_in_the_dialog_is_stored(qtbot: Any, campaign_db: Database) -> None:
    view = _view(qtbot, campaign_db)
    dialog = view.enter_answer()
    assert dialog is not None and dialog.isVisible()
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(RespondentGroup.PARTNER))
    dialog.office_combo.setCurrentIndex(dialog.office_combo.findData("LILLE"))
    dialog.set_answers({"LEAD1": 2, "TEAM3": 5})
    dialog.comment_edit.setPlainText("Plus de temps d’échange, s’il vous plaît.")
    with qtbot.waitSignal(dialog.response_saved) as saved:
        dialog.save()
    with campaign_db.read() as session:
        response = session.get(DiagnosticResponse, saved.args[0])
        answers = {a.question_code: a.value for a in session.scalars(
            select(DiagnosticAnswer).where(DiagnosticAnswer.response_id == response.id))}
    assert (response.respondent_group, response.comment) == (RespondentGroup.PARTNER,
                                                             "Plus de temps d’échange, s’il vous plaît.")
    assert answers == {"LEAD1": 2, "TEAM3": 5}
    _wait(qtbot, view)
    assert view.model.index(0, 3).data() == "10"


def test_the_dialog_refuses_an_incomplete_answer(qtbot: Any, campaign_db: Database) -> None:
    view = _view(qtbot, campaign_db)
    before = _counts(campaign_db)
    dialog = view.enter_answer()
    dialog.set_answers({"LEAD1": 3})
    dialog.save()  # no respondent group
    assert (dialog.last_error.field, dialog.last_error.code) == ("kind", "required")
    assert dialog.error_label.isVisibleTo(dialog) and dialog.isVisible()
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("staff"))
    dialog.answer_combos["LEAD1"].setCurrentIndex(0)  # back to "no answer": nothing answered at all
    dialog.save()
    assert (dialog.last_error.field, dialog.last_error.code) == ("answers", "no_answer")
    assert _counts(campaign_db) == before


def test_closed_campaigns_take_no_answers_until_reopened(qtbot: Any, campaign_db: Database) -> None:
    view = _view(qtbot, campaign_db)
    assert view.toggle_closed(on=date(2026, 4, 1))
    assert not view.current_row().is_open
    assert not view.answer_button.isEnabled() and not view.import_button.isEnabled()
    assert view.enter_answer() is None
    assert view.close_button.text() == "&Reopen"
    assert view.toggle_closed()
    assert view.current_row().is_open and view.answer_button.isEnabled()


def test_new_rename_and_duplicate_campaigns(qtbot: Any, campaign_db: Database) -> None:
    view = _view(qtbot, campaign_db)
    dialog = view.new_campaign()
    dialog.name_edit.setText("Automne 2026")
    dialog.save()
    assert [view.model.row_at(r).name for r in range(view.model.rowCount())] == ["Automne 2026", "Printemps 2026"]
    assert view.current_row().name == "Automne 2026"
    again = view.new_campaign()
    again.name_edit.setText("printemps 2026")
    again.save()
    assert again.last_error.code == "duplicate_campaign" and again.isVisible()
    again.reject()
    rename = view.rename_campaign()
    rename.name_edit.setText("Automne 2026 – bilan")
    rename.save()
    assert view.current_row().name == "Automne 2026 – bilan"


def test_delete_asks_first(qtbot: Any, campaign_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, campaign_db)
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or replies.pop(0))
    assert not view.delete_campaign()
    assert view.model.rowCount() == 1
    assert view.delete_campaign()
    assert len(asked) == 2 and "9" in asked[0]  # the confirmation tells how many responses go with it
    assert view.model.rowCount() == 0 and view.results.model.rowCount() == 0
    with campaign_db.read() as session:
        assert diagnostic.list_campaigns(session) == []


def _blank_form(qtbot: Any, view: DiagnosticView, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(folder / "blank"), ""))
    with qtbot.waitSignal(view.forms.form_written, timeout=10000) as written:
        view.blank_form()
    return Path(written.args[0])


def _fill(blank: Path, out: Path, values: dict[str, Any]) -> Path:
    """Put `values` (keyed by the hidden column-A keys) in column C, as a respondent would."""
    book = openpyxl.load_workbook(blank)
    sheet = book.worksheets[0]
    rows = {str(sheet.cell(r, 1).value): r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value}
    for key, value in values.items():
        sheet.cell(rows[key], 3).value = value
    book.save(out)
    return out


def test_blank_form_filled_then_imported(qtbot: Any, campaign_db: Database, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, campaign_db)
    blank = _blank_form(qtbot, view, tmp_path, monkeypatch)
    assert blank.name == "blank.xlsx"
    assert "Your office" in [c.value for c in openpyxl.load_workbook(blank).worksheets[0]["B"]]  # the UI's language
    filled = [_fill(blank, tmp_path / f"r{i}.xlsx", {"#office": "LILLE", "#group": "Volunteer", "LEAD1": i,
                                                      "DIAL3": "5 – Strongly agree"}) for i in (1, 2)]
    before = _counts(campaign_db)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in filled], ""))
    with qtbot.waitSignal(view.forms.imported, timeout=10000):
        view.import_forms()
    assert _counts(campaign_db) == (before[0] + 2, before[1] + 4)
    _wait(qtbot, view)
    assert view.model.index(0, 3).data() == "11"


def test_a_broken_form_is_refused_and_nothing_imported(qtbot: Any, campaign_db: Database, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, campaign_db)
    blank = _blank_form(qtbot, view, tmp_path, monkeypatch)
    good = _fill(blank, tmp_path / "good.xlsx", {"#office": "LYON", "#group": "Staff member", "LEAD1": 4})
    bad = _fill(blank, tmp_path / "bad.xlsx", {"#office": "LYON", "#group": "Staff member", "TEAM2": 9})
    before = _counts(campaign_db)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    task = view.forms.import_files(view.current_id(), [good, bad])
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    qtbot.waitUntil(lambda: bool(warned))
    problems = view.forms.last_problems
    assert [(Path(p.path).name, p.field, p.code) for p in problems] == [("bad.xlsx", "TEAM2", "bad_rating")]
    assert problems[0].cell is not None and problems[0].cell.startswith("C")
    assert f"bad.xlsx {problems[0].cell}" in warned[0]
    assert _counts(campaign_db) == before


def test_action_plan_goes_to_the_tab_that_acts(qtbot: Any, campaign_db: Database) -> None:
    view = _view(qtbot, campaign_db)
    results = view.results
    with campaign_db.read() as session:
        overall = campaign_scores(session, view.current_id()).cells[0]
    expected = action_plan(overall, "en")
    assert [i.dimension for i in results.plan_items] == [i.dimension for i in expected] == ["RET", "DEC"]
    assert [b.property("area") for b in results.action_buttons] == [i.area for i in expected]
    with qtbot.waitSignal(view.navigate_requested) as navigate:
        qtbot.mouseClick(results.action_buttons[0], Qt.MouseButton.LeftButton)
    assert navigate.args == [expected[0].area]
    # Choosing another column plans for that result; a hidden one has nothing to act on.
    results.table.setCurrentIndex(results.model.index(0, _column(view, "Siège")))
    assert results.plan_items == [] and results.action_buttons == []
    results.table.setCurrentIndex(QModelIndex())


def test_radar_compares_campaigns_offices_and_groups(qtbot: Any, campaign_db: Database) -> None:
    with campaign_db.transaction() as session:
        earlier = diagnostic.open_campaign(session, "Automne 2025", date(2025, 10, 1)).id
        data = diagnostic.ResponseInput("LYON", RespondentGroup.VOLUNTEER, date(2025, 10, 2), _answers(3))
        diagnostic.add_responses(session, earlier, [data] * 5)
    view = _view(qtbot, campaign_db)
    results = view.results
    assert view.current_row().name == "Printemps 2026"
    assert results.compare_mode() == "campaigns" and results.checked_campaigns() == [earlier, view.current_id()]
    series = results.radar_series()
    assert [s.name for s in series] == ["Automne 2025", "Printemps 2026"]
    assert series[0].scores == (50.0,) * 8
    assert results.chart.figure is not None and len(results.chart.figure.legends[0].get_texts()) == 2
    results.set_compare_mode("offices")
    assert not results.campaign_list.isVisible()
    names = {s.name: s.scores for s in results.radar_series()}
    assert names["Siège"] == (None,) * 8  # 3 responses: hidden
    assert names["Antenne de Lyon"][0] == 75.0
    results.set_compare_mode("groups")
    assert [s.name for s in results.radar_series()] == ["Staff member", "Volunteer"]


def test_no_campaign_yet(qtbot: Any, db: Database) -> None:
    view = DiagnosticView(db)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 0 and view.results.model.rowCount() == 0
    assert not view.answer_button.isEnabled() and view.new_button.isEnabled()
    assert view.results.plan_items == []


def test_the_dashboards_tab_forwards_navigation(qtbot: Any, campaign_db: Database) -> None:
    from learnorg_desktop.gui.tabs.dashboards_tab import DashboardsTab

    tab = DashboardsTab(campaign_db)
    qtbot.addWidget(tab)
    view = tab.view(2)
    assert isinstance(view, DiagnosticView)
    with qtbot.waitSignal(tab.navigate_requested) as navigate:
        view.results.navigate_requested.emit("onboarding")
    assert navigate.args == ["onboarding"]
