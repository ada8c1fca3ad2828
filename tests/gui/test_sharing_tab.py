"""The Knowledge-sharing tab: the sessions calendar, its dialogs, attendance, feedback, planning and PDF sheet."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from learnorg_desktop.enums import NeedOrigin, NeedStatus, SessionFormat, SessionStatus
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.models.session_models import QUALITY, USEFULNESS
from learnorg_desktop.gui.tabs.sharing_tab import SharingTab
from learnorg_desktop.services import needs, session_attendance, session_feedback, sessions
from learnorg_desktop.services.sessions import SessionInput
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import assess, person, skill

TODAY = date.today()


@pytest.fixture
def data(db: Database) -> dict[str, int]:
    """Three people, one teacher, one skill; a session held yesterday with Hélène and Luc invited."""
    with db.transaction() as session:
        ids = {
            "helene": person(session, "Dubois", "Hélène"),
            "luc": person(session, "Bernard", "Luc", office="LYON"),
            "awa": person(session, "Ndiaye", "Awa"),
            "listen": skill(session, "Écoute active"),
        }
        assess(session, ids["awa"], ids["listen"], 4, TODAY - timedelta(days=10), share=True)
        ids["past"] = sessions.create_session(session, SessionInput(
            title="Accueil des publics", format=SessionFormat.WORKSHOP,
            starts_at=datetime.now(UTC) - timedelta(days=1), duration_minutes=120, skill_ids=(ids["listen"],),
            host_ids=(ids["awa"],), place="Salle Œillet, 2ᵉ étage", capacity=10))
        session_attendance.invite(session, ids["past"], [ids["helene"], ids["luc"]])
    return ids


@pytest.fixture
def tab(qtbot, db: Database, data: dict[str, int]) -> SharingTab:
    widget = SharingTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(qtbot, widget)
    return widget


def wait_loaded(qtbot, tab: SharingTab) -> None:
    qtbot.waitUntil(lambda: tab.sessions_view.pending == 0, timeout=10000)


def select(qtbot, tab: SharingTab, session_id: int) -> None:
    wait_loaded(qtbot, tab)
    assert tab.sessions_view.select_session(session_id)
    assert tab.sessions_view.panel.row is not None and tab.sessions_view.panel.row.id == session_id


def test_create_session_through_the_dialog(qtbot, qtmodeltester, tab: SharingTab, db: Database,
                                           data: dict[str, int]) -> None:
    view = tab.sessions_view
    qtmodeltester.check(view.model)
    assert [r.id for r in view.model.rows()] == [data["past"]]
    dialog = view.new_session()
    dialog.save()  # no title
    assert dialog.last_error is not None and dialog.last_error.field == "title"
    assert dialog.error_label.text().startswith("Title")
    dialog.title_edit.setText("Atelier « écoute » à Lyon")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(SessionFormat.BLENDED.value))
    assert dialog.online_spin.isEnabled()
    dialog.duration_spin.setValue(180)
    dialog.save()  # blended without an online part
    assert dialog.last_error.code == "blended_needs_both_parts"
    dialog.online_spin.setValue(60)
    dialog.skills_list.item(0).setSelected(True)
    with qtbot.waitSignal(dialog.session_saved) as saved:
        dialog.save()
    wait_loaded(qtbot, tab)
    row = view.model.row_at(view.model.row_of(saved.args[0]))
    assert row.title == "Atelier « écoute » à Lyon" and row.skill_ids == (data["listen"],)
    assert (row.duration_minutes, row.online_minutes) == (180, 60)
    assert view.current_session_id() == saved.args[0]
    qtmodeltester.check(view.model)


def test_mark_held_attendance_then_feedback(qtbot, qtmodeltester, tab: SharingTab, db: Database,
                                            data: dict[str, int], monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    view, panel = tab.sessions_view, tab.sessions_view.panel
    select(qtbot, tab, data["past"])
    assert not panel.save_feedback_button.isEnabled()
    assert view.mark_held()
    wait_loaded(qtbot, tab)
    assert panel.row.status is SessionStatus.HELD and panel.save_feedback_button.isEnabled()
    model = panel.attendance_model
    qtmodeltester.check(model)
    helene = model.row_of(data["helene"])
    assert model.setData(model.index(helene, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert panel.save_attendance()
    with db.read() as session:
        assert session_attendance.attendee_ids(session, data["past"]) == {data["helene"]}
    feedback = panel.feedback_model
    qtmodeltester.check(feedback)
    assert [line.person_id for line in feedback.rows()] == [data["helene"]]
    assert not feedback.setData(feedback.index(0, USEFULNESS), "7")  # typed out of range
    assert not feedback.setData(feedback.index(0, USEFULNESS), "très")
    assert feedback.setData(feedback.index(0, USEFULNESS), 5)
    assert panel.save_feedback() is False and warnings  # quality still missing: refused by the service
    assert feedback.setData(feedback.index(0, QUALITY), "4")
    assert feedback.setData(feedback.index(0, 3), "Très utile, merci !")
    assert panel.save_feedback()
    with db.read() as session:
        rows = session_feedback.list_feedback(session, data["past"])
    assert [(r.person_id, r.usefulness, r.quality, r.comment) for r in rows] == \
        [(data["helene"], 5, 4, "Très utile, merci !")]
    panel.notes_edit.setPlainText("Support distribué")
    assert panel.save_outputs()
    with db.read() as session:
        assert sessions.get_record(session, data["past"]).notes == "Support distribué"


def test_reassess_dialog_records_levels(qtbot, qtmodeltester, tab: SharingTab, db: Database,
                                        data: dict[str, int], monkeypatch) -> None:
    with db.transaction() as session:
        sessions.set_status(session, data["past"], SessionStatus.HELD, datetime.now(UTC))
        session_attendance.set_attendance(session, data["past"], {data["luc"]}, datetime.now(UTC))
        need = needs.create_need(session, needs.NeedInput(origin=NeedOrigin.WISH, person_id=data["luc"],
                                                          skill_id=data["listen"], target_level=2), TODAY)
    tab.sessions_view.invalidate()
    select(qtbot, tab, data["past"])
    dialog = tab.sessions_view.reassess()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert [(line.person_id, line.skill_id) for line in dialog.model.rows()] == [(data["luc"], data["listen"])]
    assert not dialog.model.setData(dialog.model.index(0, 2), "9")
    assert dialog.model.setData(dialog.model.index(0, 2), 3)
    dialog.save()
    assert dialog.last_error is None and dialog.met_needs == 1
    with db.read() as session:
        assert needs.get_need(session, need).status is NeedStatus.MET


def test_plan_from_need_prefills_skill_host_and_invitees(qtbot, tab: SharingTab, db: Database,
                                                         data: dict[str, int]) -> None:
    with db.transaction() as session:
        first = needs.create_need(session, needs.NeedInput(origin=NeedOrigin.WISH, person_id=data["helene"],
                                                           skill_id=data["listen"]), TODAY)
        peer = needs.create_need(session, needs.NeedInput(origin=NeedOrigin.WISH, person_id=data["luc"],
                                                          skill_id=data["listen"]), TODAY)
    dialog = tab.plan_from_need(first)
    assert dialog is not None
    qtbot.addWidget(dialog)
    selected = [dialog.skills_list.item(i).text() for i in range(dialog.skills_list.count())
                if dialog.skills_list.item(i).isSelected()]
    assert selected == ["Écoute active"]
    assert dialog.hosts.host_ids() == (data["awa"],)
    assert {i.person_id for i in dialog._draft.invitees} == {data["helene"], data["luc"]}
    assert "2" in dialog.invitees_label.text()
    with qtbot.waitSignal(dialog.session_saved) as saved:
        dialog.save()
    with db.read() as session:
        invited = {a.person_id for a in session_attendance.list_attendance(session, saved.args[0])}
        statuses = {needs.get_need(session, n).status for n in (first, peer)}
    assert invited == {data["helene"], data["luc"]} and statuses == {NeedStatus.PLANNED}


def test_attendance_sheet_pdf(qtbot, tab: SharingTab, data: dict[str, int], tmp_path: Path, monkeypatch) -> None:
    select(qtbot, tab, data["past"])
    target = tmp_path / "émargement"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    written = tab.sessions_view.print_attendance()
    assert written == tmp_path / "émargement.pdf"
    data_bytes = written.read_bytes()
    assert data_bytes.startswith(b"%PDF") and len(data_bytes) > 2000
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):  # scripts/setup.sh installs it: in CI a missing tool is a failure
            pytest.fail("pdftoppm (poppler-utils) is missing")
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(written), str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    assert not image.isNull() and image.height() > image.width()
    dark = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 50


def test_attendance_html_keeps_accents(tab: SharingTab, data: dict[str, int], qtbot) -> None:
    from learnorg_desktop.gui.printing.attendance_pdf import attendance_html

    select(qtbot, tab, data["past"])
    view = tab.sessions_view
    text = attendance_html(view.current_row(), view.panel.attendance_model.rows(), "Association Œuvre")
    assert "Salle Œillet, 2ᵉ étage" in text and "Hélène" in text and "Signature" in text


def test_main_window_has_the_sharing_tab_and_routes_plan_requests(qtbot, db: Database, data: dict[str, int],
                                                                  monkeypatch) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.tabs.widget(3) is window.sharing_tab
    assert window.tabs.tabText(3) == "Knowledge sharing"
    with db.transaction() as session:
        need = needs.create_need(session, needs.NeedInput(origin=NeedOrigin.WISH, person_id=data["helene"],
                                                          skill_id=data["listen"]), TODAY)
    shown = []
    monkeypatch.setattr(window.sharing_tab, "plan_from_need", shown.append)
    window.needs_tab.plan_session_requested.emit(need)
    assert shown == [need] and window.tabs.currentWidget() is window.sharing_tab
