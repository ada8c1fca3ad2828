"""Volunteers, staff members and partners."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.enums import PersonKind, str_enum
from learnorg_desktop.models.org import Office, Role
from learnorg_desktop.storage.types import UTCDateTime


class Person(Synced, Base):
    """Someone involved in the organisation; a departure is recorded, never a deletion."""

    __tablename__ = "people"

    kind: Mapped[PersonKind] = mapped_column(str_enum(PersonKind))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    phone: Mapped[str] = mapped_column(String(40), default="")
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), default=None)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id"), default=None)
    arrival_date: Mapped[date | None] = mapped_column(Date, default=None)
    departure_date: Mapped[date | None] = mapped_column(Date, default=None)
    departure_reason: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Health, personal situation…: shown only in the person form, never in lists, reports or exports to others.
    sensitive_notes: Mapped[str | None] = mapped_column(Text, default=None)
    # Set once by services.privacy.anonymise_person; sticky in exchanges (an older copy never undoes it).
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Lower-case, accent-free "first last email" so "helene" finds "Hélène" with a plain LIKE.
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Folded "last first": accented names sort with their plain letters (SQLite sorts bytes).
    sort_name: Mapped[str] = mapped_column(String(250), default="", server_default="")

    office: Mapped[Office | None] = relationship(lazy="joined")
    role: Mapped[Role | None] = relationship(lazy="joined")

    __table_args__ = (
        # Covers the default list (active people by name) and text search, so neither sorts nor
        # touches the table: 50,000 people list in ~50 ms instead of ~170 ms here.
        Index(
            "ix_people_list",
            "sort_name", "id", "deleted", "arrival_date", "departure_date", "kind", "office_id", "search_key",
        ),
        Index("ix_people_last_first", "last_name", "first_name"),
        Index("ix_people_email", "email"),
        Index("ix_people_office", "office_id"),
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
