"""Network shares and removable drives are recognised from the mount table."""

from __future__ import annotations

from pathlib import Path

from learnorg_desktop.storage.location import RiskyLocation, classify_mount, mount_of, risky_location

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//nas/partage /home/claire/Partage cifs rw 0 0
nas:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /media/claire/CLÉ\\040USB vfat rw 0 0
/dev/sda2 /home ext4 rw 0 0
"""


def test_the_longest_mount_point_wins() -> None:
    assert mount_of(Path("/home/claire/Partage/asso.sqlite3"), MOUNTS) == ("/home/claire/Partage", "cifs")
    assert mount_of(Path("/home/claire/asso.sqlite3"), MOUNTS) == ("/home", "ext4")
    assert mount_of(Path("/media/claire/CLÉ USB/asso.sqlite3"), MOUNTS) == ("/media/claire/CLÉ USB", "vfat")


def test_classification() -> None:
    assert classify_mount("/home/claire/Partage", "cifs") is RiskyLocation.NETWORK
    assert classify_mount("/srv/nfs", "nfs4") is RiskyLocation.NETWORK
    assert classify_mount("/media/claire/CLÉ USB", "vfat") is RiskyLocation.REMOVABLE
    assert classify_mount("/home", "ext4") is None


def test_a_temporary_folder_is_not_risky(tmp_path: Path) -> None:
    assert risky_location(tmp_path / "x.sqlite3") is None
