"""Which database the window opens at start, and the demo database the first-run page can create."""

from __future__ import annotations

from pathlib import Path

from learnorg_desktop.gui.ui_settings import UiSettings
from learnorg_desktop.paths import app_paths
from learnorg_desktop.services.progress import Progress

DEMO_FILENAME = "demo.sqlite3"
DEMO_PEOPLE = 300


def startup_location(settings: UiSettings, *, smoke_test: bool = False) -> str | None:
    """The default database when it exists, else the latest remembered one still there, else None (first run).

    Smoke tests keep the old behaviour (the default database, created when missing): nobody is there
    to answer the first-run page.
    """
    default = app_paths().default_db
    if default.is_file() or smoke_test:
        return str(default)
    return next((where for where in settings.recent_databases() if Path(where).is_file()), None)


def demo_path() -> Path:
    return app_paths().data_dir / DEMO_FILENAME


def create_demo_database(path: Path, progress: Progress) -> Path:
    """Generate the demo association into `path` (a new file); on failure or Cancel no file is left behind.

    Runs in a background task: it opens and closes its own connection and touches no widget.
    """
    from learnorg_desktop.demo import generate
    from learnorg_desktop.storage.database import Database
    from learnorg_desktop.storage.files import remove_sqlite_files

    if path.exists():  # made on an earlier try: open it as it is
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database.open(path)
    try:
        # The generator's step names are for the command line: the dialog keeps its translated label.
        generate(db, people=DEMO_PEOPLE, progress=Progress(lambda done, total, _step: progress.report(done, total)))
    except BaseException:
        db.close()
        remove_sqlite_files(path)
        raise
    db.close()
    return path
