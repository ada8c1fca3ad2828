"""One writer per database file: a lock file beside it says who holds it; a stale one (crash) is taken over."""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class Holder:
    """Who has the database open for writing."""

    user: str
    host: str
    pid: int
    since: str  # ISO time, UTC

    @classmethod
    def me(cls) -> Holder:
        return cls(user=_user(), host=socket.gethostname(), pid=os.getpid(), since=datetime.now(UTC).isoformat())


class DatabaseLockedError(Exception):
    """Another running application holds the database."""

    def __init__(self, holder: Holder) -> None:
        super().__init__(f"the database is open in another LearnOrg window ({holder.user} on {holder.host}, "
                         f"process {holder.pid}, since {holder.since[:16].replace('T', ' ')} UTC)")
        self.holder = holder


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers and service accounts
        return "?"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False  # Windows raises OSError for a process that is gone
    return True


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(user=str(data["user"]), host=str(data["host"]), pid=int(data["pid"]), since=str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable or half-written: treated as stale


def is_stale(holder: Holder | None) -> bool:
    """A lock left by a crash: unreadable, or from a process of this computer that no longer runs."""
    return holder is None or (holder.host == socket.gethostname() and not _alive(holder.pid))


class WriterLock:
    """Held while a window writes to the database; `acquire` raises DatabaseLockedError when someone else has it."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database.resolve())
        self.held = False
        self.released_stale: Holder | None = None  # the crashed holder whose lock was taken over, if any

    def holder(self) -> Holder | None:
        return _read(self.path) if self.path.exists() else None

    def acquire(self) -> None:
        me = Holder.me()
        payload = json.dumps(me.__dict__).encode("utf-8")
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder()
                if holder is not None and holder.pid == me.pid and holder.host == me.host:
                    self.held = True  # this very process (a database reopened)
                    return
                if not is_stale(holder):
                    raise DatabaseLockedError(holder) from None  # type: ignore[arg-type]
                self.released_stale = holder
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            self.held = True
            return
        raise DatabaseLockedError(self.holder() or me)

    def release(self) -> None:
        if self.held:
            holder = self.holder()
            if holder is None or (holder.pid == os.getpid() and holder.host == socket.gethostname()):
                self.path.unlink(missing_ok=True)
            self.held = False
