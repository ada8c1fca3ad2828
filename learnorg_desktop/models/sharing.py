"""Knowledge-sharing sessions, their attendance and feedback, and communities of practice."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.enums import SessionFormat, SessionStatus, str_enum
from learnorg_desktop.storage.types import UTCDateTime


class Community(Synced, Base):
    """A community of practice: a recurring group on a topic."""

    __tablename__ = "communities"

    name: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(Text, default="")
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), default=None)


class CommunityMember(Synced, Base):
    __tablename__ = "community_members"

    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))


class KnowledgeSession(Synced, Base):
    """A peer exchange: workshop, lunch-and-learn, mentoring pair, blended module…"""

    __tablename__ = "knowledge_sessions"

    title: Mapped[str] = mapped_column(String(300))
    format: Mapped[SessionFormat] = mapped_column(str_enum(SessionFormat))
    status: Mapped[SessionStatus] = mapped_column(str_enum(SessionStatus), default=SessionStatus.PLANNED)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), default=None)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("communities.id"), default=None)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    online_minutes: Mapped[int] = mapped_column(Integer, default=0)
    place: Mapped[str] = mapped_column(String(300), default="")
    online_link: Mapped[str] = mapped_column(String(500), default="")
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    external_host: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    lessons_learned: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="positive_duration"),
        Index("ix_knowledge_sessions_starts_at", "starts_at"),
    )


class SessionSkill(Synced, Base):
    __tablename__ = "session_skills"

    session_id: Mapped[int] = mapped_column(ForeignKey("knowledge_sessions.id"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("skills.id"))

    __table_args__ = (Index("ix_session_skills_session", "session_id"),)


class SessionHost(Synced, Base):
    __tablename__ = "session_hosts"

    session_id: Mapped[int] = mapped_column(ForeignKey("knowledge_sessions.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))

    __table_args__ = (Index("ix_session_hosts_person", "person_id"),)


class SessionAttendance(Synced, Base):
    """An invitation, and whether the person came; hours are counted from it."""

    __tablename__ = "session_attendance"

    session_id: Mapped[int] = mapped_column(ForeignKey("knowledge_sessions.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    invited: Mapped[bool] = mapped_column(Boolean, default=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("learning_needs.id"), default=None)

    __table_args__ = (
        Index("ix_session_attendance_session", "session_id"),
        Index("ix_session_attendance_person", "person_id"),
    )


class SessionFeedback(Synced, Base):
    """Reaction right after a session (1–5) and, weeks later, whether it was applied."""

    __tablename__ = "session_feedback"

    session_id: Mapped[int] = mapped_column(ForeignKey("knowledge_sessions.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), default=None)
    usefulness: Mapped[int] = mapped_column(Integer)
    quality: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[date] = mapped_column(Date)
    applied: Mapped[bool | None] = mapped_column(Boolean, default=None)
    applied_on: Mapped[date | None] = mapped_column(Date, default=None)
    applied_comment: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("usefulness BETWEEN 1 AND 5", name="usefulness_range"),
        CheckConstraint("quality BETWEEN 1 AND 5", name="quality_range"),
        Index("ix_session_feedback_person", "person_id"),
    )
