"""Trying a server address before opening it: can we connect, and does the database hold LearnOrg's schema?"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from learnorg_desktop.storage.credentials import PASSWORDS, ServerAddress
from learnorg_desktop.storage.server_errors import ServerProblem, server_message, server_problem

CONNECT_TIMEOUT_SECONDS = 10  # a wrong host answers nothing: say so after 10 s, not after TCP's two minutes


class DatabaseState(StrEnum):
    LEARNORG = "learnorg"  # LearnOrg's schema is there (any version: opening upgrades or refuses it)
    EMPTY = "empty"  # no tables at all: opening it sets it up (migrations)
    FOREIGN = "foreign"  # tables of some other application: never migrated into


class ServerRefusedError(RuntimeError):
    """The server did not let us in; `problem` says why, `detail` is the server's own message."""

    def __init__(self, problem: ServerProblem, detail: str) -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem, self.detail = problem, detail


def probe(address: ServerAddress, password: str | None = None) -> DatabaseState:
    """Connect once to `address` and look at its database; ServerRefusedError when the server says no.

    Without `password`, the one known for this run or in the keyring is used, else libpq's PGPASSWORD/.pgpass.
    Runs in a background task: it builds and disposes of its own engine.
    """
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
    known = password if password else PASSWORDS.password(address)
    if known:
        connect_args["password"] = known
    engine = create_engine(address.url(), poolclass=NullPool, connect_args=connect_args)
    try:
        with engine.connect() as connection:
            if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is not None:
                return DatabaseState.LEARNORG
            tables = connection.execute(text(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")).scalar()
            return DatabaseState.EMPTY if not tables else DatabaseState.FOREIGN
    except DBAPIError as error:
        problem = server_problem(error)
        if problem is None:
            raise
        raise ServerRefusedError(problem, server_message(error)) from None  # no traceback, no URL
    finally:
        engine.dispose()
