"""File › Back up database…: a copy of the SQLite file, or pg_dump for a server database, in the background."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.paths import app_paths

if TYPE_CHECKING:
    from learnorg_desktop.storage.database import Database

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls
DB_FILTER = "LearnOrg (*.sqlite3 *.sqlite *.db);;*"
DUMP_FILTER = "PostgreSQL (*.dump);;*"


def backup_database(window: QMainWindow, db: Database) -> Task | None:
    """Ask where, then write the backup off the UI thread; the running task (None when the user cancelled)."""
    from learnorg_desktop.storage.backup import backup_to
    from learnorg_desktop.storage.server_backup import default_dump_path, restore_hint

    on_server = db.engine.url.get_backend_name() != "sqlite"
    if on_server:
        default = default_dump_path(db.engine.url.database or "learnorg", datetime.now(UTC))
    else:
        default = app_paths().backup_dir / f"learnorg-{date.today():%Y-%m-%d}.sqlite3"
    title = translate("BackupAction", "Back up database")
    path, _ = QFileDialog.getSaveFileName(window, title, str(default), DUMP_FILTER if on_server else DB_FILTER)
    if not path:
        return None
    target = Path(path)

    def failed(error: BaseException) -> None:  # BackupError or OSError: the path, the disk or pg_dump refused
        text = translate("BackupAction", "The backup failed:\n%1").replace("%1", str(error))
        QMessageBox.warning(window, title, text)

    def done(written: Path) -> None:
        message = translate("BackupAction", "Backup written to %1").replace("%1", str(written))
        window.statusBar().showMessage(message, 8000)
        if on_server:  # the one moment the administrator's command is worth showing
            QMessageBox.information(window, title, translate(
                "BackupAction", "The server's database was saved by pg_dump to:\n%1\n\nTo put it back into an empty "
                "database, the server's administrator runs:\n%2").replace("%1", str(written))
                .replace("%2", restore_hint(db.engine.url, written)))

    # About a second at 50,000 people, longer with many documents: off the UI thread. The copy itself
    # cannot stop half-way; Cancel takes effect once it is written (the backup stays whole).
    return run_with_progress(window, translate("BackupAction", "Backing up…"), lambda _progress: backup_to(db, target),
                             done, failed)
