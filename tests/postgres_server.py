"""A throwaway PostgreSQL server for the tests and benchmarks: own data folder, spare port, socket in a temp folder.

`initdb` refuses to run as root, so as root the server runs as the `postgres` system user (Debian's package creates
it). Durability is switched off (fsync, full page writes): the data folder is deleted at the end anyway.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

SUPERUSER = "learnorg_test"


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: PATH first, then Debian's /usr/lib/postgresql/N/bin (newest)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def _spare_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ThrowawayServer:
    """A running server; `url(name)` is the SQLAlchemy URL of one of its databases."""

    folder: Path
    port: int
    binaries: Path
    as_user: str | None

    def url(self, database: str = "postgres") -> str:
        # Through the Unix socket in our folder: no password, no clash with a system server.
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.folder}&port={self.port}"

    def admin(self, statement: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def create_database(self, name: str, template: str = "template0") -> str:
        """A new database copied from `template` (a plain copy of files: ~50 ms); its URL."""
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self._run([str(self.binaries / "pg_ctl"), "stop", "-D", str(self.folder / "data"), "-m", "immediate", "-w"],
                  check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, command: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)


def start_server(*, durable: bool = False) -> ThrowawayServer:
    """Initialise and start a server; raises FileNotFoundError when no PostgreSQL binaries are installed.

    Tests run it without fsync (nothing to keep); `durable` keeps the defaults, as a real server would (bench/).
    """
    binaries = find_binaries()
    if binaries is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql")
    as_user = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="learnorg-pg-"))
    server = ThrowawayServer(folder, _spare_port(), binaries, as_user)
    if as_user:
        shutil.chown(folder, user=as_user)
    data = folder / "data"
    server._run([str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                 "--locale=C.UTF-8", "--no-sync"])
    options = f"-k {folder} -p {server.port} -c listen_addresses='' -c max_connections=200"
    if not durable:
        options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    try:
        server._run([str(binaries / "pg_ctl"), "start", "-D", str(data), "-w", "-l", str(folder / "server.log"),
                     "-o", options])
    except subprocess.CalledProcessError:
        log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the PostgreSQL test server did not start:\n{log}") from None
    return server
