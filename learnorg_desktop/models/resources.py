"""The shared library of documents and links."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.enums import ResourceKind, str_enum


class Resource(Synced, Base):
    """A document (copied beside the database, named by its SHA-256) or a link."""

    __tablename__ = "resources"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ResourceKind] = mapped_column(str_enum(ResourceKind))
    url: Mapped[str] = mapped_column(String(1000), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    file_size: Mapped[int | None] = mapped_column(Integer, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), default=None)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), default=None)


class ResourceLink(Synced, Base):
    """Ties a resource to a skill or to a session (one of the two)."""

    __tablename__ = "resource_links"

    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id"))
    skill_id: Mapped[int | None] = mapped_column(ForeignKey("skills.id"), default=None)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("knowledge_sessions.id"), default=None)

    __table_args__ = (Index("ix_resource_links_resource", "resource_id"),)
