"""Skills catalogue, per-person assessments (with history) and expected skills per role."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.enums import AssessmentSource, str_enum


class SkillCategory(Synced, Base):
    __tablename__ = "skill_categories"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class Skill(Synced, Base):
    """A skill of the catalogue; key skills carry the organisation's target."""

    __tablename__ = "skills"

    category_id: Mapped[int | None] = mapped_column(ForeignKey("skill_categories.id"), default=None)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    is_key: Mapped[bool] = mapped_column(Boolean, default=False)
    target_holders: Mapped[int | None] = mapped_column(Integer, default=None)
    target_level: Mapped[int | None] = mapped_column(Integer, default=None)
    # Skills such as first aid lapse: each assessment then carries a valid-until date.
    expires: Mapped[bool] = mapped_column(Boolean, default=False)


class SkillAssessment(Synced, Base):
    """One dated level of one person on one skill (0 none … 4 can teach); the latest one counts."""

    __tablename__ = "skill_assessments"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"))
    level: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[date] = mapped_column(Date)
    source: Mapped[AssessmentSource] = mapped_column(str_enum(AssessmentSource))
    interest: Mapped[int | None] = mapped_column(Integer, default=None)
    willing_to_share: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_until: Mapped[date | None] = mapped_column(Date, default=None)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("knowledge_sessions.id"), default=None)

    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 4", name="level_range"),
        Index("ix_skill_assessments_person_skill", "person_id", "skill_id", "assessed_on"),
        Index("ix_skill_assessments_skill", "skill_id"),
    )


class RoleSkill(Synced, Base):
    """A skill expected of everyone holding a role, at a level."""

    __tablename__ = "role_skills"

    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"))
    expected_level: Mapped[int] = mapped_column(Integer, default=2)
