"""Offices, roles, and facts about this database itself."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced


class Office(Synced, Base):
    """Headquarters or a field office (antenne)."""

    __tablename__ = "offices"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    is_headquarters: Mapped[bool] = mapped_column(Boolean, default=False)


class Role(Synced, Base):
    """A role people hold (coordinator, reception volunteer…); expected skills hang on it."""

    __tablename__ = "roles"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class DatabaseInfo(Base):
    """Local key/value facts (this database's own office, organisation name). Never exchanged."""

    __tablename__ = "database_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
