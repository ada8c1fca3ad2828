"""Recognising a save refused by the disk or the file (full disk, read-only file or folder) to word it plainly."""

from __future__ import annotations

import errno
from enum import StrEnum


class StorageRefusal(StrEnum):
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    WRITE_FAILED = "write_failed"  # the disk refused a write: a size limit, a pulled-out drive, a failing disk


def storage_refusal(error: BaseException) -> StorageRefusal | None:
    """READ_ONLY or DISK_FULL when `error` (SQLAlchemy, sqlite3 or OS) says so; None for anything else."""
    code = getattr(error, "errno", None)
    message = f"{error} {getattr(error, 'orig', '')}".lower()
    if code == errno.ENOSPC or code == errno.EFBIG or "disk is full" in message or "no space left" in message:
        return StorageRefusal.DISK_FULL
    if code in (errno.EROFS, errno.EACCES) or "readonly" in message or "read-only" in message:
        return StorageRefusal.READ_ONLY
    if code == errno.EIO or "disk i/o error" in message:
        return StorageRefusal.WRITE_FAILED
    return None


def refusal_text(refusal: StorageRefusal) -> str:
    """The command line's wording (the window has translated ones)."""
    if refusal is StorageRefusal.DISK_FULL:
        return "not saved: the disk is full (free some space and try again; the data saved before is intact)"
    if refusal is StorageRefusal.WRITE_FAILED:
        return ("not saved: the disk refused to write (full, unplugged or failing); the data saved before is "
                "intact - free some space or check the drive, then try again")
    return "not saved: the database cannot be written here (read-only file or folder, or open read-only)"
