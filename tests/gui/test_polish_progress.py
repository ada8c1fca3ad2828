"""Progress and Cancel on the long operations (issue #10): restore, "Back up now", matching, inviting an office.

Each runs through a Task behind the progress dialog; Cancel is made deterministic by hooking the Task's
Progress so that it asks to stop at a chosen step, and must leave the data as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton, QWidget
from sqlalchemy import func, select

from learnorg_desktop.demo import generate
from learnorg_desktop.enums import PersonKind, SessionStatus
from learnorg_desktop.gui import tasks
from learnorg_desktop.gui.database_opening import open_for_window
from learnorg_desktop.gui.dialogs.backups_dialog import BackupsDialog
from learnorg_desktop.gui.dialogs.session_people_dialogs import InviteDialog
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.tabs.needs_tab import NeedsTab
from learnorg_desktop.models import KnowledgeSession, Office, SessionAttendance
from learnorg_desktop.services import people, talent
from learnorg_desktop.services.people import PersonInput
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.backups import backup_folder, list_backups
from learnorg_desktop.storage.database import Database

Hook = Callable[[Progress, int, int], None]


@dataclass
class Steps:
    """What the hooked Progress of every Task does in the worker: `before` and `after` each report."""

    before: Hook | None = None
    after: Hook | None = None
    reports: list[tuple[int, int]] = field(default_factory=list)


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> Steps:
    hooks = Steps()

    class Hooked(Progress):
        def report(self, done: int, total: int, message: str = "") -> None:
            hooks.reports.append((done, total))
            if hooks.before is not None:
                hooks.before(self, done, total)
            super().report(done, total, message)
            if hooks.after is not None:
                hooks.after(self, done, total)

    monkeypatch.setattr(tasks, "Progress", Hooked)
    return hooks


@dataclass
class Dialogs:
    """The titles of the progress dialogs that appeared; `appeared` is set by the first one shown."""

    titles: list[str] = field(default_factory=list)
    appeared: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Progress dialogs shown at once (no grace period), so a test sees them however fast its machine."""
    seen = Dialogs()

    class Immediate(QProgressDialog):
        def setMinimumDuration(self, _ms: int) -> None:
            super().setMinimumDuration(0)

        def showEvent(self, event: QShowEvent) -> None:
            super().showEvent(event)
            seen.titles.append(self.windowTitle())  # the dialog itself is deleted once done
            seen.appeared.set()

    monkeypatch.setattr(tasks, "QProgressDialog", Immediate)
    return seen


def wait_for_dialog(dialogs: Dialogs) -> Hook:
    """A `before` hook: the worker waits at its first report until the progress dialog is on screen."""
    return lambda _progress, _done, _total: None if dialogs.appeared.wait(10) else pytest.fail("no dialog")


def cancel_at(step: int | None) -> Hook:
    """A `before` hook: the user presses Cancel just as the work reaches `step` (None: its first report)."""
    return lambda progress, done, _total: progress.cancel() if step is None or done == step else None


# --- restore and "Back up now" ----------------------------------------------------------------------------

def _count(db: Database) -> int:
    with db.read() as session:
        return people.count(session)


@pytest.fixture
def window(qtbot, db: Database, db_path: Path) -> MainWindow:
    """A window on a database with one person and its start-up backup, then a second person added."""
    with db.transaction() as session:
        people.create(session, PersonInput(PersonKind.STAFF, "Présente", "Anaïs"))
    db.close()
    main = MainWindow()
    qtbot.addWidget(main)
    opened = open_for_window(str(db_path), main)
    assert opened is not None
    main.attach(opened)
    main.show()
    qtbot.waitUntil(lambda: main.safety.net.pending == 0, timeout=10000)
    assert main.db is not None
    with main.db.transaction() as session:
        people.create(session, PersonInput(PersonKind.VOLUNTEER, "Ajoutée", "Zoé"))
    return main


def _restore(qtbot, window: MainWindow, db_path: Path) -> bool:
    start = next(b for b in list_backups(db_path) if b.reason == "start")
    with qtbot.waitSignal(window.safety.restored, timeout=20000) as ended:
        assert window.safety.restore_backup(start.path, confirm=False)
    return bool(ended.args[0])


def _leftovers(db_path: Path) -> list[Path]:
    return [*db_path.parent.glob("*.restoring*"), *backup_folder(db_path).glob("*.part")]


def test_restore_runs_behind_a_progress_dialog(qtbot, window: MainWindow, db_path: Path, steps: Steps,
                                               dialogs: Dialogs) -> None:
    steps.before = wait_for_dialog(dialogs)
    assert _restore(qtbot, window, db_path)
    assert dialogs.titles == ["Restoring a backup…"]
    assert window.db is not None and _count(window.db) == 1
    assert "before-restore" in [b.reason for b in list_backups(db_path)]
    assert [done for done, _total in steps.reports] == [0, 1, 2, 3, 4]
    assert _leftovers(db_path) == []
    window.close()


@pytest.mark.parametrize("step", [0, 2, 4])  # checking the backup, checking the copy, the last check
def test_cancelling_a_restore_leaves_the_database_as_it_was(qtbot, window: MainWindow, db_path: Path,
                                                            steps: Steps, step: int) -> None:
    before = list_backups(db_path)
    steps.before = cancel_at(step)
    assert not _restore(qtbot, window, db_path)
    assert window.db is not None and _count(window.db) == 2  # still open, still the same data
    assert list_backups(db_path) == before  # no "before-restore" backup left for a restore that did not happen
    assert _leftovers(db_path) == []
    window.close()


def test_the_last_step_of_a_restore_cannot_be_cancelled(qtbot, window: MainWindow, db_path: Path,
                                                        steps: Steps) -> None:
    buttons: list[bool] = []
    steps.after = lambda progress, done, _total: progress.cancel() if done == 4 else None  # a click too late
    start = next(b for b in list_backups(db_path) if b.reason == "start")
    with qtbot.waitSignal(window.safety.restored, timeout=20000) as ended:
        assert window.safety.restore_backup(start.path, confirm=False)
        task = window.safety.restoring
        assert task is not None and task.dialog is not None
        dialog = task.dialog
        task.progressed.connect(lambda done, _total, _text: buttons.extend(
            b.isEnabled() for b in dialog.findChildren(QPushButton)) if done == 4 else None)
    assert ended.args == [True]  # the swap went through: never half-restored
    assert buttons == [False]  # Cancel greyed out once the backup is being put in place
    assert window.db is not None and _count(window.db) == 1
    window.close()


def _back_up_now(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Open File > Backups, press "Back up now", wait for it; the reasons listed afterwards."""
    listed: list[str] = []

    def drive(dialog: BackupsDialog) -> int:
        dialog.now_button.click()
        assert dialog.task is not None
        qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
        listed.extend(b.reason for b in dialog.model.rows())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BackupsDialog, "exec", drive)
    window.safety.show_backups()
    return listed


def test_back_up_now_runs_behind_a_progress_dialog(qtbot, window: MainWindow, db_path: Path, steps: Steps,
                                                   dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    steps.before = wait_for_dialog(dialogs)
    window.backup_label.setText("")
    listed = _back_up_now(qtbot, window, monkeypatch)
    assert dialogs.titles == ["Backing up…"]
    assert listed[0] == "manual" and list_backups(db_path)[0].reason == "manual"
    assert window.backup_label.text().startswith("Last backup: ")
    window.close()


def test_cancelling_back_up_now_writes_nothing(qtbot, window: MainWindow, db_path: Path, steps: Steps,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    before = list_backups(db_path)
    steps.before = cancel_at(None)  # the copy reports pages: a small file is one chunk, all its pages at once
    listed = _back_up_now(qtbot, window, monkeypatch)
    assert "manual" not in listed and list_backups(db_path) == before
    assert _leftovers(db_path) == []
    window.close()


# --- matching and invitations: a small demo association -------------------------------------------------------

@pytest.fixture
def demo(tmp_path: Path) -> Database:
    database = Database.open(tmp_path / "demo.sqlite3")
    generate(database, people=120, seed=3)
    yield database
    database.close()


@pytest.fixture
def needs_tab(qtbot, demo: Database) -> NeedsTab:
    widget = NeedsTab(demo)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not any(v.pending for v in (widget.warning_panel, *widget.all_views())), timeout=10000)
    return widget


def test_matching_runs_behind_a_progress_dialog(qtbot, needs_tab: NeedsTab, demo: Database, steps: Steps,
                                                dialogs: Dialogs) -> None:
    steps.before = wait_for_dialog(dialogs)
    view = needs_tab.matching_view
    needs_tab.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.pending == 0, timeout=20000)
    assert dialogs.titles == ["Matching needs with the people who can teach…"]
    with demo.read() as session:
        expected = [m.need.id for m in talent.match_needs(session, date.today())]
    assert expected and [m.need.id for m in view.model.rows()] == expected
    assert not view.again_button.isVisibleTo(view)


def test_cancelled_matching_offers_to_match_again(qtbot, needs_tab: NeedsTab, steps: Steps) -> None:
    steps.before = cancel_at(0)
    view = needs_tab.matching_view
    needs_tab.views.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.pending == 0, timeout=20000)
    assert view.cancelled and view.model.rowCount() == 0
    assert view.again_button.isVisibleTo(view) and "cancelled" in view.detail.text()
    steps.before = None
    view.again_button.click()
    qtbot.waitUntil(lambda: view.pending == 0, timeout=20000)
    assert view.model.rowCount() > 0 and not view.cancelled
    assert not view.again_button.isVisibleTo(view)


def _open_session(demo: Database) -> int:
    with demo.read() as session:
        return session.scalars(select(KnowledgeSession.id).where(
            KnowledgeSession.capacity.is_(None), KnowledgeSession.status != SessionStatus.CANCELLED,
            KnowledgeSession.deleted.is_(False)).order_by(KnowledgeSession.id)).first()


def _invited(demo: Database, session_id: int) -> int:
    with demo.read() as session:
        return session.scalar(select(func.count()).select_from(SessionAttendance).where(
            SessionAttendance.session_id == session_id, SessionAttendance.deleted.is_(False))) or 0


def _invite_dialog(qtbot, demo: Database, session_id: int) -> InviteDialog:
    """Opened as the sessions view opens it: over a window, deleted once closed."""
    window = QWidget()
    qtbot.addWidget(window)
    dialog = InviteDialog(demo, session_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.window_for_test = window  # type: ignore[attr-defined]  # qtbot holds widgets weakly: keep it alive
    with demo.read() as session:
        hq = session.scalar(select(Office.id).where(Office.code == "HQ"))
    dialog.pages.setCurrentIndex(0)
    dialog.office_combo.setCurrentIndex(dialog.office_combo.findData(hq))
    dialog.show()
    return dialog


def test_inviting_an_office_runs_behind_a_progress_dialog(qtbot, demo: Database, steps: Steps,
                                                          dialogs: Dialogs) -> None:
    session_id = _open_session(demo)
    before = _invited(demo, session_id)
    dialog = _invite_dialog(qtbot, demo, session_id)
    steps.before = wait_for_dialog(dialogs)
    added: list[int] = []
    dialog.saved.connect(lambda: added.append(dialog.added))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.save()
    qtbot.waitUntil(lambda: bool(gone), timeout=20000)  # accepted, then deleted as the sessions view's are
    assert dialogs.titles == ["Inviting…"]
    assert added[0] > 0 and _invited(demo, session_id) == before + added[0]


def test_cancelling_invitations_invites_nobody(qtbot, demo: Database, steps: Steps) -> None:
    session_id = _open_session(demo)
    before = _invited(demo, session_id)
    dialog = _invite_dialog(qtbot, demo, session_id)
    steps.before = cancel_at(0)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert _invited(demo, session_id) == before and dialog.added == 0
    assert dialog.isVisible() and dialog.error_label.text() == "Cancelled: nobody was invited."
