"""Translated names of the needs-mapping vocabularies: levels, sources, origins, statuses, priorities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from learnorg_desktop.enums import AssessmentSource, NeedOrigin, NeedStatus


def level_label(level: int | None) -> str:
    """"3 – autonomous"; empty for no level."""
    if level is None:
        return ""
    names = {
        0: QCoreApplication.translate("SkillLabels", "none"),
        1: QCoreApplication.translate("SkillLabels", "notions"),
        2: QCoreApplication.translate("SkillLabels", "practitioner"),
        3: QCoreApplication.translate("SkillLabels", "autonomous"),
        4: QCoreApplication.translate("SkillLabels", "can teach"),
    }
    return f"{level} – {names.get(level, '?')}"


def interest_label(interest: int | None) -> str:
    if interest is None:
        return ""
    names = {
        0: QCoreApplication.translate("SkillLabels", "not interested"),
        1: QCoreApplication.translate("SkillLabels", "a little"),
        2: QCoreApplication.translate("SkillLabels", "interested"),
        3: QCoreApplication.translate("SkillLabels", "very interested"),
    }
    return names.get(interest, str(interest))


def source_label(source: AssessmentSource) -> str:
    labels = {
        AssessmentSource.SELF: QCoreApplication.translate("SkillLabels", "Self-assessment"),
        AssessmentSource.MANAGER: QCoreApplication.translate("SkillLabels", "Manager"),
        AssessmentSource.SESSION: QCoreApplication.translate("SkillLabels", "Session"),
    }
    return labels[AssessmentSource(source)]


def origin_label(origin: NeedOrigin) -> str:
    labels = {
        NeedOrigin.WISH: QCoreApplication.translate("SkillLabels", "Wish"),
        NeedOrigin.CAREER: QCoreApplication.translate("SkillLabels", "Career"),
        NeedOrigin.ORGANISATION: QCoreApplication.translate("SkillLabels", "Organisation"),
    }
    return labels[NeedOrigin(origin)]


def need_status_label(status: NeedStatus) -> str:
    labels = {
        NeedStatus.OPEN: QCoreApplication.translate("SkillLabels", "Open"),
        NeedStatus.PLANNED: QCoreApplication.translate("SkillLabels", "Planned"),
        NeedStatus.IN_PROGRESS: QCoreApplication.translate("SkillLabels", "In progress"),
        NeedStatus.MET: QCoreApplication.translate("SkillLabels", "Met"),
        NeedStatus.DROPPED: QCoreApplication.translate("SkillLabels", "Dropped"),
    }
    return labels[NeedStatus(status)]


def status_action_label(status: NeedStatus) -> str:
    """The verb a menu shows to move a need to `status`."""
    labels = {
        NeedStatus.OPEN: QCoreApplication.translate("SkillLabels", "Reopen"),
        NeedStatus.PLANNED: QCoreApplication.translate("SkillLabels", "Mark as planned"),
        NeedStatus.IN_PROGRESS: QCoreApplication.translate("SkillLabels", "Mark as in progress"),
        NeedStatus.MET: QCoreApplication.translate("SkillLabels", "Mark as met"),
        NeedStatus.DROPPED: QCoreApplication.translate("SkillLabels", "Drop"),
    }
    return labels[NeedStatus(status)]


def priority_label(priority: int) -> str:
    labels = {
        1: QCoreApplication.translate("SkillLabels", "High"),
        2: QCoreApplication.translate("SkillLabels", "Normal"),
        3: QCoreApplication.translate("SkillLabels", "Low"),
    }
    return labels.get(priority, str(priority))


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("SkillLabels", "Yes") if value else QCoreApplication.translate(
        "SkillLabels", "No")
