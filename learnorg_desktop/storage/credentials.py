"""Server passwords: kept in memory for this run, or in the system keyring on request; never in a file we write.

A server address (host, port, database, user) is all the application ever stores or shows; the password is
looked up when a connection is made (see `storage.engine`), from this run's memory first, then the keyring.
When neither has one, libpq's own PGPASSWORD and ~/.pgpass still apply.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

SERVICE = "LearnOrg Desktop"  # the keyring entry's service; its username is the address label
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerAddress:
    """Where a server database is and who connects to it; holds no password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self) -> str:
        """The SQLAlchemy URL, without password; a socket folder (host starting with "/") goes in the query."""
        if self.host.startswith("/"):  # libpq takes a Unix socket folder as host=, which a URL's netloc cannot hold
            url = URL.create(DRIVER, username=self.user, database=self.database,
                             query={"host": self.host, "port": str(self.port)})
        else:
            url = URL.create(DRIVER, username=self.user, host=self.host or None, port=self.port,
                             database=self.database)
        return url.render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str | URL) -> ServerAddress:
        """The address of a server URL (any password in it is ignored); ValueError when it names no user or database."""
        parsed = make_url(url) if isinstance(url, str) else url
        if parsed.get_backend_name() != "postgresql":
            raise ValueError(f"not a PostgreSQL server URL: {parsed.render_as_string()}")
        if not parsed.username or not parsed.database:
            raise ValueError("a server URL needs a user and a database")
        host = parsed.host or _query_value(parsed, "host") or ""
        port_text = _query_value(parsed, "port")
        port = parsed.port or (int(port_text) if port_text and port_text.isdigit() else DEFAULT_PORT)
        return cls(host=host, database=parsed.database, user=parsed.username, port=port)

    def label(self) -> str:
        """Short and readable: user@host:port/database (the keyring's username for this address)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def _query_value(url: URL, key: str) -> str | None:
    value = url.query.get(key)
    if isinstance(value, tuple):
        return value[0] if value else None
    return value


def split_password(location: str) -> tuple[str, str | None]:
    """(`location` without its password, the password) for a URL holding one; else (`location`, None) unchanged."""
    if "://" not in location:
        return location, None
    url = make_url(location)
    if url.password is None:
        return location, None
    # url.set(password=None) would keep the password (None there means "unchanged"): build it again without.
    bare = URL.create(url.drivername, username=url.username, host=url.host, port=url.port, database=url.database,
                      query=url.query)
    return bare.render_as_string(hide_password=False), str(url.password)


def redacted(location: str) -> str:
    """`location` fit for a log or a message: a URL's password replaced by ***."""
    if "://" not in location:
        return location
    try:
        return make_url(location).render_as_string(hide_password=True)
    except Exception:  # not even a URL: say nothing of it rather than risk a password
        return "<unreadable database URL>"


class PasswordStore:
    """This run's passwords (memory only) in front of the system keyring.

    One store serves the whole process (`PASSWORDS`): a database is reopened by its password-less
    location from many places (backups, restore, read-only reopen), and each must find the password.
    """

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()  # connections are made from background tasks too

    def remember(self, address: ServerAddress, password: str) -> None:
        """Keep `password` for this run only."""
        with self._lock:
            self._memory[address.label()] = password

    def password(self, address: ServerAddress) -> str | None:
        """The password entered this run, else the keyring's, else None (libpq then tries PGPASSWORD, ~/.pgpass)."""
        with self._lock:
            known = self._memory.get(address.label())
        if known is not None or not keyring_available():
            return known
        stored = _keyring_call("get_password", SERVICE, address.label())
        if isinstance(stored, str):
            self.remember(address, stored)  # ask the keyring once: it may prompt to unlock
            return stored
        return None

    def knows(self, address: ServerAddress) -> bool:
        return self.password(address) is not None

    def save_in_keyring(self, address: ServerAddress, password: str) -> bool:
        """Remember `password` in the system keyring too; False when no usable keyring took it."""
        self.remember(address, password)
        if not keyring_available():
            return False
        return _keyring_call("set_password", SERVICE, address.label(), password) is not _FAILED

    def forget(self, address: ServerAddress) -> bool:
        """Drop the password from memory and the keyring; True when the keyring had one."""
        with self._lock:
            self._memory.pop(address.label(), None)
        if not keyring_available() or _keyring_call("get_password", SERVICE, address.label()) in (None, _FAILED):
            return False
        return _keyring_call("delete_password", SERVICE, address.label()) is not _FAILED

    def clear_memory(self) -> None:
        """Forget every password of this run (tests start each from nothing; nothing else needs it)."""
        with self._lock:
            self._memory.clear()


PASSWORDS = PasswordStore()
_FAILED = object()


def known_password(url: str | URL) -> str | None:
    """The password for a server URL: written in it, else entered this run or kept in the keyring; else None."""
    parsed = make_url(url) if isinstance(url, str) else url
    if isinstance(parsed.password, str):
        return parsed.password
    try:
        return PASSWORDS.password(ServerAddress.from_url(parsed))
    except ValueError:
        return None


def keyring_available() -> bool:
    """Is there a system keyring that can really store a password (not keyring's "fail" or "null" stand-ins)?"""
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)
    except Exception as error:  # a broken keyring install must not stop the application
        log.warning("no usable keyring: %s", type(error).__name__)
        return False


def _keyring_call(name: str, *args: str) -> Any:
    """Call keyring.<name>; any failure (no backend, locked, D-Bus gone) is logged and gives `_FAILED`."""
    try:
        import keyring

        return getattr(keyring, name)(*args)
    except Exception as error:
        # The error text of some backends repeats what they were given: log the type only.
        log.warning("keyring %s failed: %s", name, type(error).__name__)
        return _FAILED
