"""Killing the process in the middle of a large import leaves the database intact and unchanged."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from learnorg_desktop.storage.backups import problems
from learnorg_desktop.storage.database import Database
from tests.importers.builders import FR_HEADER, people_rows, write_csv


def _people(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM people").fetchone()[0])


def _writing(path: Path) -> bool:
    """True while another connection holds the database's write lock (its transaction is under way)."""
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def _kill_while_writing(command: list[str], db_path: Path, env: dict[str, str]) -> bool:
    """Start `command`, kill -9 it in the middle of its write transaction; True if it was still running then.

    The pages reach the WAL only at commit (the cache holds them), so watching the WAL grow raced with the
    commit itself. The write lock, held from the transaction's first write to its commit, is a steady sign:
    once it has been held for 0.1 s the import is well under way and its commit still ahead.
    """
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    held_since: float | None = None
    while time.monotonic() < deadline and process.poll() is None:
        if not _writing(db_path):
            held_since = None
        elif held_since is None:
            held_since = time.monotonic()
        elif time.monotonic() - held_since > 0.1:
            break
        time.sleep(0.005)
    running = process.poll() is None
    if running:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return running


def test_killed_import_changes_nothing(db: Database, db_path: Path, tmp_path: Path) -> None:
    db.close()
    source = write_csv(tmp_path / "people.csv", [FR_HEADER, *[[str(c or "") for c in row]
                                                             for row in people_rows(12_000)]])
    env = {**os.environ, "LEARNORG_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "learnorg_desktop", "people", "import", str(source), "--db", str(db_path)]
    assert _kill_while_writing(command, db_path, env), "the import ended before it could be killed"
    assert problems(db_path) == []
    assert _people(db_path) == 0
    reopened = Database.open(db_path)  # and the application opens it as usual
    reopened.close()


def _limit_file_size(limit: int) -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_is_reported_plainly_and_changes_nothing(db: Database, db_path: Path, tmp_path: Path) -> None:
    db.close()
    source = write_csv(tmp_path / "people.csv", [FR_HEADER, *[[str(c or "") for c in row]
                                                             for row in people_rows(3_000)]])
    env = {**os.environ, "LEARNORG_HOME": str(tmp_path / "home")}
    limit = db_path.stat().st_size + 150_000  # room for the backup, not for the import
    result = subprocess.run([sys.executable, "-m", "learnorg_desktop", "people", "import", str(source),
                             "--db", str(db_path)], env=env, capture_output=True, text=True, timeout=120,
                            preexec_fn=lambda: _limit_file_size(limit))
    assert result.returncode == 1
    assert "not saved: the disk" in result.stderr and "Traceback" not in result.stderr
    assert problems(db_path) == []
    assert _people(db_path) == 0


def test_a_read_only_folder_is_reported_plainly(db: Database, db_path: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        import pytest

        pytest.skip("root writes into read-only folders: the refusal cannot be shown as root")
    db.close()
    os.chmod(db_path, 0o444)
    os.chmod(db_path.parent, 0o555)
    try:
        env = {**os.environ, "LEARNORG_HOME": str(tmp_path.parent / "home-ro")}
        result = subprocess.run([sys.executable, "-m", "learnorg_desktop", "people", "add", "--db", str(db_path),
                                 "--last-name", "Refusé", "--first-name", "Noé"], env=env, capture_output=True,
                                text=True, timeout=60)
    finally:
        os.chmod(db_path.parent, 0o755)
        os.chmod(db_path, 0o644)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert problems(db_path) == [] and _people(db_path) == 0


def test_sqlite_full_is_worded_as_a_full_disk(db: Database) -> None:
    from sqlalchemy import event
    from sqlalchemy.exc import OperationalError

    from learnorg_desktop.enums import PersonKind
    from learnorg_desktop.services import people
    from learnorg_desktop.services.people import PersonInput
    from learnorg_desktop.storage.refusals import StorageRefusal, storage_refusal

    db.engine.dispose()
    event.listen(db.engine, "connect", lambda connection, _record: connection.execute(
        f"PRAGMA max_page_count={connection.execute('PRAGMA page_count').fetchone()[0]}"))
    try:
        with db.transaction() as session:
            for index in range(2_000):
                people.create(session, PersonInput(PersonKind.STAFF, f"Nom{index}", "Prénom", notes="x" * 500))
    except OperationalError as error:
        assert storage_refusal(error) is StorageRefusal.DISK_FULL
    else:
        raise AssertionError("the page limit was not reached")
    with db.read() as session:
        assert people.count(session) == 0
