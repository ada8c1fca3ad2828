"""Why a PostgreSQL server refused a connection, told apart so the GUI and the CLI can say it plainly.

libpq gives no SQLSTATE for a failed connection, only a message: the kinds are recognised from its text, in
English and in French (a French server sends French messages).
"""

from __future__ import annotations

from enum import StrEnum


class ServerProblem(StrEnum):
    PASSWORD_NEEDED = "password_needed"  # the server asks for a password and none was given
    WRONG_PASSWORD = "wrong_password"
    NO_DATABASE = "no_database"
    NO_USER = "no_user"
    NOT_ALLOWED = "not_allowed"  # pg_hba.conf accepts no such connection
    UNREACHABLE = "unreachable"  # no server there: wrong host or port, network down, server stopped


_PATTERNS: tuple[tuple[ServerProblem, tuple[str, ...]], ...] = (
    (ServerProblem.PASSWORD_NEEDED, ("no password supplied", "aucun mot de passe")),
    (ServerProblem.WRONG_PASSWORD, ("password authentication failed", "authentification par mot de passe")),
    (ServerProblem.NO_DATABASE, ("database \"", "la base de données")),  # …" does not exist / …n'existe pas
    (ServerProblem.NO_USER, ("role \"", "le rôle")),
    (ServerProblem.NOT_ALLOWED, ("pg_hba.conf",)),
    (ServerProblem.UNREACHABLE, ("connection refused", "could not translate host name", "failed to resolve host",
                                 "name or service not known", "no such file or directory", "timeout expired",
                                 "no route to host", "network is unreachable", "connexion refusée",
                                 "aucun fichier ou dossier", "could not connect", "is the server running")),
)


def _driver_error(error: BaseException) -> BaseException:
    """The psycopg error inside SQLAlchemy's wrapper (DBAPIError.orig), else `error` itself."""
    inner = getattr(error, "orig", None)
    return inner if isinstance(inner, BaseException) else error


def server_problem(error: BaseException) -> ServerProblem | None:
    """The kind of connection refusal `error` reports; None when it is something else (a bug, a SQL error)."""
    inner = _driver_error(error)
    if type(inner).__name__ != "OperationalError":
        return None
    text = str(inner).lower()
    exists = "does not exist" in text or "n'existe pas" in text
    for problem, needles in _PATTERNS:
        if problem in (ServerProblem.NO_DATABASE, ServerProblem.NO_USER) and not exists:
            continue
        if any(needle in text for needle in needles):
            return problem
    return None


def server_message(error: BaseException) -> str:
    """The server's own words (first line, without libpq's "connection failed: …" prefix), for a details line."""
    lines = str(_driver_error(error)).strip().splitlines()
    if not lines:
        return type(error).__name__
    return lines[0].rsplit("failed: ", 1)[-1].replace("FATAL:  ", "").strip()
