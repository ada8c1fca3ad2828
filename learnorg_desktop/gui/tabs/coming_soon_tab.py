"""A tab whose feature comes in a later version: it says what it will do, nothing more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingSoonTab(QWidget):
    """A heading and a short, honest explanation; the main window sets the (translated) texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(640)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def set_texts(self, heading: str, body: str) -> None:
        self.heading.setText(heading)
        self.body.setText(body)
