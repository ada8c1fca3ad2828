"""Fuzzing the importers (issue #9): damaged or hostile files give typed errors and change nothing.

Deterministic (derandomized, no example database) and small enough to run in seconds. Three doors
into the database are fuzzed: the people import (CSV, XLSX and random cell values), exchange
packages whose content was changed and then sealed again (so every record check is reached; the
seal and the encryption themselves are fuzzed in tests/exchange/test_refusals.py), and the
self-diagnosis form import.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from learnorg_desktop.exchange.errors import PackageError
from learnorg_desktop.exchange.importer import import_package, open_package
from learnorg_desktop.exchange.package_format import MANIFEST
from learnorg_desktop.importers.diagnostic_form import FormImportError, import_form_files
from learnorg_desktop.importers.errors import RowError
from learnorg_desktop.services import diagnostic
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.people_import import ImportReport, import_file
from learnorg_desktop.storage.database import Database
from tests.exchange.helpers import add_person, add_skill_and_level, dump, export, members_of, office_db, sealed_zip
from tests.importers.builders import FR_HEADER, people_rows, write_csv, write_xlsx
from tests.importers.test_diagnostic_form import TODAY, _blank, _fill

# The suite runs the same 50 examples each time, in seconds. LEARNORG_FUZZ_EXAMPLES=5000 runs a
# longer, random campaign by hand (keep what it finds as an explicit regression test).
_CAMPAIGN = os.environ.get("LEARNORG_FUZZ_EXAMPLES")
FUZZ = settings(derandomize=_CAMPAIGN is None, database=None, deadline=None, max_examples=int(_CAMPAIGN or "50"),
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
_names = itertools.count()


def _damage(data: st.DataObject, original: bytes) -> bytes:
    """The bytes with a few bits flipped, bytes inserted or deleted, or the end cut off."""
    out = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4), label="damages")):
        kind = data.draw(st.sampled_from(["flip", "insert", "delete", "cut"]), label="kind")
        at = data.draw(st.integers(0, max(len(out) - 1, 0)), label="at")
        if kind == "flip" and out:
            out[at] ^= 1 << data.draw(st.integers(0, 7), label="bit")
        elif kind == "insert":
            out[at:at] = data.draw(st.binary(min_size=1, max_size=16), label="inserted")
        elif kind == "delete":
            del out[at:at + data.draw(st.integers(1, 16), label="deleted")]
        else:
            del out[at:]
    return bytes(out)


def _rezipped(original: bytes, data: st.DataObject) -> bytes:
    """A well-formed zip whose members are those of `original`, one of them damaged."""
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    target = data.draw(st.sampled_from([name for name, _ in members]), label="member")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            archive.writestr(name, _damage(data, content) if name == target else content)
    return buffer.getvalue()


def _write(folder: Path, suffix: str, content: bytes) -> Path:
    path = folder / f"fuzz{next(_names)}{suffix}"
    path.write_bytes(content)
    return path


# --- people ---------------------------------------------------------------------------------


def _import_people(db: Database, path: Path) -> ImportReport | None:
    """Import `path`: a report whose figures add up, or a typed refusal that changed nothing."""
    before = dump(db)
    try:
        report = import_file(db, path)
    except ServiceError as error:
        event(f"refused: {error.code}")
        assert dump(db) == before
        return None
    event("imported" if report.created + report.updated else "nothing to import")
    assert report.created + report.updated + report.skipped + report.rejected == report.rows
    assert all(isinstance(error, RowError) for error in report.errors)
    return report


@pytest.fixture
def valid_people(tmp_path: Path) -> dict[str, bytes]:
    rows = [FR_HEADER, *people_rows(4)]
    text_rows = [["" if c is None else c.strftime("%d/%m/%Y") if isinstance(c, date) else str(c) for c in row]
                 for row in rows]
    return {".csv": write_csv(tmp_path / "valid.csv", text_rows, bom=True).read_bytes(),
            ".xlsx": write_xlsx(tmp_path / "valid.xlsx", rows).read_bytes()}


@FUZZ
@given(data=st.data(), suffix=st.sampled_from([".csv", ".xlsx"]), inside=st.booleans())
def test_damaged_people_files(db: Database, tmp_path: Path, valid_people: dict[str, bytes], data: st.DataObject,
                              suffix: str, inside: bool) -> None:
    original = valid_people[suffix]
    content = _rezipped(original, data) if suffix == ".xlsx" and inside else _damage(data, original)
    _import_people(db, _write(tmp_path, suffix, content))


@FUZZ
@given(content=st.binary(max_size=600), suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv"]))
def test_random_bytes_as_people_files(db: Database, tmp_path: Path, content: bytes, suffix: str) -> None:
    _import_people(db, _write(tmp_path, suffix, content))


_text = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40)
_cell = st.one_of(
    st.none(), _text, st.integers(-(10**12), 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), st.dates(), st.datetimes(min_value=datetime(1900, 3, 1)), st.times(),
    st.sampled_from(["bénévole", "S", "LYON", "lyon", "Marseille", "31/02/2024", "2024-13-01", "1/9/2019",
                     "a@b", "x@example.org", "X@EXAMPLE.ORG", "=1+1", "  ", "9999-12-31", "01/01/2204",
                     "N" * 121, "Dupont"]),
)


@FUZZ
@given(data=st.data(), header=st.lists(st.sampled_from(FR_HEADER[1:]), max_size=5, unique=True).flatmap(
    lambda others: st.permutations(["Nom", *others])), as_csv=st.booleans())
def test_random_cell_values(db: Database, tmp_path: Path, data: st.DataObject, header: list[str],
                            as_csv: bool) -> None:
    """Valid rows with some cells replaced by random values (and some rows cut short)."""
    rows = []
    for valid in people_rows(data.draw(st.integers(1, 6), label="rows"), start=next(_names) * 10):
        by_field = dict(zip(FR_HEADER, valid, strict=True))
        row = [data.draw(_cell, label="cell") if data.draw(st.booleans(), label="random") else by_field[name]
               for name in header]
        rows.append(row[:data.draw(st.integers(1, len(row)), label="width")])
    table = [header, *rows]
    if as_csv:
        path = write_csv(_write(tmp_path, ".csv", b""), [[_csv_text(c) for c in row] for row in table], sep="\t")
    else:
        path = write_xlsx(_write(tmp_path, ".xlsx", b""), table)
    _import_people(db, path)


def _csv_text(value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


# --- exchange packages, changed then sealed again -------------------------------------------


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, bytes]]:
    folder = tmp_path_factory.mktemp("fuzz-offices")
    hq, lyon = office_db(folder / "hq", "HQ", hq=True), office_db(folder / "lyon", "LYON")
    person = add_person(hq, "Hélène", "Dupré", office="HQ")
    add_skill_and_level(hq, person, "Premiers secours", 3)
    export(hq, folder / "p.learnorg", to_office="LYON", full=True)
    hq.close()
    yield lyon, (folder / "p.learnorg").read_bytes()
    lyon.close()


_json_value = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63), st.floats(), _text,
    st.sampled_from(["2025-02-30", "2026-01-05T10:00:00", "2026-01-05T10:00:00+14:00", "volunteer", "pirate", "",
                     "00000000-0000-0000-0000-000000000000", "x" * 400]),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _resealed(members: list[tuple[str, bytes]], changed: dict[str, bytes]) -> bytes:
    """The package with some record parts replaced, its manifest made to agree, and sealed again."""
    manifest = json.loads(dict(members)[MANIFEST])
    for part in manifest["parts"]:
        if part["name"] in changed:
            content = changed[part["name"]]
            part.update(sha256=hashlib.sha256(content).hexdigest(), size=len(content),
                        records=content.count(b"\n"))
    manifest["export_id"] = f"fuzz-{next(_names)}"  # else the second package would be a replay
    result = [(name, changed.get(name, data)) for name, data in members if name != MANIFEST]
    return sealed_zip([*result, (MANIFEST, json.dumps(manifest).encode())])


# Lines only a forger writes: Python's JSON reader takes Infinity and NaN, and recurses on nesting.
_HOSTILE_LINES = [b"[" * 100_000, b'{"a":' * 50_000, b"Infinity", b"NaN", b"null", b"[]", b'"text"', b"{}"]


def _changed_record(data: st.DataObject, content: bytes) -> bytes:
    lines = content.splitlines()
    index = data.draw(st.integers(0, len(lines) - 1), label="line")
    if data.draw(st.booleans(), label="whole line"):
        lines[index] = data.draw(st.sampled_from(_HOSTILE_LINES), label="hostile line")
    else:
        record = json.loads(lines[index])
        key = data.draw(st.sampled_from(sorted(record)), label="key")
        if data.draw(st.booleans(), label="drop"):
            del record[key]
        else:
            record[key] = data.draw(_json_value, label="value")
        lines[index] = json.dumps(record, ensure_ascii=False).encode()
    return b"\n".join(lines) + b"\n"


def _changed_manifest(data: st.DataObject, manifest: dict[str, Any]) -> bytes:
    if data.draw(st.booleans(), label="whole manifest"):
        return data.draw(st.sampled_from(_HOSTILE_LINES), label="hostile manifest")
    target = manifest
    if data.draw(st.booleans(), label="in a part"):
        target = data.draw(st.sampled_from(manifest["parts"]), label="part")
    key = data.draw(st.sampled_from(sorted(target)), label="manifest key")
    target[key] = data.draw(_json_value, label="manifest value")
    return json.dumps(manifest).encode()


@FUZZ
@given(data=st.data(), where=st.sampled_from(["bytes", "record", "manifest"]))
def test_changed_packages_are_checked(offices: tuple[Database, bytes], tmp_path: Path, data: st.DataObject,
                                      where: str) -> None:
    lyon, package = offices
    members = members_of(package)
    parts = [name for name, content in members if name.startswith("records/") and content]
    name = data.draw(st.sampled_from(sorted(parts)), label="part")
    content = dict(members)[name]
    changed = _damage(data, content) if where == "bytes" else _changed_record(data, content)
    resealed = _resealed(members, {} if where == "manifest" else {name: changed})
    if where == "manifest":
        manifest = json.loads(dict(members_of(resealed))[MANIFEST])
        others = [(n, c) for n, c in members_of(resealed) if n != MANIFEST]
        resealed = sealed_zip([*others, (MANIFEST, _changed_manifest(data, manifest))])
    path = _write(tmp_path, ".learnorg", resealed)
    before = dump(lyon)
    try:
        import_package(lyon, open_package(path), backup=False)
    except PackageError as error:
        event(f"refused: {error.code}")
        assert dump(lyon) == before
    else:
        event("imported")


def _refused_with(lyon: Database, path: Path, code: str) -> None:
    before = dump(lyon)
    with pytest.raises(PackageError) as refused:
        import_package(lyon, open_package(path), backup=False)
    assert refused.value.code == code
    assert dump(lyon) == before


@pytest.mark.parametrize("member", ["records/people.jsonl", "aliases.json", MANIFEST])
def test_deeply_nested_json_is_refused(offices: tuple[Database, bytes], tmp_path: Path, member: str) -> None:
    """Found by the fuzzing above: json.loads raised RecursionError, which reached the user as a traceback."""
    lyon, package = offices
    members = members_of(package)
    nested = b"[" * 100_000
    if member == MANIFEST:
        forged = sealed_zip([*(m for m in members if m[0] != MANIFEST), (MANIFEST, nested)])
    else:
        forged = _resealed(members, {member: nested + (b"\n" if member.endswith(".jsonl") else b"")})
    _refused_with(lyon, _write(tmp_path, ".learnorg", forged), "package_damaged")


def test_an_infinite_size_in_the_manifest_is_refused(offices: tuple[Database, bytes], tmp_path: Path) -> None:
    """Found by the fuzzing above: int(Infinity) raised OverflowError while reading the manifest."""
    lyon, package = offices
    members = members_of(package)
    manifest = json.loads(dict(members)[MANIFEST])
    manifest["parts"][0]["size"] = float("inf")  # written as the bare word Infinity, which json.loads reads
    forged = sealed_zip([*(m for m in members if m[0] != MANIFEST), (MANIFEST, json.dumps(manifest).encode())])
    _refused_with(lyon, _write(tmp_path, ".learnorg", forged), "package_damaged")


# --- self-diagnosis forms ---------------------------------------------------------------------


@FUZZ
@given(data=st.data(), inside=st.booleans())
def test_damaged_diagnostic_forms(db: Database, tmp_path: Path, data: st.DataObject, inside: bool) -> None:
    filled = tmp_path / "filled.xlsx"
    if not filled.exists():
        _, blank = _blank(db, tmp_path)
        _fill(blank, filled, {"#office": "LYON", "#group": "Bénévole", "LEAD1": 4, "#comment": "Très bien"})
    with db.read() as session:
        campaign_id = diagnostic.list_campaigns(session)[0].id
    original = filled.read_bytes()
    path = _write(tmp_path, ".xlsx", _rezipped(original, data) if inside else _damage(data, original))
    before = dump(db)
    try:
        report = import_form_files(db, campaign_id, [path], TODAY)
    except ServiceError as error:
        event(f"refused: {error.problems[0].code if isinstance(error, FormImportError) else error.code}")
        assert dump(db) == before
    else:
        event("imported")
        assert report.files == 1
