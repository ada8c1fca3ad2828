"""The knowledge-sharing library, communities and hours views, on hand-made data."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from learnorg_desktop.enums import PersonKind, ResourceKind
from learnorg_desktop.gui.tabs.sharing_communities import CommunitiesView
from learnorg_desktop.gui.tabs.sharing_hours import HoursView
from learnorg_desktop.gui.tabs.sharing_library import LibraryView
from learnorg_desktop.models import StoredDocument
from learnorg_desktop.services import resources
from learnorg_desktop.services.file_store import FileStore
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import held_session, office, person, skill

MAY, END_OF_MAY = date(2026, 5, 1), date(2026, 5, 31)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """URLs handed to the system instead of opening them."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: texts.append(text))
    return texts


def _library(db: Database, qtbot: QtBot, qtmodeltester: Any) -> LibraryView:
    view = LibraryView(db)
    qtbot.addWidget(view)
    view.refresh()
    qtmodeltester.check(view.model)
    return view


def _add_file(view: LibraryView, source: Path, monkeypatch: pytest.MonkeyPatch, skill_id: int) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    dialog = view.add_file()
    assert dialog is not None
    assert dialog.title_edit.text() == source.stem
    dialog.set_skill_ids((skill_id,))
    dialog.save()
    assert dialog.last_error is None


def test_add_a_file_then_open_it(db: Database, db_path: Path, tmp_path: Path, qtbot: QtBot, qtmodeltester: Any,
                                 monkeypatch: pytest.MonkeyPatch, opened: list[QUrl]) -> None:
    with db.transaction() as session:
        welcome = skill(session, "Accueil du public")
    source = tmp_path / "Fiche réflexe – accueil.txt"
    source.write_text("Écouter, reformuler, orienter : la fiche réflexe de l'accueil.", encoding="utf-8")
    view = _library(db, qtbot, qtmodeltester)
    _add_file(view, source, monkeypatch, welcome)
    _add_file(view, source, monkeypatch, welcome)  # the same content twice: listed twice, stored once
    qtmodeltester.check(view.model)
    rows = view.model.rows()
    assert [r.title for r in rows] == ["Fiche réflexe – accueil"] * 2
    assert rows[0].kind is ResourceKind.FILE and rows[0].skills == ("Accueil du public",)
    stored = [p for p in FileStore.beside(db_path).root.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].read_bytes() == source.read_bytes()
    assert view.current_id() == rows[0].id
    assert view.open_resource()
    assert [Path(u.toLocalFile()) for u in opened] == [stored[0]]


def test_a_missing_stored_copy_is_said_clearly(db: Database, db_path: Path, tmp_path: Path, qtbot: QtBot,
                                               qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch,
                                               opened: list[QUrl], warnings: list[str]) -> None:
    with db.transaction() as session:
        welcome = skill(session, "Accueil du public")
    source = tmp_path / "note.md"
    source.write_text("Bonjour", encoding="utf-8")
    view = _library(db, qtbot, qtmodeltester)
    _add_file(view, source, monkeypatch, welcome)
    for path in FileStore.beside(db_path).root.rglob("*"):
        if path.is_file():
            path.chmod(0o600)
            path.unlink()
    assert not view.open_resource()
    assert not opened and len(warnings) == 1


def test_add_a_link_and_search_it_with_or_without_accents(db: Database, qtbot: QtBot, qtmodeltester: Any,
                                                          opened: list[QUrl]) -> None:
    with db.transaction() as session:
        welcome = skill(session, "Accueil du public")
        other = skill(session, "Comptabilité")
    view = _library(db, qtbot, qtmodeltester)
    dialog = view.add_link()
    dialog.url_edit.setText("pas une adresse")
    dialog.title_edit.setText("Guide de l'hébergement d'urgence")
    dialog.save()
    assert dialog.last_error is not None and dialog.last_error.code == "bad_link"
    dialog.url_edit.setText("https://exemple.org/hebergement")
    dialog.set_skill_ids((welcome,))
    dialog.save()
    assert dialog.last_error is None
    assert [r.kind for r in view.model.rows()] == [ResourceKind.LINK]
    for text in ("hébergement", "HEBERGEMENT urgence", "Hebergement"):
        view.search_edit.setText(text)
        view.refresh()
        assert [r.title for r in view.model.rows()] == ["Guide de l'hébergement d'urgence"], text
    view.search_edit.setText("comptabilité")
    view.refresh()
    assert view.model.rowCount() == 0
    view.search_edit.setText("")
    view.skill_combo.setCurrentIndex(view.skill_combo.findData(other))
    assert view.model.rowCount() == 0
    view.skill_combo.setCurrentIndex(view.skill_combo.findData(welcome))
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert view.open_resource()
    assert opened[0].toString() == "https://exemple.org/hebergement"


def test_edit_ties_skills_and_delete_tombstones(db: Database, qtbot: QtBot, qtmodeltester: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with db.transaction() as session:
        welcome = skill(session, "Accueil du public")
        other = skill(session, "Comptabilité")
        rid = resources.add_link(session, "https://exemple.org", resources.ResourceInput("Site", skill_ids=(welcome,)))
    view = _library(db, qtbot, qtmodeltester)
    view.table.selectRow(0)
    dialog = view.edit_resource()
    assert dialog is not None and dialog.skill_ids() == (welcome,)
    dialog.set_skill_ids((welcome, other))
    dialog.title_edit.setText("Site de référence")
    dialog.save()
    with db.read() as session:
        row = resources.get_resource(session, rid)
    assert row.title == "Site de référence" and set(row.skill_ids) == {welcome, other}
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.select(rid)
    view.delete_resource()
    assert view.model.rowCount() == 0


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_file_on_a_server_database_is_stored_in_it(db: Database, tmp_path: Path, qtbot: QtBot,
                                                     qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch,
                                                     opened: list[QUrl]) -> None:
    with db.transaction() as session:
        welcome = skill(session, "Accueil du public")
    source = tmp_path / "Fiche réflexe.txt"
    source.write_bytes("Écouter, reformuler, orienter".encode())
    view = _library(db, qtbot, qtmodeltester)
    _add_file(view, source, monkeypatch, welcome)
    with db.read() as session:  # in the shared database, where every coordinator's window finds it
        assert session.scalars(select(StoredDocument.content)).all() == [source.read_bytes()]
    assert view.open_resource()
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_bytes() == source.read_bytes()


def test_community_add_members_and_sessions(db: Database, qtbot: QtBot, qtmodeltester: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with db.transaction() as session:
        ana, ben = person(session, "Durand", "Ana"), person(session, "Éluard", "Ben", office="LYON")
    view = CommunitiesView(db)
    qtbot.addWidget(view)
    view.refresh()
    dialog = view.add_community()
    dialog.name_edit.setText("Accueil des personnes exilées")
    dialog.topic_edit.setText("Échanges de pratiques")
    dialog.save()
    assert dialog.last_error is None
    assert [(r.name, r.topic, r.members) for r in view.model.rows()] == [
        ("Accueil des personnes exilées", "Échanges de pratiques", 0)]
    community_id = view.current_id()
    assert community_id is not None
    picker = view.pick_member()
    assert picker is not None
    picker.close()
    assert view.add_member(ben) and view.add_member(ana) and view.add_member(ana)
    assert [m.person_id for m in view.members_model.rows()] == [ana, ben]
    assert view.model.rows()[0].members == 2
    with db.transaction() as session:
        held_session(session, [ana], day=date(2026, 5, 10), community_id=community_id, title="Premier cercle")
    view.refresh()
    assert [s.title for s in view.sessions_model.rows()] == ["Premier cercle"]
    view.members_table.selectRow(1)
    assert view.remove_member()
    assert [m.person_id for m in view.members_model.rows()] == [ana]
    duplicate = view.add_community()
    duplicate.name_edit.setText("ACCUEIL des personnes exilees")
    duplicate.save()
    assert duplicate.last_error is not None and duplicate.last_error.code == "duplicate_community"
    duplicate.reject()
    for model in (view.model, view.members_model, view.sessions_model):
        qtmodeltester.check(model)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.delete_community()
    assert view.model.rowCount() == 0


def _hours_data(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        ids = {"ana": person(session, "Durand", "=Ana"),                     # volunteer, HQ; a formula-like name
               "ben": person(session, "Martin", "Ben", office="LYON", kind=PersonKind.STAFF),
               "carl": person(session, "Petit", "Carl", office="LYON")}    # volunteer
        held_session(session, [ids["ana"], ids["ben"]], day=date(2026, 5, 10), duration=120, host_ids=(ids["carl"],))
        held_session(session, [ids["ana"]], day=date(2026, 5, 20), duration=45, host_ids=(ids["ben"],))
        held_session(session, [ids["ana"]], day=date(2026, 4, 30), duration=90)  # before the period
    return ids


def _hours_view(db: Database, qtbot: QtBot) -> HoursView:
    view = HoursView(db)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.pending == 0)
    view.from_edit.setDate(QDate(2026, 5, 1))
    view.to_edit.setDate(QDate(2026, 5, 31))
    qtbot.waitUntil(lambda: view.pending == 0)
    return view


def test_hours_view_shows_hand_computed_totals(db: Database, qtbot: QtBot, qtmodeltester: Any) -> None:
    _hours_data(db)
    view = _hours_view(db, qtbot)
    assert view.report is not None and (view.report.start, view.report.end) == (MAY, END_OF_MAY)
    qtmodeltester.check(view.offices_model)
    qtmodeltester.check(view.people_model)
    people = {view.people_model.data(view.people_model.index(r, 0)):
              [view.people_model.data(view.people_model.index(r, c)) for c in (3, 4, 5, 6)]
              for r in range(view.people_model.rowCount())}
    assert people == {"=Ana Durand": ["2.8", "2", "0.0", "0"], "Ben Martin": ["2.0", "1", "0.8", "1"],
                      "Carl Petit": ["0.0", "0", "2.0", "1"]}
    offices = [[view.offices_model.data(view.offices_model.index(r, c)) for c in range(6)]
               for r in range(view.offices_model.rowCount())]
    # LYON: 120 learning (Ben, staff) + 165 hosting (Carl 120 volunteer, Ben 45): volunteers 120 / 285 = 42 %
    assert offices == [["HQ", "1", "2.8", "0.0", "2.8", "100%"], ["LYON", "2", "2.0", "2.8", "2.0", "42%"]]
    assert view.export_button.isEnabled()


def test_hours_view_office_filter(db: Database, qtbot: QtBot) -> None:
    _hours_data(db)
    view = _hours_view(db, qtbot)
    with db.read() as session:
        lyon = office(session, "LYON")
    view.office_combo.setCurrentIndex(view.office_combo.findData(lyon))
    qtbot.waitUntil(lambda: view.pending == 0)
    assert [r.person for r in view.people_model.rows()] == ["Ben Martin", "Carl Petit"]


def test_hours_export_to_excel(db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    _hours_data(db)
    view = _hours_view(db, qtbot)
    target = tmp_path / "heures été.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert view.export() == target
    sheet = load_workbook(target).active
    assert [c.value.date() for c in sheet[1][1:3]] == [MAY, END_OF_MAY]
    assert [c.value for c in sheet[3]][:4] == ["Person", "Office", "Kind", "Learning hours"]
    ana = sheet[4]
    assert ana[0].value == "=Ana Durand" and ana[0].data_type == "s" and ana[0].quotePrefix
    assert ana[2].value == "Volunteer"
    assert [c.value for c in ana[3:8]] == [2.75, 2, 0, 0, 2.75]
    assert isinstance(ana[3].value, float) and isinstance(ana[4].value, int)
    assert [c.value for c in sheet[5]][:2] == ["Ben Martin", "LYON"] and not sheet[5][0].quotePrefix
    assert sheet.max_row == 6
