"""Retention: who left long enough ago to be anonymised, the period per office, and the yearly review.

The period and the date of the last review are this office's settings, kept in `database_info` (never exchanged).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.models import DatabaseInfo, Office, Person
from learnorg_desktop.services.errors import ValidationError

DEFAULT_RETENTION_YEARS = 3
_YEARS_KEY = "privacy_retention_years"
_REVIEWED_KEY = "privacy_retention_reviewed_on"


@dataclass(frozen=True)
class DuePerson:
    """Someone who left long enough ago to be anonymised."""

    id: int
    uuid: str
    name: str
    kind: PersonKind
    office_code: str | None
    departure_date: date


def _get(session: Session, key: str) -> str | None:
    return session.scalar(select(DatabaseInfo.value).where(DatabaseInfo.key == key))


def _put(session: Session, key: str, value: str) -> None:
    session.merge(DatabaseInfo(key=key, value=value))
    session.flush()


def retention_years(session: Session) -> int:
    """How many years after their departure people are listed for anonymisation (default 3)."""
    stored = _get(session, _YEARS_KEY)
    return int(stored) if stored and stored.isdigit() else DEFAULT_RETENTION_YEARS


def set_retention_years(session: Session, years: int) -> None:
    if not 1 <= years <= 50:
        raise ValidationError("retention_years", "choose between 1 and 50 years", code="bad_retention_years")
    _put(session, _YEARS_KEY, str(years))


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def people_due_for_anonymisation(session: Session, today: date, years: int | None = None) -> list[DuePerson]:
    """People who left more than `years` (default: the setting) years before `today`, not yet anonymised."""
    cutoff = years_before(today, retention_years(session) if years is None else years)
    stmt = (
        select(Person.id, Person.uuid, Person.first_name, Person.last_name, Person.kind, Office.code,
               Person.departure_date)
        .outerjoin(Office, Office.id == Person.office_id)
        .where(Person.deleted.is_(False), Person.anonymised_at.is_(None), Person.departure_date < cutoff)
        .order_by(Person.departure_date, Person.sort_name, Person.id)
    )
    return [DuePerson(r.id, r.uuid, f"{r.first_name} {r.last_name}".strip(), r.kind, r.code, r.departure_date)
            for r in session.execute(stmt)]


def retention_reviewed_on(session: Session) -> date | None:
    stored = _get(session, _REVIEWED_KEY)
    try:
        return date.fromisoformat(stored) if stored else None
    except ValueError:
        return None


def retention_reminder_due(session: Session, today: date) -> bool:
    """True when the yearly review of departed people was never done, or more than a year ago."""
    reviewed = retention_reviewed_on(session)
    return reviewed is None or reviewed < years_before(today, 1)


def mark_retention_reviewed(session: Session, today: date) -> None:
    _put(session, _REVIEWED_KEY, today.isoformat())
