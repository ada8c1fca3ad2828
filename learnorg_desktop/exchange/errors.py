"""Typed refusals of the exchange: every one leaves the database untouched."""

from __future__ import annotations

from typing import Any

from learnorg_desktop.services.errors import NotFoundError, ServiceError


class PackageError(ServiceError):
    """A package was refused before anything changed; `code` says why.

    Codes: package_damaged (truncated, corrupted or modified), package_unsafe (odd zip entries:
    absolute or `..` names, duplicates, unknown members, unusual compression, oversized or
    suspiciously compressed members), package_encrypted (a passphrase is needed),
    package_not_encrypted (a passphrase was given for a plain package), package_undecryptable
    (wrong passphrase, or the file was modified), package_too_new, package_same_office,
    package_wrong_target, package_replayed (export id already received with other content),
    package_bad_record (a record fails validation), package_missing_reference (a record points
    to something neither the package nor this database holds), no_local_office.
    """

    code = "package_damaged"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message, code=code, **params)


class ConflictNotFoundError(NotFoundError):
    """No open conflict with this id."""

    code = "unknown_conflict"
