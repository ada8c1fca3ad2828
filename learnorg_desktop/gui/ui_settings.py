"""UI state kept between runs (window geometry, last tab, recent databases, language): never data."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from learnorg_desktop.paths import app_paths


class UiSettings:
    """Typed access to the UI state kept between runs (never data: that lives in the database)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        path = app_paths().data_dir / "ui-settings.ini"
        self._settings = settings or QSettings(str(path), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("main_window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("main_window/geometry", value)

    def last_tab(self) -> int:
        try:
            return int(self._settings.value("main_window/last_tab", 0))
        except (TypeError, ValueError):
            return 0

    def set_last_tab(self, index: int) -> None:
        self._settings.setValue("main_window/last_tab", index)

    def recent_databases(self) -> list[str]:
        """Database locations opened lately, most recent first."""
        value = self._settings.value("files/recent", [])
        if isinstance(value, str):  # QSettings' INI format gives one string for a one-item list
            value = [value]
        return [str(item) for item in value if item] if isinstance(value, list) else []

    def set_recent_databases(self, locations: list[str]) -> None:
        self._settings.setValue("files/recent", locations)

    def language(self) -> str | None:
        """The chosen interface language ("fr", "en"), or None to follow the system."""
        value = self._settings.value("ui/language", "")
        return value if isinstance(value, str) and value else None

    def set_language(self, lang: str | None) -> None:
        self._settings.setValue("ui/language", lang or "")

    def sync(self) -> None:
        self._settings.sync()
