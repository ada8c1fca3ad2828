"""File > Open Recent: the databases opened lately, kept with the UI settings, most recent first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from learnorg_desktop.gui.ui_settings import UiSettings

MAX_RECENT = 8


def with_recent(locations: list[str], location: str, limit: int = MAX_RECENT) -> list[str]:
    """`location` first, without duplicates (paths compared resolved), at most `limit` entries."""
    key = _key(location)
    return [location, *(item for item in locations if _key(item) != key)][:limit]


def _key(location: str) -> str:
    try:
        return str(Path(location).resolve())
    except OSError:
        return location


def is_available(location: str) -> bool:
    return Path(location).is_file()


class RecentDatabasesMenu(QMenu):
    """The submenu; `open_location(path)` is the window's own File > Open path (lock, refusals)."""

    def __init__(self, settings: UiSettings, open_location: Callable[[Path], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings, self._open = settings, open_location
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.rebuild)  # a file may have appeared or gone since the last look
        self.rebuild()
        self.retranslate()

    def remember(self, location: str) -> None:
        """Put `location` (a database file just opened) at the top of the list; server addresses are not kept."""
        if "://" in location:
            return
        self._settings.set_recent_databases(with_recent(self._settings.recent_databases(), location))
        self._settings.sync()
        self.rebuild()

    def clear_list(self) -> None:
        self._settings.set_recent_databases([])
        self._settings.sync()
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        locations = self._settings.recent_databases()
        for number, location in enumerate(locations, start=1):
            # &1..&8 give keyboard access; a missing file stays listed, greyed, in case its drive comes back.
            shown = self.fontMetrics().elidedText(location, Qt.TextElideMode.ElideMiddle, 480)
            action = self.addAction(f"&{number} {shown.replace('&', '&&')}")
            action.setData(location)
            action.setToolTip(location)
            action.setEnabled(is_available(location))
            action.triggered.connect(lambda _checked=False, where=location: self._open(Path(where)))
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
