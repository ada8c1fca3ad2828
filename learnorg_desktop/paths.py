"""Where the data, logs and backups live; every location can be overridden (--db, LEARNORG_HOME)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "LearnOrg"
DB_FILENAME = "learnorg.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The folders the application writes to."""

    data_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def app_paths() -> AppPaths:
    """The user's data folder, or LEARNORG_HOME when set (tests, portable installs)."""
    override = os.environ.get("LEARNORG_HOME")
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return AppPaths(data_dir=base)


def resources_dir() -> Path:
    """The shipped resources folder (icons, translations, templates), wheel or source tree alike."""
    from importlib.resources import files

    try:
        return Path(str(files("learnorg_desktop.resources")))
    except ModuleNotFoundError:  # running from a source checkout that was never pip-installed
        return Path(__file__).resolve().parent.parent / "resources"
