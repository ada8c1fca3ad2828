"""Self-diagnosis campaigns and their anonymous answers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from learnorg_desktop.models.base import Base, Synced
from learnorg_desktop.models.enums import RespondentGroup, str_enum


class DiagnosticCampaign(Synced, Base):
    __tablename__ = "diagnostic_campaigns"

    name: Mapped[str] = mapped_column(String(200))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    questionnaire_version: Mapped[str] = mapped_column(String(32), default="1")


class DiagnosticResponse(Synced, Base):
    """One respondent's filled questionnaire: deliberately no link to a person."""

    __tablename__ = "diagnostic_responses"

    campaign_id: Mapped[int] = mapped_column(ForeignKey("diagnostic_campaigns.id"))
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), default=None)
    respondent_group: Mapped[RespondentGroup] = mapped_column(str_enum(RespondentGroup))
    answered_on: Mapped[date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")


class DiagnosticAnswer(Synced, Base):
    """Agreement (1–5) with one statement of the questionnaire."""

    __tablename__ = "diagnostic_answers"

    response_id: Mapped[int] = mapped_column(ForeignKey("diagnostic_responses.id"))
    question_code: Mapped[str] = mapped_column(String(32))
    value: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("value BETWEEN 1 AND 5", name="value_range"),)
