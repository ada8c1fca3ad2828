"""Closed vocabularies of the domain (plain enums: importing them loads neither SQLAlchemy nor Qt)."""

from __future__ import annotations

from enum import StrEnum


class PersonKind(StrEnum):
    VOLUNTEER = "volunteer"
    STAFF = "staff"
    PARTNER = "partner"


class PersonStatus(StrEnum):
    """Derived from the arrival and departure dates, never stored."""

    INCOMING = "incoming"
    ACTIVE = "active"
    DEPARTED = "departed"


class AssessmentSource(StrEnum):
    SELF = "self"
    MANAGER = "manager"
    SESSION = "session"


class NeedOrigin(StrEnum):
    WISH = "wish"
    CAREER = "career"
    ORGANISATION = "organisation"


class NeedStatus(StrEnum):
    OPEN = "open"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    MET = "met"
    DROPPED = "dropped"


class ChecklistKind(StrEnum):
    ONBOARDING = "onboarding"
    OFFBOARDING = "offboarding"


class SessionFormat(StrEnum):
    WORKSHOP = "workshop"
    LUNCH_AND_LEARN = "lunch_and_learn"
    MENTORING = "mentoring"
    COMMUNITY_MEETING = "community_meeting"
    FIELD_VISIT = "field_visit"
    ONLINE_MODULE = "online_module"
    BLENDED = "blended"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ResourceKind(StrEnum):
    FILE = "file"
    LINK = "link"


class RespondentGroup(StrEnum):
    STAFF = "staff"
    VOLUNTEER = "volunteer"
    PARTNER = "partner"
