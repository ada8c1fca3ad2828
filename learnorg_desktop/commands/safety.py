"""`learnorg backup`, `learnorg restore` and `learnorg check`: the database's safety net from the command line."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from learnorg_desktop.app import resolve_db
from learnorg_desktop.commands.common import CommandError, add_db_option, open_db
from learnorg_desktop.storage.backup import BackupError, backup_to
from learnorg_desktop.storage.backups import list_backups, problems, restore, take_backup
from learnorg_desktop.storage.lock import DatabaseLockedError, WriterLock
from learnorg_desktop.storage.server_backup import default_dump_path, restore_hint


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser(
        "backup", help="back up the database now (online: safe while the app runs; pg_dump for a server)")
    add_db_option(backup, required=True)
    backup.add_argument("--to", metavar="FILE", help="write the backup there (default: the automatic backups folder)")
    backup.add_argument("--list", action="store_true", help="list the automatic backups instead, newest first")
    backup.set_defaults(handler=run_backup)
    restoring = subparsers.add_parser("restore", help="replace the database by a backup (checked first; the "
                                                      "current state is backed up before)")
    restoring.add_argument("backup", metavar="FILE", help="the backup file to restore")
    add_db_option(restoring, required=True)
    restoring.set_defaults(handler=run_restore)
    check = subparsers.add_parser("check", help="check the database's integrity (exit 1 with the reason if damaged)")
    add_db_option(check, required=True)
    check.set_defaults(handler=run_check)


def _file(args: argparse.Namespace, refusal: str) -> Path:
    target = resolve_db(args.db)
    if "://" in target:
        raise CommandError(refusal)
    return Path(target)


def _dump_server(args: argparse.Namespace) -> int:
    """`learnorg backup --db postgresql+psycopg://…`: pg_dump, then how to restore the dump."""
    if args.list:
        raise CommandError("a server keeps no automatic backups here: list your dump files, or ask the server's "
                           "administrator about the server's own backups")
    db = open_db(args)
    try:
        url = db.engine.url
        dest = Path(args.to) if args.to else default_dump_path(url.database or "learnorg", datetime.now(UTC))
        written = backup_to(db, dest)  # pg_dump for a server database
    except (BackupError, OSError) as error:
        raise CommandError(f"backup failed: {error}") from error
    finally:
        db.close()
    print(f"backup written to {written} (pg_dump, custom format)")
    print(f"to restore it into an empty database: {restore_hint(url, written)}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    if "://" in resolve_db(args.db):
        return _dump_server(args)
    database = _file(args, "")
    if args.list:
        for info in list_backups(database):
            print(f"{info.taken_at:%Y-%m-%d %H:%M:%S} UTC  {info.reason:<16} {info.path}")
        return 0
    db = open_db(args)
    try:
        written = backup_to(db, Path(args.to)) if args.to else take_backup(db, "manual").path
    except (BackupError, OSError) as error:
        raise CommandError(f"backup failed: {error}") from error
    finally:
        db.close()
    print(f"backup written to {written}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    database = _file(args, "a server database is restored by its administrator with pg_restore, never over the "
                           "coordinators' heads; 'learnorg backup' prints the exact command after each dump")
    lock = WriterLock(database)
    try:
        lock.acquire()  # nobody may be writing while the file is swapped
    except DatabaseLockedError as error:
        raise CommandError(f"{error}: close it before restoring") from error
    try:
        before = restore(Path(args.backup), database)
    except (BackupError, OSError) as error:
        raise CommandError(f"restore refused: {error}") from error
    finally:
        lock.release()
    print(f"restored {database} from {args.backup}")
    if before is not None:
        print(f"the replaced state was backed up to {before.path}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    database = _file(args, "a PostgreSQL server checks its own storage; its administrator can run pg_amcheck")
    found = problems(database)
    if found:
        raise CommandError(f"the database is damaged: {'; '.join(found[:5])}")
    print(f"{database}: ok")
    return 0
