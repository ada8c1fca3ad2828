"""File > Open Recent: the databases opened lately, kept with the UI settings, most recent first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from learnorg_desktop.gui.ui_settings import UiSettings

MAX_RECENT = 8


def with_recent(locations: list[str], location: str, limit: int = MAX_RECENT) -> list[str]:
    """`location` first, without duplicates (paths compared resolved), at most `limit` entries."""
    key = _key(location)
    return [location, *(item for item in locations if _key(item) != key)][:limit]


def _key(location: str) -> str:
    if is_server(location):
        return location
    try:
        return str(Path(location).resolve())
    except OSError:
        return location


def is_available(location: str) -> bool:
    # A server is not probed here: the menu must open at once, and a connection attempt can take seconds.
    return is_server(location) or Path(location).is_file()


def is_server(location: str) -> bool:
    return "://" in location


def server_label(location: str) -> str:
    """user@host:port/database for a server URL, read without SQLAlchemy (the menu is built before it loads)."""
    parts = urlsplit(location)
    query = parse_qs(parts.query)
    host = parts.hostname or query.get("host", [""])[0]
    port = parts.port or query.get("port", ["5432"])[0]
    return f"{unquote(parts.username or '')}@{host}:{port}/{unquote(parts.path.lstrip('/'))}"


class RecentDatabasesMenu(QMenu):
    """The submenu; `open_location(path)` is the window's own File > Open path (lock, refusals).

    A server entry is a password-less URL: choosing it emits `server_chosen(url)` for the window to connect.
    """

    server_chosen = Signal(str)

    def __init__(self, settings: UiSettings, open_location: Callable[[Path], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings, self._open = settings, open_location
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.rebuild)  # a file may have appeared or gone since the last look
        self.rebuild()
        self.retranslate()

    def remember(self, location: str) -> None:
        """Put `location` (a database file or a server URL just opened) at the top of the list."""
        if is_server(location):
            from learnorg_desktop.storage.credentials import split_password  # loaded by now: a database is open

            location = split_password(location)[0]  # never a password in the settings file
        self._settings.set_recent_databases(with_recent(self._settings.recent_databases(), location))
        self._settings.sync()
        self.rebuild()

    def _choose(self, location: str) -> None:
        if is_server(location):
            self.server_chosen.emit(location)
        else:
            self._open(Path(location))

    def clear_list(self) -> None:
        self._settings.set_recent_databases([])
        self._settings.sync()
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        locations = self._settings.recent_databases()
        for number, location in enumerate(locations, start=1):
            # &1..&8 give keyboard access; a missing file stays listed, greyed, in case its drive comes back.
            text = server_label(location) if is_server(location) else location
            shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 480)
            action = self.addAction(f"&{number} {shown.replace('&', '&&')}")
            action.setData(location)
            action.setToolTip(text)
            action.setEnabled(is_available(location))
            action.triggered.connect(lambda _checked=False, where=location: self._choose(where))
        if locations:
            self.addSeparator()
        self.clear_action = self.addAction("")
        self.clear_action.triggered.connect(self.clear_list)
        self.clear_action.setEnabled(bool(locations))
        self.setEnabled(bool(locations))
        self._retranslate_actions()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Open &Recent"))
        self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        self.clear_action.setText(self.tr("&Clear list"))
        for action in self.actions():
            location = action.data()
            if isinstance(location, str) and not action.isEnabled():
                action.setToolTip(location + "\n" + self.tr("This file is not there any more (a drive or share "
                                                             "that is not connected?)"))
