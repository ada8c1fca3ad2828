"""Translated names of session formats and statuses, and the local date-time of a session."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from learnorg_desktop.enums import SessionFormat, SessionStatus

translate = QCoreApplication.translate  # lupdate only sees translate("Context", "text") calls


def format_label(value: SessionFormat) -> str:
    labels = {
        SessionFormat.WORKSHOP: translate("SessionLabels", "Workshop"),
        SessionFormat.LUNCH_AND_LEARN: translate("SessionLabels", "Lunch-and-learn"),
        SessionFormat.MENTORING: translate("SessionLabels", "Mentoring pair"),
        SessionFormat.COMMUNITY_MEETING: translate("SessionLabels", "Community-of-practice meeting"),
        SessionFormat.FIELD_VISIT: translate("SessionLabels", "Field visit"),
        SessionFormat.ONLINE_MODULE: translate("SessionLabels", "Online module"),
        SessionFormat.BLENDED: translate("SessionLabels", "Blended"),
    }
    return labels[SessionFormat(value)]


def session_status_label(value: SessionStatus) -> str:
    labels = {
        SessionStatus.PLANNED: translate("SessionLabels", "Planned"),
        SessionStatus.HELD: translate("SessionLabels", "Held"),
        SessionStatus.CANCELLED: translate("SessionLabels", "Cancelled"),
    }
    return labels[SessionStatus(value)]


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime (shown in local time by Qt)."""
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def local_datetime(value: datetime) -> str:
    """A session's start in the user's local time and short format."""
    return QLocale().toString(to_qdatetime(value).toLocalTime(), QLocale.FormatType.ShortFormat)


def from_qdatetime(value: QDateTime) -> datetime:
    """A local QDateTime as an aware datetime (the services store UTC)."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()
