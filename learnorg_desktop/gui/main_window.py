"""The main window: a thin shell of tabs, menus and a status bar that routes signals between tabs.

The shell is built from Qt alone so it paints at once; the database layer (SQLAlchemy) is imported
when a database is attached with `set_database`, right after the first paint.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from learnorg_desktop import __version__
from learnorg_desktop.gui.change_watch import ChangeWatch
from learnorg_desktop.gui.database_opening import OpenedDatabase, create_database, open_for_window
from learnorg_desktop.gui.dialogs.new_database_dialog import NewDatabaseDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.exchange.exchange_controller import ExchangeController
from learnorg_desktop.gui.tabs.coming_soon_tab import ComingSoonTab
from learnorg_desktop.gui.tasks import Task
from learnorg_desktop.gui.ui_settings import UiSettings
from learnorg_desktop.gui.window_menus import WindowMenus
from learnorg_desktop.gui.window_safety import DatabaseSafety
from learnorg_desktop.paths import app_paths
from learnorg_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from learnorg_desktop.gui.tabs.dashboards_tab import DashboardsTab
    from learnorg_desktop.gui.tabs.needs_tab import NeedsTab
    from learnorg_desktop.gui.tabs.onboarding_tab import OnboardingTab
    from learnorg_desktop.gui.tabs.people_tab import PeopleTab
    from learnorg_desktop.gui.tabs.sharing_tab import SharingTab
    from learnorg_desktop.storage.database import Database
    from learnorg_desktop.storage.lock import Holder, WriterLock

log = logging.getLogger(__name__)

DB_FILTER = "LearnOrg (*.sqlite3 *.sqlite *.db);;*"
AREAS = ("people", "needs", "onboarding", "sharing", "dashboards")  # tab order


class MainWindow(QMainWindow):
    """Five tabs (People, Needs mapping, Onboarding, Knowledge sharing, Dashboards) over one database."""

    database_changed = Signal(str)

    def __init__(self, db: Database | None = None, settings: UiSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.people_tab: PeopleTab | None = None
        self.onboarding_tab: OnboardingTab | None = None
        self.needs_tab: NeedsTab | None = None
        self.sharing_tab: SharingTab | None = None
        self.dashboards_tab: DashboardsTab | None = None
        self._lock: WriterLock | None = None  # held while this window may write to the database
        self.safety = DatabaseSafety(self, lambda: self.db, self._reopen)
        # After an import or a resolved conflict every tab may show changed data: rebuild them.
        self.exchange = ExchangeController(self, lambda: self.db, lambda: self.db and self.set_database(self.db))
        self._settings = settings or UiSettings()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._opening = ComingSoonTab(self)  # stands in for the people tab until a database is attached
        self.tabs.addTab(self._opening, "")
        self.coming_soon = [ComingSoonTab(self) for _ in range(4)]
        for tab in self.coming_soon:
            self.tabs.addTab(tab, "")
        self.office_label, self.path_label = QLabel(), QLabel()
        self.backup_label = self.safety.label
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.path_label)
        self.statusBar().addPermanentWidget(self.office_label)
        self._build_menus()
        self.change_watch = ChangeWatch(self)  # lists follow what others save; View › Refresh
        self.retranslate()
        self._restore_state()
        if db is not None:
            self.set_database(db)

    # --- building ------------------------------------------------------------------------------
    def _make_people_tab(self, db: Database) -> PeopleTab:
        from learnorg_desktop.gui.tabs.people_tab import PeopleTab

        tab = PeopleTab(db, self)
        tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        return tab

    def _build_menus(self) -> None:
        """The menu bar lives in WindowMenus; its menus and actions stay reachable under their old names."""
        self.menus = menus = WindowMenus(self, self._settings)
        self.new_action, self.open_action, self.recent_menu = menus.new_action, menus.open_action, menus.recent_menu
        self.import_action, self.backup_action, self.backups_action = (menus.import_action, menus.backup_action,
                                                                       menus.backups_action)
        self.export_action, self.exchange_action = menus.export_action, menus.exchange_action
        self.quit_action, self.about_action, self.undo = menus.quit_action, menus.about_action, menus.undo
        self.file_menu, self.edit_menu, self.settings_menu = menus.file_menu, menus.edit_menu, menus.settings_menu
        self.language_menu, self.help_menu = menus.language_menu, menus.help_menu

    def retranslate(self) -> None:
        titles = (self.tr("People"), self.tr("Needs mapping"), self.tr("Onboarding"),
                  self.tr("Knowledge sharing"), self.tr("Dashboards"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._retranslate_coming_soon()
        self.menus.retranslate()
        self.change_watch.retranslate()
        if self.people_tab is None:  # the placeholder is deleted once the people tab replaces it
            self._opening.set_texts(self.tr("Opening the database…"), "")
        if self.people_tab is not None:
            self.people_tab.retranslate()
        if self.onboarding_tab is not None:
            self.onboarding_tab.retranslate()
        if self.needs_tab is not None:
            self.needs_tab.retranslate()
        if self.sharing_tab is not None:
            self.sharing_tab.retranslate()
        if self.dashboards_tab is not None:
            self.dashboards_tab.retranslate()
        self._update_status()

    def _retranslate_coming_soon(self) -> None:
        for tab in self.coming_soon:  # until set_database puts the real tabs there
            tab.set_texts(self.tr("Opening the database…"), "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.tabs.setCurrentIndex(min(max(self._settings.last_tab(), 0), self.tabs.count() - 1))

    def closeEvent(self, event: QCloseEvent) -> None:
        for task in self.findChildren(Task):  # no job may write after the last backup and the lock's release
            task.stop()
        self._settings.set_geometry(self.saveGeometry())
        self._settings.set_last_tab(self.tabs.currentIndex())
        self._settings.sync()
        if self.db is not None:
            self.statusBar().showMessage(self.tr("Backing up…"))
            self.safety.net.backup_now(self.db, "close")
        self._set_lock(None, None)
        super().closeEvent(event)

    def _set_lock(self, lock: WriterLock | None, holder: Holder | None) -> None:
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock, self.safety.holder = lock, holder

    def _update_status(self) -> None:
        self.menus.update_state()
        self.safety.update_label()
        if self.db is None:
            self.setWindowTitle(self.tr("LearnOrg Desktop"))
            return
        from learnorg_desktop.services import organisation

        with self.db.read() as session:
            office = organisation.local_office(session)
            org_name = organisation.organisation_name(session)
        office_text = f"{office.code} – {office.name}" if office else self.tr("not set")
        self.office_label.setText(self.tr("Office: %1").replace("%1", office_text))
        self._show_location(self.db.location)
        title = self.tr("LearnOrg Desktop")
        self.setWindowTitle(f"{org_name} – {title}" if org_name else title)

    def _show_location(self, location: str) -> None:
        """The file's path, or a server database as "user@host:port/database" (the full URL in the tooltip)."""
        from learnorg_desktop.storage.credentials import ServerAddress

        try:
            shown = ServerAddress.from_url(location).label() if "://" in location else None
        except ValueError:  # no user named: libpq's default (the system user)
            shown = location
        self.path_label.setText(location if shown is None else self.tr("Server: %1").replace("%1", shown))
        self.path_label.setToolTip(location)

    # --- database ------------------------------------------------------------------------------
    def attach(self, opened: OpenedDatabase) -> None:
        """Show a database opened by `open_for_window`, keeping its writer lock (or who writes instead)."""
        self._set_lock(opened.lock, opened.holder)
        self.set_database(opened.db)
        self.safety.warn_risky_location(opened.db)

    def set_database(self, db: Database) -> None:
        """Show another database; the previous one is closed (the window owns the open database)."""
        old, self.db = self.db, db
        self.safety.net.start(db)
        index = self.tabs.currentIndex()
        old_tab = self.people_tab or self._opening
        self.people_tab = self._make_people_tab(db)
        self.tabs.removeTab(0)
        self.tabs.insertTab(0, self.people_tab, self.tr("People"))
        self._install_onboarding_tab(db)
        self._install_needs_tab(db)
        self._install_sharing_tab(db)
        self._install_dashboards_tab(db)
        self.tabs.setCurrentIndex(index)
        old_tab.deleteLater()
        if old is not None and old is not db:
            old.close()
        self._update_status()
        from learnorg_desktop.gui.privacy_notice import show_retention_notice  # yearly review of departed people

        show_retention_notice(self.statusBar(), db, self.people_tab.open_retention)
        self.database_changed.emit(db.location)

    def _install_needs_tab(self, db: Database) -> None:
        """Tab index 1: needs mapping; it follows the People tab's edits (people added, edited or leaving)."""
        from learnorg_desktop.gui.tabs.needs_tab import NeedsTab

        old = self.needs_tab
        self.needs_tab = NeedsTab(db, self)
        self.needs_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        if self.people_tab is not None:
            self.people_tab.people_changed.connect(self.needs_tab.people_changed)
        self.tabs.removeTab(1)
        self.tabs.insertTab(1, self.needs_tab, self.tr("Needs mapping"))
        if old is not None:
            old.deleteLater()

    def _install_sharing_tab(self, db: Database) -> None:
        """Tab index 3: knowledge sharing; sessions planned from a need, needs moved by sessions, people edits."""
        from learnorg_desktop.gui.tabs.sharing_tab import SharingTab

        old = self.sharing_tab
        self.sharing_tab = SharingTab(db, self)
        self.sharing_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.sharing_tab.undoable.connect(self.undo.push)
        if self.people_tab is not None:
            self.people_tab.people_changed.connect(self.sharing_tab.people_changed)
        if self.needs_tab is not None:
            self.needs_tab.plan_session_requested.connect(self.plan_session)
            self.sharing_tab.needs_changed.connect(self.needs_tab.refresh)
        self.tabs.removeTab(3)
        self.tabs.insertTab(3, self.sharing_tab, self.tr("Knowledge sharing"))
        if old is not None:
            old.deleteLater()

    def _install_dashboards_tab(self, db: Database) -> None:
        """Tab index 4: dashboards; its action plan can point to the tab where an action is done."""
        from learnorg_desktop.gui.tabs.dashboards_tab import DashboardsTab

        old = self.dashboards_tab
        self.dashboards_tab = DashboardsTab(db, self)
        self.dashboards_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.dashboards_tab.navigate_requested.connect(self.show_area)
        if self.people_tab is not None:
            self.people_tab.people_changed.connect(self.dashboards_tab.people_changed)
            self.people_tab.follow_up_requested.connect(self.show_follow_up)
        self.tabs.removeTab(4)
        self.tabs.insertTab(4, self.dashboards_tab, self.tr("Dashboards"))
        if old is not None:
            old.deleteLater()

    def show_follow_up(self, person_id: int) -> None:
        """The People tab's "Follow-up": that person's page in the Dashboards tab."""
        if self.dashboards_tab is not None:
            self.tabs.setCurrentWidget(self.dashboards_tab)
            self.dashboards_tab.show_person(person_id)

    def show_area(self, area: str) -> None:
        """Show the tab where an area's work is done ("people", "needs", "onboarding", "sharing", "dashboards")."""
        if area in AREAS:
            self.tabs.setCurrentIndex(AREAS.index(area))

    def plan_session(self, need_id: int) -> None:
        """The needs tab's "Plan a session…": show the sharing tab with the pre-filled session dialog."""
        if self.sharing_tab is not None:
            self.tabs.setCurrentWidget(self.sharing_tab)
            self.sharing_tab.plan_from_need(need_id)

    def _install_onboarding_tab(self, db: Database) -> None:
        """Tab index 2: the onboarding tab over this database (replacing the placeholder or the previous one)."""
        from learnorg_desktop.gui.tabs.onboarding_tab import OnboardingTab

        old = self.onboarding_tab
        self.onboarding_tab = OnboardingTab(db, self)
        self.onboarding_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.onboarding_tab.undoable.connect(self.undo.push)
        self.tabs.removeTab(2)
        self.tabs.insertTab(2, self.onboarding_tab, self.tr("Onboarding"))
        if old is not None:
            old.deleteLater()

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), str(app_paths().data_dir), DB_FILTER)
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite3")
        if target.exists():
            QMessageBox.warning(self, self.tr("New database"),
                                self.tr("This file already exists. Use Open database to open it."))
            return
        dialog = NewDatabaseDialog(self)
        while dialog.exec() == NewDatabaseDialog.DialogCode.Accepted:
            try:
                db = create_database(target, dialog.office())
            except ServiceError as error:
                dialog.show_error(service_error_text(error))
                continue
            db.close()
            opened = open_for_window(str(target), self)
            if opened is not None:
                self.attach(opened)
            return

    def initialise_office(self) -> None:
        """A database that belongs to no office yet (first start) asks which office it is."""
        from learnorg_desktop.services import organisation

        assert self.db is not None
        dialog = NewDatabaseDialog(self)
        dialog.setWindowTitle(self.tr("Which office is this?"))
        while dialog.exec() == NewDatabaseDialog.DialogCode.Accepted:
            office = dialog.office()
            try:
                with self.db.transaction() as session:
                    organisation.initialise(session, office_code=office.code, office_name=office.name,
                                            organisation=office.organisation, headquarters=office.headquarters)
            except ServiceError as error:
                dialog.show_error(service_error_text(error))
                continue
            self.set_database(self.db)
            return

    def open_database(self) -> None:
        folder = Path(self.db.location).parent if self.db else app_paths().data_dir
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(folder), DB_FILTER)
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        opened = open_for_window(str(path), self)
        if opened is None:
            return False
        self.attach(opened)
        return True

    def _reopen(self, location: str) -> None:
        from learnorg_desktop.storage.database import Database

        self.set_database(Database.open(location))

    def restore_backup(self, backup: Path, *, confirm: bool = True) -> bool:
        return self.safety.restore_backup(backup, confirm=confirm)

    def export_report(self) -> None:
        """File > Export report…: the dialog, then the workbook written in the background."""
        from learnorg_desktop.gui.dialogs.report_dialog import export_report

        if self.db is not None:
            self._report_export = export_report(self, self.db)

    def backup_database(self) -> None:
        from learnorg_desktop.gui.backup_action import backup_database

        if self.db is not None:
            self._backup_task = backup_database(self, self.db)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About LearnOrg Desktop"), self.tr(
            "<h3>LearnOrg Desktop %1</h3><p>An offline tool that helps small solidarity NGOs become "
            "learning organisations: who is involved and since when, what people need to learn, how "
            "newcomers are welcomed, and how knowledge is shared.</p><p>Your data stays on this "
            "computer, in one database file.</p>").replace("%1", __version__))
