"""Is the database on a network share or a removable drive? There a confirmed save may not survive."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "davfs", "fuse.sshfs", "fuse.rclone",
                       "fuse.gvfsd-fuse", "fuse.s3fs", "ncpfs"}
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/usb")


class RiskyLocation(StrEnum):
    NETWORK = "network"
    REMOVABLE = "removable"


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_of(path: Path, mounts: str) -> tuple[str, str] | None:
    """The (mount point, file-system type) holding `path`, from the text of /proc/mounts."""
    target = str(path)
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, kind)
    return best


def classify_mount(point: str, kind: str) -> RiskyLocation | None:
    if kind in NETWORK_FILESYSTEMS or kind.startswith("fuse.sshfs"):
        return RiskyLocation.NETWORK
    if any((point + "/").startswith(root) for root in REMOVABLE_ROOTS):
        return RiskyLocation.REMOVABLE
    return None


def _windows(path: Path) -> RiskyLocation | None:
    import ctypes

    if str(path).startswith("\\\\"):
        return RiskyLocation.NETWORK  # a UNC path: \\\\server\\share
    drive_type = ctypes.windll.kernel32.GetDriveTypeW(f"{path.drive}\\")  # type: ignore[attr-defined]
    return {2: RiskyLocation.REMOVABLE, 4: RiskyLocation.NETWORK}.get(int(drive_type))


def risky_location(path: Path) -> RiskyLocation | None:
    """NETWORK or REMOVABLE when the file's folder is on such a drive; None for a local disk (or unknown)."""
    resolved = path.expanduser().resolve()
    try:
        if sys.platform == "win32":
            return _windows(resolved)
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except (OSError, AttributeError, ValueError):
        return None  # macOS or a sandbox without /proc: no warning rather than a false one
    found = mount_of(resolved, mounts)
    return classify_mount(*found) if found else None
