"""The global dashboard view on the indicator fixture: the service's figures, warnings, definitions, charts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QWhatsThis
from pytestqt.qtbot import QtBot

from learnorg_desktop.gui.formatting import percent
from learnorg_desktop.gui.models.indicator_models import INFO_COLUMN
from learnorg_desktop.gui.tabs.dashboards_global import GlobalView
from learnorg_desktop.gui.tabs.dashboards_global_panels import THIS_YEAR
from learnorg_desktop.gui.tabs.dashboards_global_texts import IndicatorTexts
from learnorg_desktop.gui.tabs.dashboards_tab import DashboardsTab
from learnorg_desktop.services import indicators
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.indicators import EarlyWarning, Indicators, WarningAction, WarningKind
from learnorg_desktop.storage.database import Database
from tests.services import indicators_data as data
from tests.services.indicators_data import END, START, Ids

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
LAST_12_MONTHS = (date(2025, 7, 1), END)  # the default period when today is June 30th, 2026


@pytest.fixture
def org(db: Database) -> tuple[Database, Ids]:
    with db.transaction() as session:
        ids = data.build(session)
    return db, ids


@pytest.fixture
def view(qtbot: QtBot, org: tuple[Database, Ids]) -> Iterator[GlobalView]:
    widget = GlobalView(org[0], today=lambda: END)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()  # the first show starts the load
    _wait(qtbot, widget)
    yield widget
    _wait(qtbot, widget)  # no task left running on a closed database


def _wait(qtbot: QtBot, view: GlobalView) -> None:
    qtbot.waitUntil(lambda: not view.busy and view.pending == 0, timeout=30_000)


def _expected(db: Database, office_id: int | None, start: date, end: date) -> Indicators:
    with db.read() as session:
        return indicators.compute(session, office_id=office_id, start=start, end=end, today=END)


def _choose_office(view: GlobalView, code: str) -> None:
    combo = view.filters.office_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith(code)))


def test_shows_the_services_figures_for_the_last_12_months(qtbot: QtBot, view: GlobalView, org: tuple[Database, Ids],
                                                           qtmodeltester: Any, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # One view for several checks: building the fixture and the first load are the slow part.
    assert view.filters.period() == LAST_12_MONTHS
    assert view.data is not None and view.error is None
    expected = _expected(org[0], None, *LAST_12_MONTHS)
    assert view.data.indicators == expected
    rows = view.model
    assert rows.row_for_key("active").value == str(expected.active)  # type: ignore[union-attr]
    assert rows.row_for_key("participation").value == percent(expected.participation.rate)  # type: ignore[union-attr]
    held = sum(m.count for m in expected.sessions_held)
    assert rows.row_for_key("sessions_held").value == str(held)  # type: ignore[union-attr]
    keys = {r.key for r in rows.rows()}
    assert {"turnover", "median_stay", "onboarding_rate", "onboarding_days", "overdue", "needs_opened", "needs_met",
            "coverage", "single_holders", "usefulness", "quality", "learning_gain", "application",
            "resources_added"} <= keys
    assert all(r.definition for r in rows.rows() if not r.section)
    qtmodeltester.check(rows)
    assert view.filters.office_combo.count() == 4  # whole organisation + HQ, LILLE, LYON
    _check_definition(qtbot, view, monkeypatch)
    _check_warning_button(qtbot, view)
    _check_png_exports(qtbot, view, tmp_path, monkeypatch)


def test_office_and_preset_recompute_in_the_background(qtbot: QtBot, view: GlobalView,
                                                       org: tuple[Database, Ids]) -> None:
    db, ids = org
    _choose_office(view, "LYON")
    assert view.busy  # "Computing…" until the result arrives
    assert view.filters.busy_label.isVisibleTo(view)
    _wait(qtbot, view)
    assert view.data is not None and view.data.indicators == _expected(db, ids.offices["LYON"], *LAST_12_MONTHS)
    view.filters.preset_combo.setCurrentIndex(THIS_YEAR)
    _wait(qtbot, view)
    assert view.filters.period() == (START, END)
    assert view.data.indicators == _expected(db, ids.offices["LYON"], START, END)
    assert not view.filters.busy_label.isVisibleTo(view)
    _choose_office(view, "LILLE")  # nobody there: every rate is n/a
    _wait(qtbot, view)
    for key in ("participation", "turnover", "onboarding_rate", "application", "usefulness", "median_stay"):
        assert view.model.row_for_key(key).value == "–", key  # type: ignore[union-attr]


def test_a_newer_request_supersedes_the_running_one_and_bad_periods_are_refused(qtbot: QtBot,
                                                                                view: GlobalView) -> None:
    loads: list[int] = []
    view.loaded.connect(lambda: loads.append(1))
    _choose_office(view, "LYON")
    view.refresh()  # starts at once
    _choose_office(view, "HQ")
    view.refresh()  # folded: runs when the first ends, whose result is dropped
    _wait(qtbot, view)
    assert view.data is not None and view.data.indicators.office_code == "HQ"
    assert loads == [1]
    # A period ending before it starts is refused, with the reason shown.
    view.filters.from_edit.setDate(QDate(2026, 7, 1))
    _wait(qtbot, view)
    assert isinstance(view.error, ValidationError)
    assert view.error_label.isVisibleTo(view)
    view.filters.from_edit.setDate(QDate(2026, 1, 1))
    _wait(qtbot, view)
    assert view.error is None and not view.error_label.isVisibleTo(view)


def _check_definition(qtbot: QtBot, view: GlobalView, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QWhatsThis, "showText", lambda _pos, text, _w=None: shown.append(text))
    row = view.model.row_of("participation")
    assert row is not None
    definition = view.model.row_at(row).definition
    rect = view.table.visualRect(view.model.index(row, INFO_COLUMN))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown == [definition]
    assert definition in view.definition_label.text()
    assert view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == definition


def _check_warning_button(qtbot: QtBot, view: GlobalView) -> None:
    # On June 30th LYON has active people and no resource since March 15th: call for resources.
    assert view.data is not None
    lyon = [w for w in view.data.warnings if w.office_code == "LYON"]
    assert [w.kind for w in lyon] == [WarningKind.NO_NEW_RESOURCES]
    assert view.warnings_panel.isVisibleTo(view)
    assert len(view.warnings_panel.buttons) == len(view.data.warnings)
    index = view.data.warnings.index(lyon[0])
    with qtbot.waitSignal(view.navigate_requested) as signal:
        view.warnings_panel.buttons[index].click()
    assert signal.args == ["sharing"]


@pytest.mark.parametrize(("action", "area"), [(WarningAction.REACH_OUT_TO_PEOPLE, "people"),
                                              (WarningAction.PLAN_SESSIONS, "sharing"),
                                              (WarningAction.CALL_FOR_RESOURCES, "sharing")])
def test_each_action_leads_to_its_tab(qtbot: QtBot, action: WarningAction, area: str) -> None:
    kind = {WarningAction.REACH_OUT_TO_PEOPLE: WarningKind.PARTICIPATION_FALLING,
            WarningAction.PLAN_SESSIONS: WarningKind.SESSIONS_FALLING,
            WarningAction.CALL_FOR_RESOURCES: WarningKind.NO_NEW_RESOURCES}[action]
    figures = () if kind is WarningKind.NO_NEW_RESOURCES else (0.42, 0.22, 0.06)
    warning = EarlyWarning(kind, 3, "LILLE", figures, (), None, action)
    text = IndicatorTexts().warning(warning, {"LILLE": "LILLE – Antenne de Lille"})
    assert text.area == area
    assert "LILLE – Antenne de Lille" in text.message


def _check_png_exports(qtbot: QtBot, view: GlobalView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    charts = (view.trends_chart, view.coverage_chart, view.heatmap_chart)
    for number, chart in enumerate(charts):
        target = tmp_path / f"chart{number}.png"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, _t=target: (str(_t), ""))
        with qtbot.waitSignal(chart.exported):
            chart.export_button.click()
        assert target.read_bytes().startswith(PNG_MAGIC)


def test_the_dashboards_tab_builds_and_forwards_the_view(qtbot: QtBot, db: Database) -> None:
    tab = DashboardsTab(db)
    qtbot.addWidget(tab)
    view = tab.view(0)
    assert isinstance(view, GlobalView)
    with qtbot.waitSignal(tab.navigate_requested) as signal:
        view.navigate_requested.emit("people")
    assert signal.args == ["people"]


def test_importing_the_view_does_not_load_matplotlib() -> None:
    code = ("import sys; import learnorg_desktop.gui.tabs.dashboards_global; "
            "print('matplotlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.stdout.strip() == "False"
