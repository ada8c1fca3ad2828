"""Typed refusals of a whole file; per-row problems are `RowError` values, not exceptions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from learnorg_desktop.services.errors import ServiceError


class ImportFileError(ServiceError):
    """The file as a whole cannot be imported; `path` names it. Nothing was written."""

    code = "import_file"

    def __init__(self, path: object, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(f"{path}: {message}", code=code, path=str(path), **params)
        self.path = str(path)
        self.reason = message


class UnsupportedFormatError(ImportFileError):
    """The extension is not one of .csv, .xlsx, .xls, .ods."""

    code = "unsupported_format"


class UnreadableFileError(ImportFileError):
    """Corrupt, truncated, binary or undecodable content."""

    code = "unreadable_file"


class UnsafeFileError(ImportFileError):
    """The file looks like a zip or XML bomb (too big once expanded, or declares XML entities)."""

    code = "unsafe_file"


class EmptyFileError(ImportFileError):
    """The file holds no cell at all."""

    code = "empty_file"


class NoHeaderError(ImportFileError):
    """No row looks like a header naming at least the last name column."""

    code = "no_header"


@dataclass(frozen=True)
class RowError:
    """A rejected row: `row` is the row number the user sees in the spreadsheet (or the CSV line).

    `code` is stable; `value` is the offending text (for `duplicate_in_file`, the earlier row number) so
    the GUI can word the message in the user's language.
    """

    row: int
    field: str | None
    message: str
    code: str = "invalid"
    value: str = ""
