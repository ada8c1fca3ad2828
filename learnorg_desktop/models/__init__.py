"""SQLAlchemy models of the whole domain; importing this package registers every table."""

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.change_marks import ChangeMark
from learnorg_desktop.models.consents import Consent
from learnorg_desktop.models.diagnostic import DiagnosticAnswer, DiagnosticCampaign, DiagnosticResponse
from learnorg_desktop.models.exchange import (
    ExchangeAlias,
    ExchangeConflict,
    ExchangePackage,
    ExchangePeerRecord,
    ExchangeVersion,
)
from learnorg_desktop.models.needs import LearningNeed
from learnorg_desktop.models.onboarding import (
    Checklist,
    ChecklistCheckin,
    ChecklistItem,
    ChecklistTemplate,
    ChecklistTemplateItem,
)
from learnorg_desktop.models.org import DatabaseInfo, Office, Role
from learnorg_desktop.models.people import Person
from learnorg_desktop.models.resources import Resource, ResourceLink, StoredDocument
from learnorg_desktop.models.sharing import (
    Community,
    CommunityMember,
    KnowledgeSession,
    SessionAttendance,
    SessionFeedback,
    SessionHost,
    SessionSkill,
)
from learnorg_desktop.models.skills import RoleSkill, Skill, SkillAssessment, SkillCategory

__all__ = [
    "Base",
    "ChangeMark",
    "Checklist",
    "ChecklistCheckin",
    "ChecklistItem",
    "ChecklistTemplate",
    "ChecklistTemplateItem",
    "Community",
    "CommunityMember",
    "Consent",
    "DatabaseInfo",
    "DiagnosticAnswer",
    "DiagnosticCampaign",
    "DiagnosticResponse",
    "ExchangeAlias",
    "ExchangeConflict",
    "ExchangePackage",
    "ExchangePeerRecord",
    "ExchangeVersion",
    "KnowledgeSession",
    "LearningNeed",
    "Office",
    "Person",
    "Resource",
    "ResourceLink",
    "Role",
    "RoleSkill",
    "SessionAttendance",
    "SessionFeedback",
    "SessionHost",
    "SessionSkill",
    "Skill",
    "SkillAssessment",
    "SkillCategory",
    "StoredDocument",
    "Synced",
]
