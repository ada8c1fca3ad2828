"""Translated display names of the closed vocabularies (kinds, statuses) shared by models and forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from learnorg_desktop.enums import PersonKind, PersonStatus


def kind_label(kind: PersonKind) -> str:
    labels = {
        PersonKind.VOLUNTEER: QCoreApplication.translate("Labels", "Volunteer"),
        PersonKind.STAFF: QCoreApplication.translate("Labels", "Staff member"),
        PersonKind.PARTNER: QCoreApplication.translate("Labels", "Partner"),
    }
    return labels[kind]


def status_label(status: PersonStatus) -> str:
    labels = {
        PersonStatus.INCOMING: QCoreApplication.translate("Labels", "Incoming"),
        PersonStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        PersonStatus.DEPARTED: QCoreApplication.translate("Labels", "Departed"),
    }
    return labels[status]
