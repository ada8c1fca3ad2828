"""The names and values of a record's fields in the conflicts dialog, as the user reads them.

Forms already name most fields (gui/error_fields.py); the exchange shows every column, so the
columns no form names are named here. A column added later still reads as its own words.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from learnorg_desktop.enums import AssessmentSource, NeedOrigin, NeedStatus, PersonKind, SessionFormat, SessionStatus
from learnorg_desktop.exchange.entities import entity
from learnorg_desktop.gui.error_fields import field_label, known_field_labels
from learnorg_desktop.gui.exchange.labels import value_text
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.gui.models.session_labels import format_label, session_status_label
from learnorg_desktop.gui.models.skill_labels import need_status_label, origin_label, source_label

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls

# Bookkeeping every record carries: shown only in the rare case it differs.
BOOKKEEPING = frozenset({"created_at", "origin_office_uuid", "deleted"})


def exchange_field_labels() -> dict[str, str]:
    return {
        "anonymised_at": translate("Exchange", "Anonymised on"),
        "answered_on": translate("Exchange", "Answered on"),
        "applied": translate("Exchange", "Applied"),
        "applied_comment": translate("Exchange", "How it was applied"),
        "assessed_on": translate("Exchange", "Assessed on"),
        "buddy_id": translate("Exchange", "Buddy"),
        "campaign_id": translate("Exchange", "Campaign"),
        "category_id": translate("Exchange", "Category"),
        "checklist_id": translate("Exchange", "Checklist"),
        "closed_on": translate("Exchange", "Closed on"),
        "code": translate("Exchange", "Code"),
        "comment": translate("Exchange", "Comment"),
        "completed_on": translate("Exchange", "Completed on"),
        "created_at": translate("Exchange", "Created on"),
        "deleted": translate("Exchange", "Deleted"),
        "done_by_id": translate("Exchange", "Done by"),
        "due_on": translate("Exchange", "Due on"),
        "file_name": translate("Exchange", "File name"),
        "file_sha256": translate("Exchange", "File fingerprint"),
        "file_size": translate("Exchange", "File size"),
        "handover_notes": translate("Exchange", "Hand-over notes"),
        "held_on": translate("Exchange", "Held on"),
        "invited": translate("Exchange", "Invited"),
        "is_headquarters": translate("Exchange", "Headquarters"),
        "is_key": translate("Exchange", "Key skill"),
        "lessons_learned": translate("Exchange", "Lessons learned"),
        "note": translate("Exchange", "Note"),
        "opened_on": translate("Exchange", "Opened on"),
        "origin_office_uuid": translate("Exchange", "Created by the office"),
        "position": translate("Exchange", "Position"),
        "question_code": translate("Exchange", "Question"),
        "questionnaire_version": translate("Exchange", "Questionnaire version"),
        "resource_id": translate("Exchange", "Resource"),
        "respondent_group": translate("Exchange", "Group"),
        "response_id": translate("Exchange", "Response"),
        "responsible_person_id": translate("Exchange", "Responsible person"),
        "responsible_role_id": translate("Exchange", "Responsible role"),
        "responsible_text": translate("Exchange", "Responsible"),
        "role_id": translate("Exchange", "Role"),
        "sensitive_notes": translate("Exchange", "Confidential notes"),
        "started_on": translate("Exchange", "Started on"),
        "target_date": translate("Exchange", "Target date"),
        "template_id": translate("Exchange", "Template"),
        "template_name": translate("Exchange", "Template name"),
        "template_version": translate("Exchange", "Template version"),
        "value": translate("Exchange", "Value"),
        "version": translate("Exchange", "Version"),
        "willing_to_share": translate("Exchange", "Willing to share"),
    }


def exchanged_field_label(name: str) -> str:
    """"notes" -> "Notes", "role_id" -> "Role"; an unknown column reads as its words ("new_column" -> "New column")."""
    labels = exchange_field_labels()
    if name in labels:
        return labels[name]
    if name in known_field_labels():
        return field_label(name)
    return name.removesuffix("_id").replace("_", " ").capitalize()


_ENUM_LABELS: dict[type[enum.Enum], Callable[[Any], str]] = {
    PersonKind: kind_label, SessionFormat: format_label, SessionStatus: session_status_label,
    AssessmentSource: source_label, NeedOrigin: origin_label, NeedStatus: need_status_label,
}


def field_value_text(table: str, name: str, value: Any, references: dict[str, str]) -> str:
    """A value as it travels, in words: choices by their label, references by the record they name."""
    try:
        codec = entity(table).codecs.get(name)
    except KeyError:
        codec = None
    enum_class = codec.enum_class if codec is not None else None
    if enum_class is not None and enum_class in _ENUM_LABELS and isinstance(value, str):
        try:
            return _ENUM_LABELS[enum_class](enum_class(value))
        except ValueError:
            return value
    return value_text(value, references)
