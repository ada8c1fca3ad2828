"""The first-run page, shown in place of the tabs: create, open, connect to a server, or try the demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.first_run import create_demo_database, demo_path
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.paths import resources_dir
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.progress import Progress

if TYPE_CHECKING:
    from learnorg_desktop.gui.main_window import MainWindow


class WelcomePage(QWidget):
    """Four large choices; once any of them attaches a database the window gets its tabs back.

    `window` is the main window: its own File > New and File > Open flows do the work, and its
    `database_changed` signal says when to step aside.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.demo_task: Task | None = None
        self.heading, self.intro = QLabel(), QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro.setWordWrap(True)
        self.create_button, self.open_button, self.demo_button = (QCommandLinkButton(self) for _ in range(3))
        self.server_button = QCommandLinkButton(self)
        self.create_button.clicked.connect(window.new_database)
        self.open_button.clicked.connect(window.open_database)
        self.server_button.clicked.connect(self.connect_to_server)
        self.demo_button.clicked.connect(self.try_demo)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resources_dir() / "icons" / "learnorg.svg")).pixmap(QSize(72, 72)))
        column = QWidget(self)
        column.setFixedWidth(600)  # wrapped texts get their height for this width (a free width squeezes them)
        inner = QVBoxLayout(column)
        inner.addWidget(icon)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(16)
        for button in (self.create_button, self.open_button, self.server_button, self.demo_button):
            button.setIconSize(QSize(28, 28))
            inner.addWidget(button)
        # Stretches rather than an alignment flag: an aligned item gets its plain size hint, which is too
        # short once the texts wrap; a box layout item gets its height for the width it has.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()

    @classmethod
    def install(cls, window: MainWindow) -> WelcomePage:
        """Show the page in place of the window's tabs, which come back when a database is attached."""
        tabs = window.takeCentralWidget()  # kept, not deleted, by taking it
        page = cls(window)
        window.setCentralWidget(page)

        def step_aside() -> None:
            window.database_changed.disconnect(step_aside)
            window.takeCentralWidget()
            window.setCentralWidget(tabs)
            page.deleteLater()

        window.database_changed.connect(step_aside)
        return page

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to LearnOrg Desktop"))
        self.intro.setText(self.tr(
            "Everything your association records here stays on this computer, in one database file. "
            "Start with your office's own database, open one you already have, or look around in a demo "
            "association first."))
        self.create_button.setText(self.tr("Create an office database…"))
        self.create_button.setDescription(self.tr(
            "A new, empty database for your office: headquarters or a field office."))
        self.open_button.setText(self.tr("Open an existing database…"))
        self.open_button.setDescription(self.tr("A database file made earlier, here or in another office."))
        self.server_button.setText(self.tr("Connect to a server…"))
        self.server_button.setDescription(self.tr(
            "A database shared by several coordinators on your organisation's PostgreSQL server."))
        self.demo_button.setText(self.tr("Try the demo"))
        self.demo_button.setDescription(self.tr(
            "A made-up association with people, skills, sessions and indicators, to try everything without "
            "risk."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def connect_to_server(self) -> None:
        from learnorg_desktop.gui.server_connection import connect_to_server  # loads SQLAlchemy: only when asked

        connect_to_server(self._window)

    def try_demo(self) -> None:
        """Create the demo database in the user data folder in the background, then open it."""
        path = demo_path()

        def work(progress: Progress) -> Path:
            return create_demo_database(path, progress)

        self.demo_button.setEnabled(False)
        self.demo_task = run_with_progress(self._window, self.tr("Creating the demo association…"), work,
                                           self._demo_ready, self._demo_failed, self._demo_cancelled)

    def _demo_ready(self, path: Path) -> None:
        self.demo_task = None
        self.demo_button.setEnabled(True)
        self._window.open_path(path)

    def _demo_failed(self, error: BaseException) -> None:
        self._demo_cancelled()
        text = service_error_text(error) if isinstance(error, ServiceError) else self.tr(
            "The demo could not be created: %1").replace("%1", str(error) or type(error).__name__)
        QMessageBox.warning(self, self.tr("Try the demo"), text)

    def _demo_cancelled(self) -> None:
        self.demo_task = None
        self.demo_button.setEnabled(True)
