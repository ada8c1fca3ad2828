"""Files that make up a SQLite database on disk."""

from __future__ import annotations

from pathlib import Path


def sqlite_files(db_path: str | Path) -> list[Path]:
    """The database file and its WAL companions."""
    path = Path(db_path)
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def remove_sqlite_files(db_path: str | Path) -> None:
    if "://" in str(db_path):
        return
    for file in sqlite_files(db_path):
        file.unlink(missing_ok=True)
