"""What the exchange screens call things: kinds of records, directions, and values of a record's fields."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from learnorg_desktop.gui.formatting import date_time, number
from learnorg_desktop.gui.models.rows_model import short_date

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def entity_label(name: str) -> str:
    """The kind of record an exchanged table holds ("people" -> "People"); the table name if unknown."""
    labels = {
        "diagnostic_campaigns": translate("Exchange", "Self-diagnosis campaigns"),
        "diagnostic_responses": translate("Exchange", "Self-diagnosis responses"),
        "diagnostic_answers": translate("Exchange", "Self-diagnosis answers"),
        "offices": translate("Exchange", "Offices"),
        "roles": translate("Exchange", "Roles"),
        "people": translate("Exchange", "People"),
        "skill_categories": translate("Exchange", "Skill categories"),
        "skills": translate("Exchange", "Skills"),
        "role_skills": translate("Exchange", "Skills expected per role"),
        "skill_assessments": translate("Exchange", "Skill levels"),
        "learning_needs": translate("Exchange", "Learning needs"),
        "checklist_templates": translate("Exchange", "Checklist templates"),
        "checklist_template_items": translate("Exchange", "Checklist template items"),
        "checklists": translate("Exchange", "Onboarding and hand-over checklists"),
        "checklist_items": translate("Exchange", "Checklist items"),
        "checklist_checkins": translate("Exchange", "Check-ins"),
        "communities": translate("Exchange", "Communities of practice"),
        "community_members": translate("Exchange", "Community members"),
        "knowledge_sessions": translate("Exchange", "Knowledge-sharing sessions"),
        "session_hosts": translate("Exchange", "Session hosts"),
        "session_skills": translate("Exchange", "Session skills"),
        "session_attendance": translate("Exchange", "Invitations and attendance"),
        "session_feedback": translate("Exchange", "Session feedback"),
        "resources": translate("Exchange", "Library resources"),
        "resource_links": translate("Exchange", "Resource links"),
        "consents": translate("Exchange", "Consents"),
    }
    return labels.get(name, name)


def direction_label(direction: str) -> str:
    """"sent" / "received" as the user reads them."""
    return translate("Exchange", "Sent") if direction == "sent" else translate("Exchange", "Received")


def office_text(code: str | None) -> str:
    """A package's office; packages made for no office in particular say so."""
    return code or translate("Exchange", "Any office")


def conflicts_text(count: int) -> str:
    """"3 conflicts to review." (empty for none): the import's result and the conflicts dialog say it alike."""
    if count == 1:
        return translate("Exchange", "1 conflict to review.")
    # lupdate sees no plural in translate(…, n): a count of two or more takes one plain sentence.
    return translate("Exchange", "%1 conflicts to review.").replace("%1", number(count)) if count else ""


def yes_no(value: bool) -> str:
    return translate("Exchange", "Yes") if value else translate("Exchange", "No")


def short_id(export_id: str) -> str:
    """The first block of an export id: enough to tell packages apart by eye (the full id is in tooltips)."""
    return export_id.split("-", 1)[0]


def value_text(value: Any, references: dict[str, str]) -> str:
    """A field's value as it travels (JSON: ISO dates, UUID references) as the user reads it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, int | float):
        return number(value)
    text = str(value)
    if text in references:
        return references[text]
    try:
        if len(text) == 10:
            return short_date(date.fromisoformat(text))
        if len(text) > 18 and text[10] == "T":
            return date_time(datetime.fromisoformat(text))
    except ValueError:
        pass
    return text
