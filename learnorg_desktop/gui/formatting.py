"""Numbers shown to users, formatted by the current locale (decimal comma and "10 %" in French), and its language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def number(value: float, decimals: int = 0) -> str:
    """1234.5 -> "1 234,5" in French, "1,234.5" in English."""
    return QLocale().toString(float(value), "f", decimals)


def percent(ratio: float | None, decimals: int = 0) -> str:
    """0.1 -> "10 %" in French (narrow no-break space), "10%" in English; "–" when unknown."""
    if ratio is None:
        return "–"
    text = number(ratio * 100, decimals)
    french = QLocale().language() == QLocale.Language.French
    return f"{text}\u202f%" if french else f"{text}%"


def ui_language() -> str:
    """"fr" or "en": the interface's language (catalogues, templates, questionnaires and files follow it)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def date_time(moment: datetime) -> str:
    """A UTC (or aware) moment in the user's time zone and short format: "04/12/2026 14:05"."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
