"""The names of the fields that services' ValidationErrors point at, as the user sees them."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls
# "rows[3].level" (several assessments at once), "roles[0].skills[2].skill" (starter catalogue).
_INDEXED = re.compile(r"^(?:rows\[(?P<row>\d+)\]\.)?(?:.*\.)?(?P<name>\w+)$")


def known_field_labels() -> dict[str, str]:
    """Every field name the services use, with its translated label."""
    return {
        # People and offices.
        "campaign": translate("Errors", "Campaign"),
        "answers": translate("Errors", "Answers"),
        "kind": translate("Errors", "Kind"),
        "last_name": translate("Errors", "Last name"),
        "first_name": translate("Errors", "First name"),
        "email": translate("Errors", "E-mail"),
        "phone": translate("Errors", "Phone"),
        "arrival_date": translate("Errors", "Arrival date"),
        "departure_date": translate("Errors", "Departure date"),
        "departure_reason": translate("Errors", "Departure reason"),
        "office": translate("Errors", "Office"),
        "office_code": translate("Errors", "Office code"),
        "office_name": translate("Errors", "Office name"),
        "role": translate("Errors", "Role"),
        "languages": translate("Errors", "Languages"),
        "notes": translate("Errors", "Notes"),
        "date": translate("Errors", "Date"),
        "db": translate("Errors", "Database"),
        "file": translate("Errors", "File"),
        # Skills catalogue, assessments and needs.
        "name": translate("Errors", "Name"),
        "category": translate("Errors", "Category"),
        "description": translate("Errors", "Description"),
        "key": translate("Errors", "Key skill"),
        "expires": translate("Errors", "Must be renewed"),
        "skill": translate("Errors", "Skill"),
        "skill_id": translate("Errors", "Skill"),
        "level": translate("Errors", "Level"),
        "target_level": translate("Errors", "Target level"),
        "target_holders": translate("Errors", "Number of people to reach"),
        "expected_level": translate("Errors", "Expected level"),
        "source": translate("Errors", "Source"),
        "interest": translate("Errors", "Interest"),
        "valid_until": translate("Errors", "Valid until"),
        "origin": translate("Errors", "Origin"),
        "person_id": translate("Errors", "Person"),
        "team": translate("Errors", "Team"),
        "topic": translate("Errors", "Topic"),
        "priority": translate("Errors", "Priority"),
        "status": translate("Errors", "Status"),
        # Onboarding and hand-over checklists.
        "audience": translate("Errors", "Audience"),
        "language": translate("Errors", "Language"),
        "lang": translate("Errors", "Language"),
        "items": translate("Errors", "Items"),
        "title": translate("Errors", "Title"),
        "due_days": translate("Errors", "Due (days after the start)"),
        "person": translate("Errors", "Person"),
        "buddy": translate("Errors", "Buddy"),
        "template": translate("Errors", "Template"),
        "day": translate("Errors", "Check-in day"),
        "rating": translate("Errors", "Rating"),
        "done_by": translate("Errors", "Done by"),
        "done_at": translate("Errors", "Done on"),
        # Sessions and the shared library.
        "online_link": translate("Errors", "Online meeting link"),
        "url": translate("Errors", "Link"),
        "format": translate("Errors", "Format"),
        "starts_at": translate("Errors", "Start"),
        "ends_at": translate("Errors", "End"),
        "end": translate("Errors", "End"),
        "duration_minutes": translate("Errors", "Duration (minutes)"),
        "online_minutes": translate("Errors", "Online part (minutes)"),
        "capacity": translate("Errors", "Seats"),
        "place": translate("Errors", "Place"),
        "external_host": translate("Errors", "External host"),
        "host_ids": translate("Errors", "Hosts"),
        "person_ids": translate("Errors", "Participants"),
        "skill_ids": translate("Errors", "Skills"),
        "office_id": translate("Errors", "Office"),
        "community_id": translate("Errors", "Community of practice"),
        "need_id": translate("Errors", "Need"),
        "need_ids": translate("Errors", "Needs"),
        "attended": translate("Errors", "Attendance"),
        "usefulness": translate("Errors", "Usefulness"),
        "quality": translate("Errors", "Quality"),
        "applied_on": translate("Errors", "Applied on"),
        "session_id": translate("Errors", "Session"),
        "session_ids": translate("Errors", "Sessions"),
        "added_by_id": translate("Errors", "Added by"),
        # Personal data.
        "purpose": translate("Errors", "Purpose"),
        "given_on": translate("Errors", "Given on"),
        "withdrawn_on": translate("Errors", "Withdrawn on"),
        "retention_years": translate("Errors", "Years after departure"),
    }


def field_label(field: str) -> str:
    """The name of a form field as the user sees it; "rows[3].level" reads "Level (row 4)"."""
    labels = known_field_labels()
    if field in labels:
        return labels[field]
    match = _INDEXED.match(field)
    if match is None or match["name"] not in labels:
        return field
    label = labels[match["name"]]
    if match["row"] is None:
        return label
    return translate("Errors", "{field} (row {row})").format(field=label, row=int(match["row"]) + 1)
