"""File › Back up database… on a server database: pg_dump in the background, then how to restore it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.storage.database import Database


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_server_database_is_dumped_and_the_restore_command_shown(db: Database, qtbot: QtBot, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "siège.dump"
    offered: list[str] = []

    def save_as(_parent: object, _title: str, default: str, filters: str) -> tuple[str, str]:
        offered.extend([default, filters])
        return str(target), ""

    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: shown.append(text))
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.backup_action.isEnabled()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert offered[0].endswith(".dump") and "*.dump" in offered[1]
    assert target.is_file() and target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert str(target) in shown[0] and "pg_restore --clean" in shown[0]
    assert window.statusBar().currentMessage().startswith("Backup written to")
