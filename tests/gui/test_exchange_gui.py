"""File > Exchange: send a file through the dialog, receive it through the wizard, the history, the menu."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from learnorg_desktop.exchange.importer import ImportReport
from learnorg_desktop.gui.exchange import export_dialog
from learnorg_desktop.gui.exchange.count_models import OutcomeCountsModel, RecordCountsModel
from learnorg_desktop.gui.exchange.export_dialog import ExportDialog, ExportRun, send_changes
from learnorg_desktop.gui.exchange.history_dialog import HistoryDialog
from learnorg_desktop.gui.exchange.labels import entity_label
from learnorg_desktop.gui.exchange.receive_wizard import ReceiveWizard
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.models import Person
from learnorg_desktop.services import organisation
from learnorg_desktop.storage.database import Database
from tests.exchange.helpers import add_person, dump, export
from tests.gui.exchange_helpers import hq, lyon  # noqa: F401 - fixtures

TODAY = date(2026, 12, 4)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes, as (kind, text), instead of modal dialogs."""
    seen: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, kind=kind: seen.append((kind, args[2])))
    return seen


def _export_dialog(db: Database, qtbot: QtBot, folder: Path) -> ExportDialog:
    with db.read() as session:
        offices, local = organisation.list_offices(session), organisation.local_office(session)
    assert local is not None
    dialog = ExportDialog(offices, local, folder, TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_export_dialog_defaults_and_checks(lyon: Database, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: F811
    dialog = _export_dialog(lyon, qtbot, tmp_path)
    assert dialog.target() == "HQ"  # a field office sends to headquarters first
    assert [dialog.office_combo.itemData(i) for i in range(dialog.office_combo.count())] == [None, "HQ"]
    assert dialog.path() == tmp_path / "LYON-to-HQ-2026-12-04.learnorg"
    dialog.office_combo.setCurrentIndex(0)
    assert dialog.target() is None and dialog.path().name == "LYON-to-ALL-2026-12-04.learnorg"
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password
    dialog.passphrase_edit.setText("secret")
    dialog.confirm_edit.setText("secrte")
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.error_label.isHidden()
    dialog.confirm_edit.setText("secret")
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x"))
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.path_edit.setText(str(tmp_path / "mine"))
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.path() == tmp_path / "mine.learnorg" and dialog.passphrase() == "secret"


def send_through_dialog(db: Database, parent: QWidget, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path,
                        *, passphrase: str = "", full: bool = False) -> Any:
    """File > Exchange > Send changes… with Browse… answering `out`; returns the ExportReport."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), "*.learnorg"))

    def fill_in(self: ExportDialog) -> int:
        self.browse_button.click()
        self.full_check.setChecked(full)
        self.passphrase_edit.setText(passphrase)
        self.confirm_edit.setText(passphrase)
        self.buttons.accepted.emit()
        return self.result()

    monkeypatch.setattr(ExportDialog, "exec", fill_in)
    run = send_changes(parent, db, TODAY)
    assert isinstance(run, ExportRun)
    with qtbot.waitSignal(run.done, timeout=30_000) as blocker:
        pass
    return blocker.args[0]


def test_send_through_the_dialog_then_receive(lyon: Database, hq: Database, qtbot: QtBot,  # noqa: F811
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              told: list[tuple[str, str]]) -> None:
    add_person(lyon, "Hélène", "Dupré")
    parent = QWidget()
    qtbot.addWidget(parent)
    report = send_through_dialog(lyon, parent, qtbot, monkeypatch, tmp_path / "to-hq", passphrase="secret")
    assert report.path == tmp_path / "to-hq.learnorg" and report.path.is_file()
    assert report.target_office == "HQ" and report.encrypted and report.counts["people"] == 1
    kind, text = told[-1]
    assert kind == "information" and str(report.path) in text and f"{entity_label('people')}: 1" in text
    wizard = ReceiveWizard(hq)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(report.path)
    wizard.file_page.show_passphrase(True)
    wizard.file_page.passphrase_edit.setText("secret")
    receive(wizard, qtbot)
    with qtbot.waitSignal(wizard.imported, timeout=30_000) as blocker:
        wizard.next()
    assert blocker.args[0].counts["people"].created == 1
    with hq.read() as session:
        assert session.scalars(select(Person.last_name)).all() == ["Dupré"]


def test_a_failed_export_leaves_nothing(lyon: Database, qtbot: QtBot, tmp_path: Path,  # noqa: F811
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(export_dialog, "show_error", lambda _parent, _title, text: errors.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    run = ExportRun(parent, lyon)
    with qtbot.waitSignal(run.stopped, timeout=30_000):
        run.start(tmp_path / "x.learnorg", "LYON", False, None)  # to itself: refused
    assert len(errors) == 1 and "LYON" in errors[0]
    assert not (tmp_path / "x.learnorg").exists()


def receive(wizard: ReceiveWizard, qtbot: QtBot) -> None:
    """Next on the file page, then wait for the preview."""
    with qtbot.waitSignal(wizard.preview_ready, timeout=30_000):
        wizard.next()


def test_receive_with_passphrase_preview_then_import(lyon: Database, hq: Database, qtbot: QtBot,  # noqa: F811
                                                     tmp_path: Path, told: list[tuple[str, str]],
                                                     qtmodeltester: Any) -> None:
    for first, last in (("Hélène", "Dupré"), ("Marc", "Durand")):
        add_person(lyon, first, last)
    path = tmp_path / "lyon.learnorg"
    export(lyon, path, to_office="HQ", passphrase="secret")
    before = dump(hq)
    wizard = ReceiveWizard(hq)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    page = wizard.file_page
    assert page.passphrase_edit.isHidden()
    wizard.next()
    qtbot.waitUntil(lambda: not page.passphrase_edit.isHidden(), timeout=30_000)  # protected: asked, not refused
    assert not page.isComplete() and wizard.currentPage() is page
    page.passphrase_edit.setText("wrong")
    with qtbot.waitSignal(wizard.refused, timeout=30_000) as blocker:
        wizard.next()
    assert blocker.args[0].code == "package_undecryptable" and told[-1][0] == "warning"
    assert wizard.currentPage() is page and dump(hq) == before
    page.passphrase_edit.setText("secret")
    receive(wizard, qtbot)
    preview = wizard.preview
    assert preview is not None and not preview.applied and dump(hq) == before
    model = wizard.preview_page.model
    qtmodeltester.check(model)
    assert "LYON" in wizard.preview_page.source_label.text()
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert shown[entity_label("people")] == "2" and model.index(model.rowCount() - 1, 0).data() == "Total"
    with qtbot.waitSignal(wizard.imported, timeout=30_000) as blocker:
        wizard.next()  # the Import button
    result: ImportReport = blocker.args[0]
    assert wizard.currentPage() is wizard.result_page
    assert result.applied and result.as_json() | {"applied": False} == preview.as_json()
    assert wizard.result_page.model.totals() == model.totals()
    assert result.backup is not None and str(result.backup) in wizard.result_page.backup_label.text()
    assert wizard.result_page.conflicts_button.isHidden()
    with hq.read() as session:
        assert len(session.scalars(select(Person)).all()) == 2


@pytest.mark.parametrize("problem", ["wrong_target", "damaged"])
def test_refused_files_stay_on_the_first_page(lyon: Database, hq: Database, qtbot: QtBot,  # noqa: F811
                                              tmp_path: Path, told: list[tuple[str, str]], problem: str) -> None:
    add_person(lyon, "Ana", "Silva")
    path = tmp_path / "p.learnorg"
    if problem == "wrong_target":
        export(lyon, path, to_office="LILLE")
    else:
        path.write_bytes(b"PK\x03\x04 not really a package")
    before = dump(hq)
    wizard = ReceiveWizard(hq)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    with qtbot.waitSignal(wizard.refused, timeout=30_000) as blocker:
        wizard.next()
    assert blocker.args[0].code == f"package_{problem}"
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.file_page)
    assert told and told[-1][0] == "warning" and dump(hq) == before
    if problem == "wrong_target":
        assert "LILLE" in told[-1][1]


def test_a_file_received_twice_cannot_be_imported_again(lyon: Database, hq: Database, qtbot: QtBot,  # noqa: F811
                                                        tmp_path: Path) -> None:
    add_person(lyon, "Ana", "Silva")
    path = tmp_path / "p.learnorg"
    export(lyon, path, to_office="HQ")
    for attempt in range(2):
        wizard = ReceiveWizard(hq)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.set_file(path)
        receive(wizard, qtbot)
        if attempt == 0:
            with qtbot.waitSignal(wizard.imported, timeout=30_000):
                wizard.next()
    assert wizard.preview is not None and wizard.preview.already_imported
    assert wizard.preview_page.notice_label.text() and not wizard.preview_page.isComplete()


def test_history_lists_both_packages(lyon: Database, hq: Database, qtbot: QtBot, tmp_path: Path,  # noqa: F811
                                     qtmodeltester: Any) -> None:
    add_person(lyon, "Ana", "Silva")
    path = tmp_path / "p.learnorg"
    export(lyon, path, to_office="HQ", passphrase="secret")
    export(hq, tmp_path / "back.learnorg", to_office="LYON", full=True)
    wizard = ReceiveWizard(hq)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    wizard.file_page.show_passphrase(True)
    wizard.file_page.passphrase_edit.setText("secret")
    receive(wizard, qtbot)
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        wizard.next()
    dialog = HistoryDialog(hq)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [(r[0], r[1], r[5], r[6]) for r in rows] == [("Received", "LYON", "Changes", "Yes"),
                                                        ("Sent", "LYON", "Full copy", "No"),
                                                        ("Sent", "Any office", "Full copy", "No")]  # the seed
    dialog.view.selectRow(0)
    counts = dialog.counts_view.model()
    assert isinstance(counts, OutcomeCountsModel) and counts.totals()[0] == 2  # the LYON office and Ana
    assert [counts.index(r, 0).data() for r in range(counts.rowCount())] == ["Offices", "People", "Total"]
    qtmodeltester.check(counts)
    dialog.view.selectRow(1)
    sent = dialog.counts_view.model()
    assert isinstance(sent, RecordCountsModel) and sent.totals() == (1,)  # HQ knew only itself then
    qtmodeltester.check(sent)
    assert "LYON" in dialog.detail_label.text()
    dialog.office_combo.setCurrentIndex(dialog.office_combo.findData("LYON"))
    assert dialog.model.rowCount() == 2


@pytest.fixture
def window(qtbot: QtBot, hq: Database) -> MainWindow:  # noqa: F811
    win = MainWindow(hq)
    qtbot.addWidget(win)
    return win


def test_menu_import_refreshes_the_tabs(window: MainWindow, lyon: Database, qtbot: QtBot,  # noqa: F811
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = window.exchange
    texts = [a.text() for a in controller.menu.actions()]
    assert texts == ["&Send changes to an office…", "&Receive a file…", "&Conflicts…", "&History…"]
    assert window.exchange_action.menu() is controller.menu
    assert all(a.isEnabled() for a in controller.menu.actions())
    add_person(lyon, "Ana", "Silva")
    path = tmp_path / "p.learnorg"
    export(lyon, path, to_office="HQ")
    assert window.people_tab is not None and window.people_tab.model.rowCount() == 0

    def drive(wizard: ReceiveWizard) -> int:
        wizard.show()
        wizard.set_file(path)
        receive(wizard, qtbot)
        with qtbot.waitSignal(wizard.imported, timeout=30_000):
            wizard.next()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReceiveWizard, "exec", drive)
    controller.import_action.trigger()
    assert window.people_tab.model.rowCount() == 1


def test_read_only_database_disables_sending_and_receiving(qtbot: QtBot, hq: Database) -> None:  # noqa: F811
    read_only = Database.open(hq.location, read_only=True)
    try:
        win = MainWindow(read_only)
        qtbot.addWidget(win)
        controller = win.exchange
        assert not controller.export_action.isEnabled() and not controller.import_action.isEnabled()
        assert controller.conflicts_action.isEnabled() and controller.history_action.isEnabled()
        empty = MainWindow()
        qtbot.addWidget(empty)
        assert not any(a.isEnabled() for a in empty.exchange.menu.actions())
    finally:
        win.db = None  # the test closes it, not the window
        read_only.close()


def test_cancelled_import_changes_nothing(lyon: Database, hq: Database, qtbot: QtBot,  # noqa: F811
                                          tmp_path: Path, told: list[tuple[str, str]]) -> None:
    add_person(lyon, "Ana", "Silva")
    path = tmp_path / "p.learnorg"
    export(lyon, path, to_office="HQ")
    wizard = ReceiveWizard(hq)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    receive(wizard, qtbot)
    before = dump(hq)
    wizard.start_import()
    assert wizard.task is not None
    wizard.task.cancel()  # before the first chunk is merged
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told[-1][0] == "information" and wizard.result is None
    assert wizard.currentPage() is wizard.preview_page and dump(hq) == before


def test_another_file_forgets_the_passphrase(hq: Database, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: F811
    wizard = ReceiveWizard(hq)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    page.path_edit.setText(str(tmp_path / "a.learnorg"))
    page.show_passphrase(True)
    page.passphrase_edit.setText("secret")
    assert page.passphrase() == "secret" and page.isComplete()
    page.path_edit.setText(str(tmp_path / "b.learnorg"))
    assert page.passphrase() is None and page.passphrase_edit.isHidden() and page.isComplete()
