"""The yearly reminder to review departed people's data: a small notice in the status bar, never a modal box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QToolButton, QWidget

from learnorg_desktop.gui import colours
from learnorg_desktop.services import privacy
from learnorg_desktop.storage.database import Database


class RetentionNotice(QWidget):
    """"Yearly review of personal data: 4 people left more than 3 years ago. [Review now] [×]"."""

    def __init__(self, due: int, years: int, on_review: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a plain QWidget paints no stylesheet
        self._due, self._years = due, years
        self.label = QLabel()
        self.review_button, self.close_button = QPushButton(), QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.review_button.clicked.connect(lambda: (self.hide(), on_review()))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.label, self.review_button, self.close_button):
            layout.addWidget(widget)
        colours.keep_styled(self, lambda: colours.notice_style("#retentionNotice", radius=3))
        self.retranslate()

    def retranslate(self) -> None:
        if self._due == 1:
            text = self.tr("Yearly review of personal data: 1 person left more than %1 years ago.")
        else:
            text = self.tr("Yearly review of personal data: %Ln people left more than %1 years ago.", "", self._due)
        self.label.setText(text.replace("%1", str(self._years)))
        self.label.setToolTip(self.label.text())  # the status bar may cut the sentence on a narrow window
        self.review_button.setText(self.tr("Review now"))
        self.close_button.setToolTip(self.tr("Remind me next time"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_retention_notice(status_bar: QStatusBar, db: Database, on_review: Callable[[], object],
                          today: date | None = None) -> RetentionNotice | None:
    """Replace any previous notice; add one when the yearly review is due, someone is due for anonymisation
    (with nobody due there is nothing to review: no notice on a new database) and this window may write."""
    for old in status_bar.findChildren(RetentionNotice):
        status_bar.removeWidget(old)
        old.setParent(None)  # gone from the bar at once, not at the next event loop turn
        old.deleteLater()
    if db.read_only:
        return None
    today = today or date.today()
    with db.read() as session:
        if not privacy.retention_reminder_due(session, today):
            return None
        years = privacy.retention_years(session)
        due = len(privacy.people_due_for_anonymisation(session, today, years))
    if not due:
        return None
    notice = RetentionNotice(due, years, on_review, status_bar)
    status_bar.addWidget(notice)
    return notice
