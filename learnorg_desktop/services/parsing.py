"""Parsing of user-typed values (dates, e-mails) shared by dialogs and importers."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from learnorg_desktop.services.errors import ValidationError

# Deliberately simple: one @, a dot in the domain, no spaces. Real validation is a sent e-mail.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_EXCEL_EPOCH = date(1899, 12, 30)


def normalise_email(value: str | None, field: str = "email") -> str | None:
    """Trimmed, lower-cased e-mail, None when empty; ValidationError when malformed."""
    text = (value or "").strip().lower()
    if not text:
        return None
    if not _EMAIL.match(text) or len(text) > 254:
        raise ValidationError(field, f"'{value}' is not a valid e-mail address", code="bad_email", value=value)
    return text


def parse_date(value: object, field: str = "date") -> date | None:
    """A date from ISO text, French dd/mm/yyyy, a spreadsheet serial number or a date object."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value, field)
    text = str(value).strip()
    if not text:
        return None
    try:
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            if year < 100:
                year += 2000 if year < 70 else 1900
            return date(year, month, day)
    except ValueError:
        pass
    raise ValidationError(field, f"'{text}' is not a valid date (expected dd/mm/yyyy)", code="bad_date", value=text)


def _from_serial(value: float, field: str) -> date:
    if not 1 <= value < 2958466:  # Excel's own range: 1900-01-01 .. 9999-12-31
        raise ValidationError(field, f"'{value}' is not a valid date", code="bad_date", value=value)
    return _EXCEL_EPOCH + timedelta(days=int(value))
