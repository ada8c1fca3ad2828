"""`learnorg server remember|forget`: a server password in the system keyring; and --db's password prompt.

A password is typed at the terminal (never echoed) or given by libpq's PGPASSWORD / ~/.pgpass; it never goes
on the command line of these commands, where other users of the machine could read it.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy.exc import DBAPIError

from learnorg_desktop.app import open_database
from learnorg_desktop.commands.common import CommandError, add_db_option
from learnorg_desktop.storage.credentials import PASSWORDS, ServerAddress, keyring_available, redacted, split_password
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.server_errors import ServerProblem, server_problem
from learnorg_desktop.storage.server_probe import ServerRefusedError, probe

REMEMBER_HINT = "learnorg server remember --db URL"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = subparsers.add_parser("server", help="keep or forget a server password in the system keyring")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    remember = actions.add_parser("remember", help="ask the password of a server URL, check it, keep it in the "
                                                   "system keyring")
    add_db_option(remember, required=True)
    remember.set_defaults(handler=run_remember)
    forget = actions.add_parser("forget", help="remove a server URL's password from the system keyring")
    add_db_option(forget, required=True)
    forget.set_defaults(handler=run_forget)


def _address(url: str) -> ServerAddress:
    try:
        return ServerAddress.from_url(url)
    except Exception as error:  # ValueError, or sqlalchemy's ArgumentError for text that is no URL at all
        raise CommandError(f"{redacted(url)} is not a server URL with a user and a database "
                           "(postgresql+psycopg://user@host:port/database)") from error


def refusal_text(problem: ServerProblem, address: ServerAddress) -> str:
    """The command line's one-line wording of a server's refusal."""
    return {
        ServerProblem.PASSWORD_NEEDED: f"the server asks a password for {address.label()}: set PGPASSWORD, add "
                                       f"it to ~/.pgpass, or keep it in the system keyring with '{REMEMBER_HINT}'",
        ServerProblem.WRONG_PASSWORD: f"the server refused the password for {address.label()}",
        ServerProblem.NO_DATABASE: f"the server has no database called {address.database}",
        ServerProblem.NO_USER: f"the server knows no user called {address.user}",
        ServerProblem.NOT_ALLOWED: f"the server does not accept {address.user} from this computer (pg_hba.conf)",
        ServerProblem.UNREACHABLE: f"no server answered at {address.host}:{address.port}",
    }[problem]


def ask_password(address: ServerAddress) -> str:
    return getpass.getpass(f"Password for {address.label()}: ")


def _open_or_problem(target: str) -> Database | ServerProblem:
    """The opened database, or why the server refused (anything else is raised as it is)."""
    try:
        return open_database(target)
    except DBAPIError as error:
        problem = server_problem(error)
        if problem is None:
            raise
        return problem


def open_server_db(target: str) -> Database:
    """Open a server database; a missing password is asked at a terminal, other refusals said in one line."""
    opened = _open_or_problem(target)
    if isinstance(opened, Database):
        return opened
    address = _address(split_password(target)[0])
    if opened is ServerProblem.PASSWORD_NEEDED and sys.stdin.isatty():
        PASSWORDS.remember(address, ask_password(address))  # this run only
        opened = _open_or_problem(target)
        if isinstance(opened, Database):
            return opened
    raise CommandError(refusal_text(opened, address))


def run_remember(args: argparse.Namespace) -> int:
    location, written = split_password(args.db)
    address = _address(location)
    if not keyring_available():
        raise CommandError("no system keyring is available on this computer: use PGPASSWORD or ~/.pgpass instead")
    password = written if written is not None else ask_password(address)
    try:
        probe(address, password)  # a wrong password is refused now, not at the next start
    except ServerRefusedError as refused:
        raise CommandError(refusal_text(refused.problem, address)) from None
    if not PASSWORDS.save_in_keyring(address, password):
        raise CommandError("the system keyring refused to keep the password (is it locked?)")
    print(f"the password for {address.label()} is kept in the system keyring")
    return 0


def run_forget(args: argparse.Namespace) -> int:
    address = _address(split_password(args.db)[0])
    if PASSWORDS.forget(address):
        print(f"the password for {address.label()} was removed from the system keyring")
    else:
        print(f"no password was kept for {address.label()}")
    return 0
