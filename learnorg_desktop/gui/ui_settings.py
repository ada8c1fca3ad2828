"""UI state kept between runs (window geometry, last tab): never data, which lives in the database."""

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

    def sync(self) -> None:
        self._settings.sync()
