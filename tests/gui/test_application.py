"""application.run through the real command line (own process: app.exec() must not run inside pytest's app)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from learnorg_desktop.gui import application
from learnorg_desktop.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "learnorg_desktop", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)


def test_window_paints_then_exits(populated_db: Database) -> None:
    result = run_cli("--db", populated_db.location, "--lang", "fr", "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("first-paint-epoch=")]
    assert len(lines) == 1 and float(lines[0].split("=")[1]) > 0


def test_database_from_the_future_is_refused(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    result = run_cli("--db", str(db_path), "--exit-after-paint")
    assert result.returncode == 1
    assert "newer version" in result.stderr


def test_icon_and_translations_are_shipped() -> None:
    assert application.resource_file("icons", "learnorg.svg").is_file()
    assert application.resource_file("translations", "learnorg_fr.qm").is_file()
