"""Placeholder replaced by the person dashboard view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from learnorg_desktop.storage.database import Database


class PersonView(QWidget):
    """Placeholder."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        QVBoxLayout(self).addWidget(QLabel("PersonView"))
