"""Everything held about one person, for a right-of-access request: one query per section.

Records marked deleted are included (flagged): they are still in the database file. Not included, and
said so in the record: the self-diagnosis answers (anonymous by design, linked to no person) and
other people's records that merely mention the person (their own checklists' buddy, the checklist
items they are responsible for or ticked), which are about those other people.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from learnorg_desktop.models import (
    Checklist,
    ChecklistCheckin,
    ChecklistItem,
    Community,
    CommunityMember,
    Consent,
    KnowledgeSession,
    LearningNeed,
    Office,
    Person,
    Resource,
    Role,
    SessionAttendance,
    SessionFeedback,
    SessionHost,
    Skill,
    SkillAssessment,
)
from learnorg_desktop.services.errors import NotFoundError

# Section name -> its rows' keys, in the order the export shows them (the XLSX columns).
SECTIONS: dict[str, tuple[str, ...]] = {
    "consents": ("purpose", "given_on", "withdrawn_on", "note", "deleted"),
    "skills": ("skill", "level", "assessed_on", "source", "interest", "willing_to_share", "valid_until", "deleted"),
    "needs": ("skill", "topic", "origin", "priority", "status", "target_level", "target_date", "opened_on",
              "closed_on", "notes", "deleted"),
    "checklists": ("checklist", "kind", "started_on", "completed_on", "buddy", "handover_notes", "deleted"),
    "checklist_items": ("checklist", "position", "title", "due_on", "done_at", "comment", "deleted"),
    "checkins": ("checklist", "day", "held_on", "rating", "comment", "deleted"),
    "sessions_attended": ("session", "starts_at", "format", "status", "invited", "attended", "deleted"),
    "sessions_hosted": ("session", "starts_at", "format", "status", "deleted"),
    "feedback": ("session", "given_on", "usefulness", "quality", "comment", "applied", "applied_on",
                 "applied_comment", "deleted"),
    "communities": ("community", "deleted"),
    "resources_added": ("title", "kind", "deleted"),
}
PERSON_FIELDS = ("uuid", "kind", "first_name", "last_name", "email", "phone", "office", "role", "arrival_date",
                 "departure_date", "departure_reason", "languages", "notes", "sensitive_notes", "anonymised_at",
                 "created_at", "updated_at", "deleted")
NOT_INCLUDED = ("diagnostic_answers", "mentions_in_other_records")


def person_record(session: Session, person_id: int, *, today: date | None = None) -> dict[str, Any]:
    """{"person": {...}, "<section>": [rows as dicts], ..., "not_included": [...], "generated_on": date}.

    Values stay typed (dates, enums); the writers turn them into text or cells. NotFoundError for an
    unknown id; a deleted or anonymised person is still answered for (what is left is what is held).
    """
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"person {person_id} does not exist", code="unknown_person", person=person_id)
    record: dict[str, Any] = {"person": _person(session, person), "generated_on": today or date.today()}
    for name, stmt in _queries(person_id).items():
        keys = SECTIONS[name]
        record[name] = [dict(zip(keys, row, strict=True)) for row in session.execute(stmt)]
    record["not_included"] = list(NOT_INCLUDED)
    return record


def _person(session: Session, p: Person) -> dict[str, Any]:
    office = session.get(Office, p.office_id) if p.office_id else None
    role = session.get(Role, p.role_id) if p.role_id else None
    values: dict[str, Any] = {name: getattr(p, name, None) for name in PERSON_FIELDS}
    values["office"] = f"{office.code} – {office.name}" if office else None
    values["role"] = role.name if role else None
    return values


def _queries(person_id: int) -> dict[str, Select[Any]]:
    buddy = aliased(Person)
    mine = Checklist.person_id == person_id
    return {
        "consents": select(Consent.purpose, Consent.given_on, Consent.withdrawn_on, Consent.note, Consent.deleted)
        .where(Consent.person_id == person_id).order_by(Consent.given_on, Consent.id),
        "skills": select(Skill.name, SkillAssessment.level, SkillAssessment.assessed_on, SkillAssessment.source,
                         SkillAssessment.interest, SkillAssessment.willing_to_share, SkillAssessment.valid_until,
                         SkillAssessment.deleted)
        .join(Skill, Skill.id == SkillAssessment.skill_id).where(SkillAssessment.person_id == person_id)
        .order_by(Skill.name, SkillAssessment.assessed_on, SkillAssessment.id),
        "needs": select(Skill.name, LearningNeed.topic, LearningNeed.origin, LearningNeed.priority,
                        LearningNeed.status, LearningNeed.target_level, LearningNeed.target_date,
                        LearningNeed.opened_on, LearningNeed.closed_on, LearningNeed.notes, LearningNeed.deleted)
        .outerjoin(Skill, Skill.id == LearningNeed.skill_id).where(LearningNeed.person_id == person_id)
        .order_by(LearningNeed.opened_on, LearningNeed.id),
        "checklists": select(Checklist.template_name, Checklist.kind, Checklist.started_on, Checklist.completed_on,
                             (buddy.first_name + " " + buddy.last_name), Checklist.handover_notes, Checklist.deleted)
        .outerjoin(buddy, buddy.id == Checklist.buddy_id).where(mine).order_by(Checklist.started_on, Checklist.id),
        "checklist_items": select(Checklist.template_name, ChecklistItem.position, ChecklistItem.title,
                                  ChecklistItem.due_on, ChecklistItem.done_at, ChecklistItem.comment,
                                  ChecklistItem.deleted)
        .join(Checklist, Checklist.id == ChecklistItem.checklist_id).where(mine)
        .order_by(Checklist.started_on, Checklist.id, ChecklistItem.position),
        "checkins": select(Checklist.template_name, ChecklistCheckin.day, ChecklistCheckin.held_on,
                           ChecklistCheckin.rating, ChecklistCheckin.comment, ChecklistCheckin.deleted)
        .join(Checklist, Checklist.id == ChecklistCheckin.checklist_id).where(mine)
        .order_by(Checklist.id, ChecklistCheckin.day),
        "sessions_attended": select(KnowledgeSession.title, KnowledgeSession.starts_at, KnowledgeSession.format,
                                    KnowledgeSession.status, SessionAttendance.invited, SessionAttendance.attended,
                                    SessionAttendance.deleted)
        .join(KnowledgeSession, KnowledgeSession.id == SessionAttendance.session_id)
        .where(SessionAttendance.person_id == person_id).order_by(KnowledgeSession.starts_at, KnowledgeSession.id),
        "sessions_hosted": select(KnowledgeSession.title, KnowledgeSession.starts_at, KnowledgeSession.format,
                                  KnowledgeSession.status, SessionHost.deleted)
        .join(KnowledgeSession, KnowledgeSession.id == SessionHost.session_id)
        .where(SessionHost.person_id == person_id).order_by(KnowledgeSession.starts_at, KnowledgeSession.id),
        "feedback": select(KnowledgeSession.title, SessionFeedback.given_on, SessionFeedback.usefulness,
                           SessionFeedback.quality, SessionFeedback.comment, SessionFeedback.applied,
                           SessionFeedback.applied_on, SessionFeedback.applied_comment, SessionFeedback.deleted)
        .join(KnowledgeSession, KnowledgeSession.id == SessionFeedback.session_id)
        .where(SessionFeedback.person_id == person_id).order_by(SessionFeedback.given_on, SessionFeedback.id),
        "communities": select(Community.name, CommunityMember.deleted)
        .join(Community, Community.id == CommunityMember.community_id)
        .where(CommunityMember.person_id == person_id).order_by(Community.name),
        "resources_added": select(Resource.title, Resource.kind, Resource.deleted)
        .where(Resource.added_by_id == person_id).order_by(Resource.title, Resource.id),
    }
