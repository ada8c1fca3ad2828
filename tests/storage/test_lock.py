"""One writer per database: a live holder is named, a stale lock (crash) is taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from learnorg_desktop.storage.lock import DatabaseLockedError, WriterLock, lock_path


def test_a_second_holder_is_told_who_has_it(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_path(database).write_text(json.dumps({"user": "claire", "host": socket.gethostname(), "pid": child.pid,
                                                   "since": "2026-11-23T09:00:00+00:00"}))
        with pytest.raises(DatabaseLockedError) as raised:
            WriterLock(database).acquire()
        assert raised.value.holder.user == "claire" and "claire" in str(raised.value)
    finally:
        child.kill()
        child.wait()


def test_a_stale_lock_from_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    lock_path(database).write_text(json.dumps({"user": "x", "host": socket.gethostname(), "pid": child.pid,
                                               "since": "2026-11-23T09:00:00+00:00"}))
    lock = WriterLock(database)
    lock.acquire()
    assert lock.held and lock.released_stale is not None and lock.released_stale.pid == child.pid
    assert json.loads(lock_path(database).read_text())["pid"] == os.getpid()
    lock.release()
    assert not lock_path(database).exists()


def test_a_half_written_lock_is_stale(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    lock_path(database).write_text("{\"user\": ")
    lock = WriterLock(database)
    lock.acquire()
    assert lock.held
    lock.release()
