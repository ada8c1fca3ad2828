"""Engine creation: a file path or a SQLAlchemy URL, with SQLite tuned for safety."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url


def database_url(target: str | Path) -> str:
    """Accept a plain file path or a full SQLAlchemy URL (postgresql+psycopg://…)."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers work while one writer commits; FULL sync makes a confirmed save survive a
    # power cut; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-32768")  # 32 MB instead of 2 MB: lists of 50,000 people stay in memory
    cursor.close()


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    # A second window on a database another one is writing to: SQLite itself refuses every write.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _password_lookup(url: URL) -> Callable[..., None] | None:
    """A do_connect hook giving a password-less server URL the password of this run or of the keyring."""
    from learnorg_desktop.storage.credentials import PASSWORDS, ServerAddress

    if url.password is not None:
        return None
    try:
        address = ServerAddress.from_url(url)
    except ValueError:  # no user or database named: libpq's defaults, nothing to look up
        return None

    def supply(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        # Looked up at each connection, not once: a password entered later (the dialog, getpass) then works
        # for this engine too. With none known, libpq still reads PGPASSWORD and ~/.pgpass.
        if "password" not in cparams:
            password = PASSWORDS.password(address)
            if password is not None:
                cparams["password"] = password

    return supply


def make_engine(target: str | Path, *, read_only: bool = False) -> Engine:
    """An engine for the database at `target`; the SQLite folder is created if needed."""
    url = make_url(database_url(target))
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        if read_only:
            event.listen(engine, "connect", _query_only)
        return engine
    options: dict[str, Any] = {"execution_options": {"postgresql_readonly": True}} if read_only else {}
    engine = create_engine(url, pool_pre_ping=True, **options)
    supply = _password_lookup(url)
    if supply is not None:
        event.listen(engine, "do_connect", supply)
    return engine
