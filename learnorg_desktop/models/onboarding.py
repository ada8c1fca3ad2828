"""Onboarding and offboarding checklists: templates, and the copies assigned to people."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.enums import ChecklistKind, PersonKind, str_enum
from learnorg_desktop.storage.types import UTCDateTime


class ChecklistTemplate(Synced, Base):
    """A named checklist for an audience (and optionally one office)."""

    __tablename__ = "checklist_templates"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ChecklistKind] = mapped_column(str_enum(ChecklistKind), default=ChecklistKind.ONBOARDING)
    audience: Mapped[PersonKind | None] = mapped_column(str_enum(PersonKind), default=None)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), default=None)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    description: Mapped[str] = mapped_column(Text, default="")
    # Bumped on every edit; assigned checklists keep the version they were copied from.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ChecklistTemplateItem(Synced, Base):
    """One step of a template: what to do, how many days after arrival, and who is responsible."""

    __tablename__ = "checklist_template_items"

    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    due_days: Mapped[int] = mapped_column(Integer, default=0)
    responsible_role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id"), default=None)
    responsible_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), default=None)
    # Free text when the responsible is neither a role nor a person of the registry ("the buddy").
    responsible_text: Mapped[str] = mapped_column(String(200), default="", server_default="")
    resource_id: Mapped[int | None] = mapped_column(ForeignKey("resources.id"), default=None)
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skills.id"), default=None)

    __table_args__ = (
        CheckConstraint("due_days >= 0", name="due_days_positive"),
        Index("ix_checklist_template_items_template", "template_id"),
    )


class Checklist(Synced, Base):
    """A checklist assigned to one person: items are copied so later template edits never rewrite it."""

    __tablename__ = "checklists"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_templates.id"), default=None)
    kind: Mapped[ChecklistKind] = mapped_column(str_enum(ChecklistKind), default=ChecklistKind.ONBOARDING)
    buddy_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), default=None)
    started_on: Mapped[date] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    handover_notes: Mapped[str] = mapped_column(Text, default="")
    # The template as it was when copied: the checklist shows "Accueil bénévole (v3)" forever.
    template_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    template_version: Mapped[int | None] = mapped_column(Integer, default=None)

    __table_args__ = (Index("ix_checklists_person", "person_id"),)


class ChecklistItem(Synced, Base):
    """A copied step of one person's checklist; `done_at` (UTC) and `done_by_id` record who ticked it."""

    __tablename__ = "checklist_items"

    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklists.id"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    responsible_role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id"), default=None)
    responsible_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), default=None)
    responsible_text: Mapped[str] = mapped_column(String(200), default="", server_default="")
    resource_id: Mapped[int | None] = mapped_column(ForeignKey("resources.id"), default=None)
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skills.id"), default=None)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), default=None)
    comment: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_checklist_items_checklist", "checklist_id", "position"),)


class ChecklistCheckin(Synced, Base):
    """A newcomer's short feedback at a fixed point (day 30, day 90…)."""

    __tablename__ = "checklist_checkins"

    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklists.id"))
    day: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    rating: Mapped[int | None] = mapped_column(Integer, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_checklist_checkins_checklist", "checklist_id"),)
