"""Consents a person gave (contact, photos, data sharing…), when, and when they were withdrawn."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced


class Consent(Synced, Base):
    """One consent for one purpose; a withdrawal is dated, the record stays as proof of what was agreed."""

    __tablename__ = "consents"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    # "contact", "photos", "data_sharing" or the association's own wording.
    purpose: Mapped[str] = mapped_column(Text)
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_consents_person", "person_id"),)
