"""Personal data: consents, the right of erasure (anonymisation), retention, and the right of access.

Anonymising a person keeps every statistic (kind, office, role, dates, attendance, skill levels, feedback
scores) and removes who they are: the identity columns of `services.anonymous`, their own free text (need
notes, feedback comments, checklist comments and hand-over notes, check-in comments, consent notes), and
mentions of their full name ("Hélène Dubois" or "Dubois Hélène", capitals ignored) in other people's free
text. A first name alone or a nickname cannot be found reliably: docs/privacy.md asks coordinators to check.
Open consents are closed on the day. There is no audit table: `anonymised_at` on the person is the record of
the action, and the log names the person by UUID only.

The access export is read by `services.privacy_record` and written by `reports.personal_data_sheet`;
retention lives in `services.privacy_retention`. This module re-exports them: one place to call.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from learnorg_desktop.models import (
    Checklist,
    ChecklistCheckin,
    ChecklistItem,
    Consent,
    KnowledgeSession,
    LearningNeed,
    Person,
    Resource,
    SessionFeedback,
)
from learnorg_desktop.services import organisation
from learnorg_desktop.services.anonymous import ANONYMOUS_LABEL, anonymous_code, anonymous_identity
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.privacy_record import person_record
from learnorg_desktop.services.privacy_retention import (
    DEFAULT_RETENTION_YEARS,
    DuePerson,
    mark_retention_reviewed,
    people_due_for_anonymisation,
    retention_reminder_due,
    retention_reviewed_on,
    retention_years,
    set_retention_years,
    years_before,
)
from learnorg_desktop.services.text import search_key, sort_name
from learnorg_desktop.storage.types import utcnow

__all__ = [
    "DEFAULT_RETENTION_YEARS", "PURPOSES", "Anonymised", "ConsentRow", "DuePerson", "add_consent",
    "anonymise_person", "list_consents", "mark_retention_reviewed", "people_due_for_anonymisation", "person_record",
    "retention_reminder_due", "retention_reviewed_on", "retention_years", "set_retention_years", "withdraw_consent",
    "withdraw_purpose", "write_access_export", "years_before",
]

log = logging.getLogger(__name__)

# Purposes the GUI offers (with translated labels); any other wording is accepted as typed.
PURPOSES = ("contact", "photos", "data_sharing")
# Other records' free text searched for the person's full name.
_MENTION_COLUMNS: tuple[tuple[type[Any], tuple[str, ...]], ...] = (
    (Person, ("notes", "sensitive_notes")),
    (KnowledgeSession, ("description", "notes", "lessons_learned")),
    (LearningNeed, ("notes",)),
    (SessionFeedback, ("comment", "applied_comment")),
    (Checklist, ("handover_notes",)),
    (ChecklistItem, ("comment",)),
    (ChecklistCheckin, ("comment",)),
    (Resource, ("description",)),
)


# --- consents --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsentRow:
    """One consent as the person form lists it."""

    id: int
    uuid: str
    purpose: str
    given_on: date
    withdrawn_on: date | None
    note: str

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFoundError(f"person {person_id} does not exist", code="unknown_person", person=person_id)
    return person


def add_consent(session: Session, person_id: int, purpose: str, given_on: date | None, note: str = "") -> int:
    """Record that the person agreed to `purpose` on `given_on`; returns the consent's id."""
    _person(session, person_id)
    purpose = purpose.strip()
    if not purpose:
        raise ValidationError("purpose", "the purpose is required", code="required")
    if len(purpose) > 200:
        raise ValidationError("purpose", "the purpose is longer than 200 characters", code="too_long")
    if given_on is None:
        raise ValidationError("given_on", "the date of the consent is required", code="required")
    consent = Consent(person_id=person_id, purpose=purpose, given_on=given_on, note=note.strip(),
                      origin_office_uuid=organisation.local_office_uuid(session))
    session.add(consent)
    session.flush()
    return consent.id


def withdraw_consent(session: Session, consent_id: int, on: date) -> None:
    """Date the withdrawal of one consent (kept as the proof of what was agreed, and when)."""
    consent = session.get(Consent, consent_id)
    if consent is None or consent.deleted:
        raise NotFoundError(f"consent {consent_id} does not exist", code="unknown_consent")
    if consent.withdrawn_on is not None:
        raise ValidationError("withdrawn_on", "this consent is already withdrawn", code="already_withdrawn")
    if on < consent.given_on:
        raise ValidationError("withdrawn_on", "the withdrawal is before the consent", code="withdrawn_before_given")
    consent.withdrawn_on = on
    session.flush()


def withdraw_purpose(session: Session, person_id: int, purpose: str, on: date) -> int:
    """Withdraw the person's open consents for `purpose` (capitals ignored); returns how many."""
    _person(session, person_id)
    wanted = purpose.strip().casefold()
    open_ones = [c for c in _consents(session, person_id) if c.withdrawn_on is None and c.purpose.casefold() == wanted]
    if not open_ones:
        raise NotFoundError(f"no open consent for '{purpose}'", code="no_open_consent", purpose=purpose)
    for consent in open_ones:
        withdraw_consent(session, consent.id, on)
    return len(open_ones)


def _consents(session: Session, person_id: int) -> list[Consent]:
    stmt = select(Consent).where(Consent.person_id == person_id, Consent.deleted.is_(False))
    return list(session.scalars(stmt.order_by(Consent.given_on, Consent.id)))


def list_consents(session: Session, person_id: int) -> list[ConsentRow]:
    return [ConsentRow(c.id, c.uuid, c.purpose, c.given_on, c.withdrawn_on, c.note)
            for c in _consents(session, person_id)]


def write_access_export(path: Path, record: dict[str, Any], lang: str = "fr") -> list[Path]:
    """Write `person_record`'s result for the person: an .xlsx (a sheet per section) plus the same as .json
    beside it, or a .json alone; returns the files written. ValidationError for another suffix."""
    if Path(path).suffix.lower() not in (".xlsx", ".json"):
        raise ValidationError("file", f"{path} should end in .xlsx or .json", code="bad_export_suffix")
    from learnorg_desktop.reports.personal_data_sheet import write_personal_data  # openpyxl: loaded when used

    return write_personal_data(path, record, lang)


# --- erasure -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Anonymised:
    """What `anonymise_person` did."""

    person_id: int
    uuid: str
    name: str  # the anonymous name now shown ("Anonymised #3F9A2C")
    anonymised_at: datetime
    already: bool  # the person had been anonymised before (this run only re-checked their text)
    mentions: int  # other records whose text named the person


def anonymise_person(session: Session, person_id: int, today: date, *, label: str = ANONYMOUS_LABEL,
                     now: datetime | None = None) -> Anonymised:
    """Erase who the person is and keep what they did; running it again changes nothing more."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"person {person_id} does not exist", code="unknown_person", person=person_id)
    already = person.anonymised_at is not None
    mentions = _name_pattern(person.first_name, person.last_name) if not already else None
    identity = anonymous_identity(anonymous_code(person.uuid), label)
    if already:  # keep the anonymous name it was given
        identity["last_name"] = person.last_name
    for column, value in identity.items():
        setattr(person, column, value)
    person.search_key = search_key(person.first_name, person.last_name, "")
    person.sort_name = sort_name(person.last_name, person.first_name)
    if person.anonymised_at is None:
        person.anonymised_at = now or utcnow()
    _blank_own_text(session, person_id, today)
    replaced = _replace_mentions(session, mentions, person.last_name) if mentions else 0
    session.flush()
    log.info("person %s anonymised (%s)", person.uuid, "again" if already else "now")
    return Anonymised(person.id, person.uuid, person.last_name, person.anonymised_at, already, replaced)


def _blank_own_text(session: Session, person_id: int, today: date) -> None:
    """The person's own words and the notes kept about them, in every record tied to them (tombstones too)."""
    for need in session.scalars(select(LearningNeed).where(LearningNeed.person_id == person_id)):
        need.notes = ""
    for feedback in session.scalars(select(SessionFeedback).where(SessionFeedback.person_id == person_id)):
        feedback.comment, feedback.applied_comment = "", ""
    checklists = list(session.scalars(select(Checklist).where(Checklist.person_id == person_id)))
    for checklist in checklists:
        checklist.handover_notes = ""
    ids = [c.id for c in checklists]
    if ids:
        for item in session.scalars(select(ChecklistItem).where(ChecklistItem.checklist_id.in_(ids))):
            item.comment = ""
        for checkin in session.scalars(select(ChecklistCheckin).where(ChecklistCheckin.checklist_id.in_(ids))):
            checkin.comment = ""
    for consent in session.scalars(select(Consent).where(Consent.person_id == person_id)):
        consent.note = ""
        if consent.withdrawn_on is None:  # nobody left to contact or photograph: the consent ends today
            consent.withdrawn_on = max(today, consent.given_on)


def _name_pattern(first: str, last: str) -> tuple[str, re.Pattern[str]] | None:
    """"First Last" or "Last First" as whole words (capitals ignored); None when the name is too short to
    be told from ordinary words."""
    first, last = first.strip(), last.strip()
    if len(first) < 2 or len(last) < 2:
        return None
    words_first, words_last = (r"\s+".join(map(re.escape, part.split())) for part in (first, last))
    pattern = rf"(?<!\w)(?:{words_first}\s+{words_last}|{words_last}\s+{words_first})(?!\w)"
    # SQLite folds only ASCII capitals in LIKE: narrow on the longest plain-letter part ("Lef" of "LEFÈVRE").
    needle = max(re.findall(r"[A-Za-z]{2,}", last), key=len, default=last)
    return needle, re.compile(pattern, re.IGNORECASE)


def _replace_mentions(session: Session, mentions: tuple[str, re.Pattern[str]], name: str) -> int:
    """Replace the full name by the anonymous one in other records' free text; returns the records changed."""
    needle, pattern = mentions
    changed = 0
    for model, columns in _MENTION_COLUMNS:
        attributes = [getattr(model, c) for c in columns]
        # A LIKE scan (no index, but cheap) narrows to a few rows; the regular expression decides.
        stmt = select(model).where(or_(*(a.icontains(needle, autoescape=True) for a in attributes)))
        for record in session.scalars(stmt):
            touched = False
            for column in columns:
                text = getattr(record, column)
                if text and pattern.search(text):
                    setattr(record, column, pattern.sub(name, text))
                    touched = True
            changed += touched
    return changed

