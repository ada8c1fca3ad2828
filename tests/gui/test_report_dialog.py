"""File > Export report…: the dialog's choices, presets and checks, and the export in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from learnorg_desktop.gui.dialogs import report_dialog
from learnorg_desktop.gui.dialogs.report_dialog import ReportDialog, ReportExport, export_report, preset_period
from learnorg_desktop.services import organisation
from learnorg_desktop.storage.database import Database

TODAY = date(2026, 2, 3)


@pytest.fixture
def dialog(populated_db: Database, qtbot: QtBot) -> ReportDialog:
    with populated_db.read() as session:
        offices = organisation.list_offices(session)
    widget = ReportDialog(offices, TODAY, "en")
    qtbot.addWidget(widget)
    return widget


def test_presets() -> None:
    assert preset_period("last_12_months", TODAY) == (date(2025, 2, 4), TODAY)
    assert preset_period("this_year", TODAY) == (date(2026, 1, 1), TODAY)
    assert preset_period("last_year", TODAY) == (date(2025, 1, 1), date(2025, 12, 31))
    assert preset_period("custom", TODAY) is None


def test_options_from_the_fields(dialog: ReportDialog, tmp_path: Path) -> None:
    assert dialog.options().start == date(2025, 2, 4) and dialog.options().office_code is None
    dialog.preset_combo.setCurrentIndex(2)  # last year
    dialog.office_combo.setCurrentIndex(dialog.office_combo.findData("LYON"))
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("fr"))
    dialog.anonymised_check.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "rapport"))
    options = dialog.options()
    assert (options.start, options.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (options.office_code, options.lang, options.anonymised) == ("LYON", "fr", True)
    assert dialog.path() == tmp_path / "rapport.xlsx"
    dialog.start_edit.setDate(QDate(2025, 3, 1))
    assert dialog.preset_combo.currentData() == "custom"


def test_checks_before_accepting(dialog: ReportDialog, tmp_path: Path) -> None:
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.error_label.isHidden()
    dialog.path_edit.setText(str(tmp_path / "r.xlsx"))
    dialog.start_edit.setDate(QDate(2026, 6, 1))
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.start_edit.setDate(QDate(2026, 1, 1))
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_export_runs_in_the_background(populated_db: Database, qtbot: QtBot, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    path = tmp_path / "report.xlsx"

    def accept(self: ReportDialog) -> QDialog.DialogCode:
        self.path_edit.setText(str(path))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", accept)
    export = export_report(parent, populated_db, TODAY)
    assert isinstance(export, ReportExport)
    with qtbot.waitSignal(export.done, timeout=30_000):
        pass
    assert load_workbook(path).sheetnames[0] == "Summary"  # the tests run the UI in English
    assert told and str(path) in told[0]


def test_the_file_menu_exports_the_report(populated_db: Database, qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from learnorg_desktop.gui.main_window import MainWindow

    window = MainWindow(populated_db)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    path = tmp_path / "menu.xlsx"

    def accept(self: ReportDialog) -> QDialog.DialogCode:
        self.path_edit.setText(str(path))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", accept)
    assert window.export_action.isEnabled()
    window.export_action.trigger()
    with qtbot.waitSignal(window._report_export.done, timeout=30_000):
        pass
    assert "Summary" in load_workbook(path, read_only=True).sheetnames


def test_a_failed_export_says_so(populated_db: Database, qtbot: QtBot, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[str] = []
    monkeypatch.setattr(report_dialog, "show_error", lambda _p, _t, text: errors.append(text))
    export = ReportExport(parent, populated_db)
    from learnorg_desktop.reports.report_workbook import ReportOptions

    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(export.stopped, timeout=30_000):
        export.start(out / "r.xlsx", ReportOptions(TODAY, TODAY, office_code="NOWHERE"), TODAY)
    assert errors and list(out.iterdir()) == []


def test_cancel_leaves_nothing(populated_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    export = ReportExport(parent, populated_db)
    from learnorg_desktop.reports.report_workbook import ReportOptions

    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(export.stopped, timeout=30_000):
        task = export.start(out / "r.xlsx", ReportOptions(date(2025, 1, 1), TODAY), TODAY)
        task.cancel()
    assert list(out.iterdir()) == []
