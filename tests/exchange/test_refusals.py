"""Every refused package leaves the database exactly as it was."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from learnorg_desktop.exchange import crypto
from learnorg_desktop.exchange.errors import PackageError
from learnorg_desktop.exchange.importer import import_package, open_package
from learnorg_desktop.exchange.package_format import MANIFEST
from learnorg_desktop.storage.database import Database
from tests.conftest import module_targets
from tests.exchange.helpers import (
    FAST_KDF,
    add_person,
    dump,
    export,
    members_of,
    office_db,
    sealed_zip,
    with_manifest,
)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def offices(tmp_path_factory: pytest.TempPathFactory,
            request: pytest.FixtureRequest) -> Iterator[tuple[Database, Database, Path]]:
    """HQ and LYON, once per engine for the whole module (refusals change nothing, so tests can share them)."""
    folder = tmp_path_factory.mktemp("offices")
    where = module_targets(request, folder)
    hq, lyon = office_db(where, "HQ", hq=True), office_db(where, "LYON")
    add_person(hq, "Ana", "Silva")
    add_person(hq, "Hélène", "Dupré")
    export(hq, folder / "plain.learnorg", to_office="LYON")
    yield hq, lyon, folder
    hq.close()
    lyon.close()


def _refused(db: Database, path: Path, code: str, passphrase: str | None = None) -> None:
    before = dump(db)
    with pytest.raises(PackageError) as raised:
        import_package(db, open_package(path, passphrase), backup=False)
    assert raised.value.code == code, raised.value.message
    assert dump(db) == before


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_truncated_and_flipped_files_are_refused(offices: tuple[Database, Database, Path]) -> None:
    _, lyon, folder = offices
    data = (folder / "plain.learnorg").read_bytes()
    _refused(lyon, _write(folder, "cut.learnorg", data[: len(data) // 2]), "package_damaged")
    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 0x01
    _refused(lyon, _write(folder, "flip.learnorg", bytes(flipped)), "package_damaged")


@pytest.mark.parametrize(("name", "code"), [
    ("/etc/passwd", "package_unsafe"), ("../evil.jsonl", "package_unsafe"), ("records/../../x.jsonl", "package_unsafe"),
    ("records/people.jsonl", "package_unsafe"),  # a duplicate of a real member
    ("notes.txt", "package_unsafe"),
])
def test_odd_member_names_are_refused(offices: tuple[Database, Database, Path], name: str, code: str) -> None:
    _, lyon, folder = offices
    members = members_of((folder / "plain.learnorg").read_bytes())
    with pytest.warns(UserWarning) if name == "records/people.jsonl" else _nothing():
        data = sealed_zip([*members, (name, b"{}\n")])
    _refused(lyon, _write(folder, "odd.learnorg", data), code)


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None


def test_unusual_compression_and_oversized_members_are_refused(offices: tuple[Database, Database, Path]) -> None:
    _, lyon, folder = offices
    members = members_of((folder / "plain.learnorg").read_bytes())
    _refused(lyon, _write(folder, "bz.learnorg", sealed_zip(members, compression=zipfile.ZIP_BZIP2)), "package_unsafe")
    bomb = [*members, ("files/" + "0" * 64, b"\0" * (8 << 20))]
    _refused(lyon, _write(folder, "bomb.learnorg", sealed_zip(bomb)), "package_unsafe")


def test_members_not_in_the_manifest_are_refused(offices: tuple[Database, Database, Path]) -> None:
    _, lyon, folder = offices
    members = [m for m in members_of((folder / "plain.learnorg").read_bytes()) if m[0] != "records/people.jsonl"]
    _refused(lyon, _write(folder, "missing.learnorg", sealed_zip(members)), "package_unsafe")


def test_newer_schema_same_office_wrong_target_are_refused(offices: tuple[Database, Database, Path]) -> None:
    hq, lyon, folder = offices
    members = members_of((folder / "plain.learnorg").read_bytes())
    _refused(lyon, _write(folder, "new.learnorg", sealed_zip(with_manifest(members, schema="9999"))),
             "package_too_new")
    _refused(lyon, _write(folder, "fmt.learnorg", sealed_zip(with_manifest(members, format_version=2))),
             "package_too_new")
    _refused(hq, folder / "plain.learnorg", "package_same_office")
    lille = office_db(folder / "lille", "LILLE")
    _refused(lille, folder / "plain.learnorg", "package_wrong_target")
    lille.close()


def test_a_reused_export_id_with_other_content_is_refused(offices: tuple[Database, Database, Path]) -> None:
    hq, _, folder = offices
    other = office_db(folder / "other", "OTHER")
    export(hq, folder / "a.learnorg", to_office="OTHER")
    add_person(hq, "Marc", "Durand")
    export(hq, folder / "b.learnorg", to_office="OTHER")
    import_package(other, open_package(folder / "a.learnorg"), backup=False)
    export_id = json.loads(dict(members_of((folder / "a.learnorg").read_bytes()))[MANIFEST])["export_id"]
    forged = sealed_zip(with_manifest(members_of((folder / "b.learnorg").read_bytes()), export_id=export_id))
    _refused(other, _write(folder, "forged.learnorg", forged), "package_replayed")
    other.close()


def test_a_record_that_breaks_the_rules_refuses_the_whole_package(offices: tuple[Database, Database, Path]) -> None:
    _, lyon, folder = offices
    members = dict(members_of((folder / "plain.learnorg").read_bytes()))
    lines = members["records/people.jsonl"].decode().splitlines()
    record = json.loads(lines[-1])
    record["kind"] = "pirate"
    lines[-1] = json.dumps(record)
    members["records/people.jsonl"] = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(members[MANIFEST])
    import hashlib

    for part in manifest["parts"]:
        if part["name"] == "records/people.jsonl":
            part["sha256"] = hashlib.sha256(members["records/people.jsonl"]).hexdigest()
            part["size"] = len(members["records/people.jsonl"])
    members[MANIFEST] = json.dumps(manifest).encode()
    _refused(lyon, _write(folder, "bad.learnorg", sealed_zip(list(members.items()))), "package_bad_record")


def test_encrypted_packages_need_the_right_passphrase(offices: tuple[Database, Database, Path]) -> None:
    hq, lyon, folder = offices
    export(hq, folder / "secret.learnorg", to_office="LYON", full=True, passphrase="mot de passe partagé")
    data = (folder / "secret.learnorg").read_bytes()
    assert b"Silva" not in data and crypto.is_encrypted(data)
    before = dump(lyon)
    with pytest.raises(PackageError) as missing:
        open_package(folder / "secret.learnorg")
    assert missing.value.code == "package_encrypted"
    with pytest.raises(PackageError) as wrong:
        open_package(folder / "secret.learnorg", "mauvais")
    assert wrong.value.code == "package_undecryptable"
    flipped = bytearray(data)
    flipped[-10] ^= 0x80
    with pytest.raises(PackageError) as modified:
        open_package(_write(folder, "flipped.learnorg", bytes(flipped)), "mot de passe partagé")
    assert modified.value.code == "package_undecryptable"
    assert dump(lyon) == before
    report = import_package(lyon, open_package(folder / "secret.learnorg", "mot de passe partagé"), backup=False)
    assert report.counts["people"].created >= 2


def test_kdf_parameters_read_from_a_file_are_bounded() -> None:
    data = bytearray(crypto.encrypt(b"x", "pw", FAST_KDF))
    data[10:11] = bytes([255])  # lanes
    with pytest.raises(PackageError):
        crypto.decrypt(bytes(data), "pw")


_KDF_FIELDS_END = 15  # iterations, lanes and memory: their bounds are tested above, not fuzzed (up to 1 GiB)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7),
       how=st.sampled_from(["flip", "cut", "insert"]), inserted=st.binary(min_size=1, max_size=8),
       encrypted=st.booleans())
def test_any_damage_is_refused_and_changes_nothing(offices: tuple[Database, Database, Path], position: float,
                                                   bit: int, how: str, inserted: bytes, encrypted: bool) -> None:
    hq, lyon, folder = offices
    source = folder / ("fuzz-secret.learnorg" if encrypted else "plain.learnorg")
    if not source.exists():
        export(hq, source, to_office="LYON", passphrase="phrase de passe")
    data = bytearray(source.read_bytes())
    start = _KDF_FIELDS_END if encrypted and how != "cut" else 0
    index = start + int(position * (len(data) - start))
    if how == "cut":
        data = data[:index]
    elif how == "flip":
        data[index] ^= 1 << bit
    else:
        data[index:index] = inserted
    path = _write(folder, "damaged.learnorg", bytes(data))
    before = dump(lyon)
    with pytest.raises(PackageError):
        import_package(lyon, open_package(path, "phrase de passe" if encrypted else None), backup=False)
    assert dump(lyon) == before
