"""Individual and collective learning needs."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.enums import NeedOrigin, NeedStatus, str_enum


class LearningNeed(Synced, Base):
    """What a person, or a team/office collectively, needs to learn."""

    __tablename__ = "learning_needs"

    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), default=None)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), default=None)
    team: Mapped[str] = mapped_column(String(200), default="")
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skills.id"), default=None)
    topic: Mapped[str] = mapped_column(String(300), default="")
    target_level: Mapped[int | None] = mapped_column(Integer, default=None)
    origin: Mapped[NeedOrigin] = mapped_column(str_enum(NeedOrigin))
    priority: Mapped[int] = mapped_column(Integer, default=2)
    target_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[NeedStatus] = mapped_column(str_enum(NeedStatus), default=NeedStatus.OPEN)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint(
            "person_id IS NOT NULL OR office_id IS NOT NULL OR team <> ''", name="has_owner"
        ),
        CheckConstraint("skill_id IS NOT NULL OR topic <> ''", name="has_subject"),
        Index("ix_learning_needs_person", "person_id"),
    )
