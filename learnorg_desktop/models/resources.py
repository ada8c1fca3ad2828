"""The shared library of documents and links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.enums import ResourceKind, str_enum
from learnorg_desktop.storage.types import UTCDateTime, utcnow


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


class StoredDocument(Base):
    """A document's content kept in the database itself: a server has no folder beside it that every
    coordinator's computer can reach. Named by SHA-256 like the folder store; never exchanged as a record
    (packages carry the files themselves). Empty on SQLite, whose documents stay in the folder beside the file."""

    __tablename__ = "stored_documents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
