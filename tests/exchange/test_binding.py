"""The merge's fast codec accepts, refuses and converts exactly as the entities' own codecs do."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from learnorg_desktop.exchange.binding import (
    IN_BATCH,
    DriverStatement,
    InLookup,
    RecordCodec,
    bind_processor,
    older_objects_ignored,
    write_statements,
)
from learnorg_desktop.exchange.entities import Entity, entities, entity
from learnorg_desktop.exchange.errors import PackageError
from learnorg_desktop.exchange.state import _version_statements
from tests.exchange.helpers import add_person, add_skill_and_level, export, members_of, office_db

DIALECTS: list[Dialect] = [sqlite.dialect(), postgresql.dialect(), postgresql.dialect(paramstyle="format")]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """Real exported records of a few entities, to mutate."""
    folder = tmp_path_factory.mktemp("binding")
    hq = office_db(folder, "HQ", hq=True)
    person = add_person(hq, "Hélène", "Dupré")
    add_skill_and_level(hq, person, "Premiers secours", 3)
    export(hq, folder / "p.learnorg", full=True)
    found: dict[str, list[dict[str, Any]]] = {}
    for name, data in members_of((folder / "p.learnorg").read_bytes()):
        if name.startswith("records/"):
            found[name[len("records/"):-len(".jsonl")]] = [json.loads(line) for line in data.splitlines()]
    hq.close()
    yield found


def _outcome(call: Any) -> Any:
    try:
        return call()
    except PackageError as error:
        return ("refused", error.message, error.code, error.params)


def _expected_params(spec: Entity, typed: dict[str, Any], dialect: Dialect) -> list[Any]:
    result = []
    for name in spec.columns:
        processor, value = bind_processor(spec.table.c[name], dialect), typed[name]
        result.append(value if processor is None or value is None else processor(value))
    return result


json_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**60), 2**60), st.floats(allow_nan=False), st.text(max_size=50),
    st.sampled_from(["2025-03-01", "2025-W01-1", "2025-02-30", "2026-01-05T10:00:00+02:00", "2026-01-05T10:00:00",
                     "2026-01-05T08:00:00Z", "volunteer", "staff", "x" * 300, "", "self", "  "]),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), dialect=st.sampled_from(DIALECTS))
def test_decode_matches_the_entity_codecs(records: dict[str, list[dict[str, Any]]], data: st.DataObject,
                                          dialect: Dialect) -> None:
    name = data.draw(st.sampled_from(sorted(n for n, found in records.items() if found)))
    spec = entity(name)
    record = dict(data.draw(st.sampled_from(records[name])))
    fields = sorted(k for k in record if k != "uuid")
    for key in data.draw(st.lists(st.sampled_from(fields), max_size=3)) if fields else []:
        if data.draw(st.booleans()):
            record[key] = data.draw(json_values)
        else:
            record.pop(key, None)
    codec = RecordCodec(spec, dialect)
    expected, got = _outcome(lambda: spec.decode(record)), _outcome(lambda: codec.decode(record))
    event("refused" if expected[0] == "refused" else "accepted")
    if expected[0] == "refused":
        assert got == expected
        return
    typed, form = expected
    assert got[0] == form
    assert got[1] == _expected_params(spec, typed, dialect)
    assert got[2] == (typed if spec.derived else None)
    assert codec.content_hash(form, str.upper) == spec.content_hash(form, str.upper)
    assert codec.params_of(form) == got[1]


def test_row_forms_match(tmp_path: Path) -> None:
    db = office_db(tmp_path, "HQ", hq=True)
    person = add_person(db, "Ana", "Silva")
    add_skill_and_level(db, person, "Cuisine", 2)
    with db.read() as session:
        for spec in entities():
            codec = RecordCodec(spec, db.engine.dialect)
            for row in session.execute(spec.raw_select()).mappings():
                for _ in range(2):  # the second time from the memo
                    assert codec.row_form(row, lambda t, i: f"{t}:{i}") == spec.row_form(row, lambda t, i: f"{t}:{i}")
    db.close()


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: f"{d.name}-{d.paramstyle}")
def test_every_write_compiles_for_the_driver(dialect: Dialect) -> None:
    """The merge's inserts and updates, and the version rows', need no default SQLAlchemy would fill in."""
    for spec in entities():
        inserting, updating = write_statements(spec, dialect)
        assert inserting.sql.startswith("INSERT INTO") and updating.sql.startswith("UPDATE")
    inserting, updating = _version_statements(dialect)
    assert "exchange_versions" in inserting.sql and "exchange_versions" in updating.sql
    for spec in entities():  # the look-ups by UUID, at every padded size
        lookup = InLookup(spec.raw_select(), spec.table.c.uuid)
        for size in (16, 128, IN_BATCH):
            assert lookup._statement_for(dialect, size).sql.count("IN (") == 1


def test_a_statement_needing_a_default_is_refused() -> None:
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("name", String(10)),
                  Column("flag", Boolean, default=False))
    with pytest.raises(ValueError, match="needs the parameters"):
        DriverStatement(insert(table), ["name"], sqlite.dialect())
    statement = DriverStatement(insert(table), ["flag", "name"], sqlite.dialect())
    db_rows = _run(table, statement, [(True, "a"), (False, "b")])
    assert db_rows == [(1, "a", True), (2, "b", False)]


def _run(table: Table, statement: DriverStatement, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    with engine.begin() as connection:
        statement.execute(connection, rows)
        return [tuple(r) for r in connection.execute(select(table).order_by(table.c.id))]


def test_the_collector_pause_restores_what_it_found() -> None:
    assert gc.get_freeze_count() == 0
    with older_objects_ignored():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()  # someone else's choice is left alone
    try:
        frozen = gc.get_freeze_count()
        with older_objects_ignored():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_lookups_pad_their_batches_and_find_every_key(tmp_path: Path) -> None:
    db = office_db(tmp_path, "HQ", hq=True)
    uuids = [add_person(db, f"P{i}", "Test") for i in range(20)]
    spec = entity("people")
    lookup = InLookup(select(spec.table.c.uuid, spec.table.c.id), spec.table.c.uuid)
    with db.read() as session:
        for wanted in (uuids[:1], uuids[:17], uuids, [*uuids, "missing"]):
            found = lookup.rows(session.connection(), wanted)
            assert sorted(u for u, _ in found) == sorted(u for u in wanted if u != "missing")
        assert lookup.rows(session.connection(), []) == []
    db.close()
