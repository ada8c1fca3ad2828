"""Backups of a PostgreSQL database with the server's own tool, pg_dump (SQLite files use storage/backup.py).

pg_dump takes a consistent snapshot while coordinators keep working, in its compressed "custom" format that
pg_restore reads back selectively. The password never goes on a command line (other users of the machine could
read it there): it is handed to pg_dump in the PGPASSWORD environment variable of that one process.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from learnorg_desktop.storage.backup import BackupError

DUMP_SUFFIX = ".dump"
# Where PostgreSQL's installers put the client tools when they are not on PATH.
_SEARCHED = ("/usr/lib/postgresql/*/bin/{0}", "/usr/pgsql-*/bin/{0}", "/opt/homebrew/opt/postgresql*/bin/{0}",
             "C:/Program Files/PostgreSQL/*/bin/{0}.exe")


@dataclass(frozen=True)
class DumpCommand:
    """What runs: the program and its arguments (no password), plus the environment entries it needs."""

    argv: list[str]
    env: dict[str, str]

    def shown(self) -> str:
        """The command as a person would type it (for the explanation and the log)."""
        return " ".join(_quoted(part) for part in self.argv)


def _quoted(part: str) -> str:
    return f'"{part}"' if any(c in part for c in " &?;") else part


def find_tool(name: str) -> Path | None:
    """pg_dump or pg_restore: on PATH first, then the usual installation folders (the newest version wins)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    candidates = [Path(p) for pattern in _SEARCHED for p in glob.glob(pattern.format(name))]
    return max(candidates, key=_version_of, default=None)


def _version_of(path: Path) -> tuple[int, ...]:
    digits = [part for part in path.parts if part.replace(".", "").isdigit()]
    return tuple(int(x) for x in digits[-1].split(".")) if digits else ()


def connection_options(url: URL) -> list[str]:
    """libpq's options for the database behind `url` (host may be a socket folder given as ?host=)."""
    host = url.host or url.query.get("host")
    options = [f"--dbname={url.database}"]
    if host:
        options.append(f"--host={host if isinstance(host, str) else host[0]}")
    port = url.port or url.query.get("port")
    if port:
        options.append(f"--port={port if not isinstance(port, tuple) else port[0]}")
    if url.username:
        options.append(f"--username={url.username}")
    return options


def dump_command(url: URL, dest: Path, program: Path | str = "pg_dump", password: str | None = None) -> DumpCommand:
    """pg_dump writing the whole database to `dest` in the custom format, without owners (restorable elsewhere)."""
    argv = [str(program), "--format=custom", "--no-owner", "--no-privileges", f"--file={dest}",
            *connection_options(url)]
    secret = password if password is not None else url.password
    return DumpCommand(argv=argv, env={"PGPASSWORD": str(secret)} if secret else {})


def default_dump_path(database: str, taken_at: datetime) -> Path:
    """Where a dump goes unless told: the backups folder, named after the database and the time (UTC)."""
    from learnorg_desktop.paths import app_paths

    return app_paths().backup_dir / f"{database}-{taken_at:%Y%m%d-%H%M%S}{DUMP_SUFFIX}"


def restore_hint(url: URL, dump: Path) -> str:
    """How the administrator puts a dump back (into an empty database of the same name): said, never run."""
    options = " ".join(_quoted(o) for o in connection_options(url))
    return f"pg_restore --clean --if-exists --no-owner {options} {_quoted(str(dump))}"


def dump_database(url: URL, dest: Path, *, password: str | None = None,
                  run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> Path:
    """Run pg_dump into `dest` (via a partial file, so a failure never leaves half a backup); the resolved path.

    BackupError says plainly what went wrong: pg_dump missing, refused by the server, a version mismatch.
    """
    program = find_tool("pg_dump")
    if program is None:
        raise BackupError("pg_dump was not found. Install PostgreSQL's client tools (Debian/Ubuntu: "
                          "'sudo apt install postgresql-client'; Windows: the PostgreSQL installer's "
                          "'Command Line Tools'), or ask the server's administrator to back it up.")
    dest = Path(dest).expanduser().resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    command = dump_command(url, partial, program, password)
    try:
        result = run(command.argv, env={**os.environ, **command.env}, capture_output=True, text=True,
                     timeout=6 * 3600)
        if result.returncode != 0:
            reason = (result.stderr or result.stdout).strip().splitlines()
            raise BackupError(f"pg_dump refused: {reason[-1] if reason else f'exit code {result.returncode}'}")
        os.replace(partial, dest)
    except subprocess.TimeoutExpired as error:
        raise BackupError("pg_dump did not finish within 6 hours") from error
    finally:
        partial.unlink(missing_ok=True)
    return dest
