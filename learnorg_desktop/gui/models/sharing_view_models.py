"""Table models of the knowledge-sharing library, communities and hours views (thin, over DTO lists)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from learnorg_desktop.enums import ResourceKind
from learnorg_desktop.gui.formatting import number, percent
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.gui.models.rows_model import RowsModel, short_date
from learnorg_desktop.services.communities import CommunityRow, MemberRow
from learnorg_desktop.services.resources import ResourceRow
from learnorg_desktop.services.session_calendar import SessionRow
from learnorg_desktop.services.session_hours import OfficeHours, PersonHours

translate = QCoreApplication.translate  # lupdate only sees translate("Context", "text") calls
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def local_day(moment: datetime) -> str:
    """A stored UTC instant as the user's local calendar day."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return short_date(aware.astimezone().date())


def hours_text(minutes: int) -> str:
    """Minutes as hours with one decimal, in the user's number format."""
    return number(minutes / 60, 1)


def file_text(row: ResourceRow) -> str:
    if row.kind is not ResourceKind.FILE:
        return row.url
    size = QLocale().formattedDataSize(row.file_size or 0)
    return f"{row.file_name} ({size})"


class ResourcesModel(RowsModel):
    """The library: title, kind, skills, sessions, who and when, file name and size (or address)."""

    def headers(self) -> Sequence[str]:
        return (
            translate("SharingModels", "Title"),
            translate("SharingModels", "Kind"),
            translate("SharingModels", "Skills"),
            translate("SharingModels", "Sessions"),
            translate("SharingModels", "Added by"),
            translate("SharingModels", "Added on"),
            translate("SharingModels", "File or address"),
        )

    def cell(self, row: ResourceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.title,
                translate("SharingModels", "File")
                if row.kind is ResourceKind.FILE
                else translate("SharingModels", "Link"),
                ", ".join(row.skills),
                QLocale().toString(len(row.session_ids)),
                row.added_by or "",
                local_day(row.added_at),
                file_text(row),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.description:
            return row.description
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return _RIGHT
        return None


class CommunitiesModel(RowsModel):
    """Communities of practice with their size and activity."""

    def headers(self) -> Sequence[str]:
        return (
            translate("SharingModels", "Name"),
            translate("SharingModels", "Topic"),
            translate("SharingModels", "Office"),
            translate("SharingModels", "Members"),
            translate("SharingModels", "Sessions"),
        )

    def cell(self, row: CommunityRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                row.topic,
                row.office_code or translate("SharingModels", "All offices"),
                QLocale().toString(row.members),
                QLocale().toString(row.sessions),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return _RIGHT
        return None


class MembersModel(RowsModel):
    """A community's members."""

    def headers(self) -> Sequence[str]:
        return (
            translate("SharingModels", "Member"),
            translate("SharingModels", "Office"),
            translate("SharingModels", "Member since"),
        )

    def row_id(self, row: MemberRow) -> Any:
        return row.person_id

    def cell(self, row: MemberRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.person, row.office_code or "", short_date(row.since))[column]
        return None


class CommunitySessionsModel(RowsModel):
    """A community's series of sessions, read-only."""

    def headers(self) -> Sequence[str]:
        return (
            translate("SharingModels", "Date"),
            translate("SharingModels", "Title"),
            translate("SharingModels", "Hosts"),
            translate("SharingModels", "Attended"),
        )

    def cell(self, row: SessionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_day(row.starts_at), row.title, ", ".join(row.host_names), QLocale().toString(row.attended))[
                column
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return _RIGHT
        return None


class OfficeHoursModel(RowsModel):
    """Per-office totals: learning, hosting, and the volunteers' share."""

    def headers(self) -> Sequence[str]:
        return (
            translate("SharingModels", "Office"),
            translate("SharingModels", "People"),
            translate("SharingModels", "Learning hours"),
            translate("SharingModels", "Hosting hours"),
            translate("SharingModels", "Volunteers' hours"),
            translate("SharingModels", "Volunteers' share"),
        )

    def row_id(self, row: OfficeHours) -> Any:
        return row.office_id

    def cell(self, row: OfficeHours, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            volunteers = row.volunteer_learning_minutes + row.volunteer_hosting_minutes
            share = volunteers / row.total_minutes if row.total_minutes else 0.0
            return (
                row.office_code or translate("SharingModels", "No office"),
                QLocale().toString(row.people),
                hours_text(row.learning_minutes),
                hours_text(row.hosting_minutes),
                hours_text(volunteers),
                percent(share),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return _RIGHT
        return None


class PersonHoursModel(RowsModel):
    """Per-person learning and hosting hours."""

    def headers(self) -> Sequence[str]:
        return (
            translate("SharingModels", "Person"),
            translate("SharingModels", "Office"),
            translate("SharingModels", "Kind"),
            translate("SharingModels", "Learning hours"),
            translate("SharingModels", "Sessions attended"),
            translate("SharingModels", "Hosting hours"),
            translate("SharingModels", "Sessions hosted"),
        )

    def row_id(self, row: PersonHours) -> Any:
        return row.person_id

    def cell(self, row: PersonHours, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.person,
                row.office_code or "",
                kind_label(row.kind),
                hours_text(row.learning_minutes),
                QLocale().toString(row.sessions_attended),
                hours_text(row.hosting_minutes),
                QLocale().toString(row.sessions_hosted),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return _RIGHT
        return None
