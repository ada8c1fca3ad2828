"""Column type for the domain's enums; the enums themselves live in learnorg_desktop.enums."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum

from learnorg_desktop.enums import (
    AssessmentSource,
    ChecklistKind,
    NeedOrigin,
    NeedStatus,
    PersonKind,
    PersonStatus,
    ResourceKind,
    RespondentGroup,
    SessionFormat,
    SessionStatus,
)

# Re-exported so `from learnorg_desktop.models.enums import PersonKind` keeps working in the models.
__all__ = [
    "AssessmentSource",
    "ChecklistKind",
    "NeedOrigin",
    "NeedStatus",
    "PersonKind",
    "PersonStatus",
    "ResourceKind",
    "RespondentGroup",
    "SessionFormat",
    "SessionStatus",
    "str_enum",
]


def str_enum(enum_cls: type[StrEnum]) -> Enum:
    """A portable column type storing the enum's value (not its name), no native DB enum."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=24,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )
