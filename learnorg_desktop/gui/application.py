"""Start the Qt application: identity, icon, translations, locale, error hook, main window, database.

The window is shown first and the database attached right after its first paint: importing
SQLAlchemy and the models costs about 0.7 s here, which the user should not stare at a blank screen for.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from learnorg_desktop import __version__
from learnorg_desktop.gui.database_opening import open_for_window
from learnorg_desktop.gui.errors import install_excepthook
from learnorg_desktop.gui.first_run import startup_location
from learnorg_desktop.gui.main_window import MainWindow
from learnorg_desktop.gui.ui_settings import UiSettings
from learnorg_desktop.gui.welcome_page import WelcomePage
from learnorg_desktop.paths import resources_dir

if TYPE_CHECKING:
    from learnorg_desktop.storage.database import Database

LANGUAGES = ("fr", "en")
# Native styles that draw light whatever the system scheme (Windows 10's; Windows 11's own style follows it).
LIGHT_ONLY_STYLES = frozenset({"windowsvista"})


def resource_file(*parts: str) -> Path:
    """A shipped resource: inside the installed package, or the source tree's resources/ folder."""
    return resources_dir().joinpath(*parts)


def resolve_language(lang: str | None) -> str:
    """The requested language, else French when the system locale is French, else English."""
    if lang in LANGUAGES:
        return lang
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def default_locale(lang: str) -> QLocale:
    """Dates and numbers follow the system when it speaks the chosen language, else a sensible default."""
    system = QLocale.system()
    if lang == "fr":
        french = system.language() == QLocale.Language.French
        return system if french else QLocale(QLocale.Language.French, QLocale.Country.France)
    english = system.language() == QLocale.Language.English
    return system if english else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (buttons, dialogs); keep the returned list alive."""
    QLocale.setDefault(default_locale(lang))
    translators: list[QTranslator] = []
    if lang == "en":
        return translators  # the source texts are English
    candidates = (
        (f"learnorg_{lang}", resource_file("translations")),
        (f"qtbase_{lang}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def prefer_dark_capable_style(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """With a dark scheme, trade a light-only native style for Fusion, which draws the system's dark palette."""
    if scheme == Qt.ColorScheme.Dark and app.style().name().lower() in LIGHT_ONLY_STYLES:
        app.setStyle("Fusion")


def follow_colour_scheme(app: QApplication) -> None:
    """Respect the system's dark mode now and when the user switches it while the application runs."""
    prefer_dark_capable_style(app, app.styleHints().colorScheme())
    app.styleHints().colorSchemeChanged.connect(lambda scheme: prefer_dark_capable_style(app, scheme))


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


class FirstPaintWatcher(QObject):
    """Calls `then()` once, just after the window's first paint has put its pixels on screen."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            QTimer.singleShot(0, then)  # after the paint handler has run
        return False


def _needs_office(db: Database) -> bool:
    from learnorg_desktop.services import organisation

    with db.read() as session:
        return organisation.local_office_uuid(session) is None


def run(db_location: str | None, lang: str | None, log_file: Path, exit_after_paint: bool = False) -> int:
    """Run the window on `db_location` until it closes; 1 when the database cannot be opened.

    Without a location the default database opens, else the latest remembered one; on the very first
    run (neither exists) the window shows the first-run page instead.

    With `exit_after_paint` (benchmarks, packaging smoke tests) it prints `first-paint-epoch=<time>`
    after the first paint and `ready-epoch=<time>` once the people list is shown, then quits.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LearnOrg Desktop")
    app.setOrganizationName("LearnOrg")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_file("icons", "learnorg.svg"))))
    follow_colour_scheme(app)
    settings = UiSettings()
    translators = install_translators(app, resolve_language(lang or settings.language()))  # --lang wins
    location = db_location or startup_location(settings, smoke_test=exit_after_paint)
    window = MainWindow(settings=settings)
    previous_hook = sys.excepthook
    failed = False
    if exit_after_paint:
        # Smoke tests have nobody to click a dialog away: report the error and stop.
        def smoke_hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
            nonlocal failed
            failed = True
            traceback.print_exception(kind, error, tb, file=sys.stderr)
            QApplication.exit(1)

        sys.excepthook = smoke_hook
    else:
        install_excepthook(log_file, lambda: window)

    def attach_database(where: str) -> None:
        nonlocal failed
        if exit_after_paint:
            print(f"first-paint-epoch={time.time()}", flush=True)
        elif where.startswith("postgresql"):
            # A server may first want a password: the connect dialog, filled in from --db, says why and asks it.
            from learnorg_desktop.gui.server_connection import connect_to_server

            connect_to_server(window, where, try_first=True, on_give_up=lambda: WelcomePage.install(window))
            return
        opened = open_for_window(where, window, quiet=exit_after_paint)
        if opened is None:
            failed = True
            window.close()
            return
        db = opened.db
        window.attach(opened)
        if exit_after_paint:
            app.processEvents()  # let the people list paint
            print(f"ready-epoch={time.time()}", flush=True)
            QApplication.quit()
        elif _needs_office(db):
            QTimer.singleShot(0, window.initialise_office)

    if location is None:
        WelcomePage.install(window)
    else:
        FirstPaintWatcher(window, partial(attach_database, location))
    window.show()
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        window.close()
        window.deleteLater()
        if window.db is not None:
            window.db.close()
        remove_translators(app, translators)
    return 1 if failed else code
