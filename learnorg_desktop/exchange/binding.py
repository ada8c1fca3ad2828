"""Package records -> checked JSON form and driver parameters, fast enough for 100,000-record imports.

`RecordCodec.decode` accepts and refuses exactly what `Entity.decode` does: values that pass its
quick type tests are taken as they are, anything else goes through the entity's own codec (same
errors, same messages). Dates, times and choices repeat (a bulk edit stamps thousands of records
with one time), so each distinct text is checked and converted once, as `demo/bulk.py` does.

`DriverStatement` sends chunks of parameter rows straight to the driver's executemany: SQLAlchemy
compiles the Core statement for the dialect (so PostgreSQL runs the same code), but its per-row,
per-column parameter processing, which cost more than the rest of the merge, is skipped: values
arrive already converted by each column's own bind processor.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Column, Select, bindparam, insert, literal_column, update
from sqlalchemy.engine import Connection, CursorResult, Dialect, RowMapping
from sqlalchemy.sql import ClauseElement, ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler

from learnorg_desktop.exchange.entities import UUID_PATTERN, Entity, Values, bad_record

IN_BATCH = 500  # keys per IN (...): under the oldest SQLite's 999 parameters and PostgreSQL's limit
_IN_SIZES = (16, 128, IN_BATCH)
_MEMO_KINDS = frozenset({"date", "datetime", "enum"})
_MEMO_LIMIT = 50_000  # distinct texts remembered per column; beyond, the memo starts again
_SAFE_INT = 2**53
_NONE = (None, None, None)
Processor = Callable[[Any], Any] | None


def bind_processor(column: Column[Any], dialect: Dialect) -> Processor:
    """The column type's own conversion of a Python value into what the driver receives."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


class _Field:
    """One exchanged column: its codec, bind processor and memos of converted values.

    `convert(raw)` gives (typed value, JSON form, driver value), or raises the codec's ValueError or
    TypeError; it is a closure specialised for the column's kind, as it runs once per value.
    """

    __slots__ = ("codec", "convert", "kind", "name", "nullable", "processor", "row_memo")

    def __init__(self, entity: Entity, name: str, dialect: Dialect) -> None:
        self.name, self.codec = name, entity.codecs[name]
        self.kind, self.nullable = self.codec.kind, self.codec.nullable
        self.processor = bind_processor(entity.table.c[name], dialect)
        self.row_memo: dict[Any, Any] = {}
        self.convert = self._converter()

    def _converter(self) -> Callable[[Any], tuple[Any, Any, Any]]:
        slow, nullable, processor, kind = self._convert, self.nullable, self.processor, self.kind
        if kind in _MEMO_KINDS:
            memo: dict[str, tuple[Any, Any, Any]] = {}

            def convert(raw: Any) -> tuple[Any, Any, Any]:
                if type(raw) is str:
                    found = memo.get(raw)
                    if found is None:
                        found = slow(raw)
                        if len(memo) >= _MEMO_LIMIT:
                            memo.clear()
                        memo[raw] = found
                    return found
                return _NONE if raw is None and nullable else slow(raw)
        elif kind == "str" and processor is None:
            limit = self.codec.length if self.codec.length is not None else _SAFE_INT

            def convert(raw: Any) -> tuple[Any, Any, Any]:
                if type(raw) is str and len(raw) <= limit:
                    return raw, raw, raw
                return _NONE if raw is None and nullable else slow(raw)
        elif kind in ("int", "bool"):
            flags = {flag: (flag, flag, flag if processor is None else processor(flag)) for flag in (False, True)}

            def convert(raw: Any) -> tuple[Any, Any, Any]:
                if raw is True or raw is False:  # before int: a bool is an int to Python, not to the codec
                    return flags[raw] if kind == "bool" else slow(raw)
                if kind == "int" and processor is None and type(raw) is int and -_SAFE_INT <= raw <= _SAFE_INT:
                    return raw, raw, raw
                return _NONE if raw is None and nullable else slow(raw)
        else:
            def convert(raw: Any) -> tuple[Any, Any, Any]:
                return _NONE if raw is None and nullable else slow(raw)
        return convert

    def _convert(self, raw: Any) -> tuple[Any, Any, Any]:
        typed = self.codec.from_json(raw)
        # As Entity.decode: only dates and times have several spellings; other values are their own form.
        form = self.codec.to_json(typed) if self.kind in ("date", "datetime") else raw
        return typed, form, typed if self.processor is None or typed is None else self.processor(typed)

    def form_of_row(self, value: Any) -> Any:
        """The JSON form of a raw database value (text on SQLite, Python values on PostgreSQL)."""
        if value is None or self.kind not in _MEMO_KINDS:
            return self.codec.to_json(value)
        found = self.row_memo.get(value)
        if found is None:
            if len(self.row_memo) >= _MEMO_LIMIT:
                self.row_memo.clear()
            found = self.row_memo[value] = self.codec.to_json(value)
        return found


class RecordCodec:
    """Decodes one entity's package records and converts their values for the driver."""

    def __init__(self, entity: Entity, dialect: Dialect) -> None:
        self.entity = entity
        self._fields = [_Field(entity, name, dialect) for name in entity.columns]
        self._converters = [(field.name, field.convert) for field in self._fields]
        self._plain = _picker(entity.columns)
        self._derived = [(name, bind_processor(entity.table.c[name], dialect)) for name in entity.derived]

    def decode(self, record: dict[str, Any]) -> tuple[Values, list[Any], Values | None]:
        """(JSON form, driver values in `Entity.columns` order, typed values when derived columns need
        them); PackageError for the first value that does not fit, worded as `Entity.decode` words it."""
        entity, form, params = self.entity, {}, []
        typed: Values | None = {} if self._derived else None
        name = ""
        try:
            for name, convert in self._converters:
                value, form[name], driver = convert(record[name])
                params.append(driver)
                if typed is not None:
                    typed[name] = value
        except KeyError:
            if name in record:
                raise
            raise bad_record(entity.name, record, f"no value for {name}") from None
        except (ValueError, TypeError) as error:
            raise bad_record(entity.name, record, f"{name}: {error}") from None
        for name, _ in entity.references:  # the same checks as the end of Entity.decode
            ref = record.get(name, ...)
            if ref is ... or not (ref is None or (isinstance(ref, str) and UUID_PATTERN.match(ref))):
                raise bad_record(entity.name, record, f"{name} is not a reference")
            if ref is None and not entity.codecs[name].nullable:
                raise bad_record(entity.name, record, f"{name} is missing")
            form[name] = ref
            if typed is not None:
                typed[name] = ref
        return form, params, typed

    def params_of(self, form: Values) -> list[Any]:
        """Driver values of a JSON form checked before (a local version, a raised flag)."""
        return [field.convert(form[field.name])[2] for field in self._fields]

    def derived_params(self, typed: Values) -> list[Any]:
        """Driver values of the derived columns (people's search and sort keys), from typed values."""
        values = self.entity.derive(typed)
        return [values[name] if processor is None else processor(values[name]) for name, processor in self._derived]

    def row_form(self, row: Any, uuid_of: Callable[[str, int], str]) -> Values:
        """As `Entity.row_form`, with converted dates and times remembered."""
        form = {field.name: field.form_of_row(row[field.name]) for field in self._fields}
        for name, table in self.entity.references:
            form[name] = None if row[name] is None else uuid_of(table, row[name])
        return form

    def content_hash(self, form: Values, canonical: Callable[[str], str]) -> str:
        """Exactly `Entity.content_hash` (a test compares them), without its per-column generator."""
        plain = self._plain(form)
        refs = tuple(None if form[n] is None else canonical(form[n]) for n, _ in self.entity.references)
        return hashlib.sha256(repr((plain, refs)).encode()).hexdigest()[:32]


def _picker(keys: Sequence[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """A C-speed `lambda row: tuple(row[k] for k in keys)`."""
    if len(keys) == 1:  # itemgetter of one key returns the value, not a 1-tuple
        only = keys[0]
        return lambda row: (row[only],)
    if not keys:
        return lambda row: ()
    return itemgetter(*keys)


class DriverStatement:
    """A Core statement compiled once for a dialect, run with the driver's executemany.

    `names` are the statement's parameters in the order rows give them. Compiling must ask for exactly
    those: a Python-side default or onupdate the rows leave out would be silently missing.
    """

    def __init__(self, statement: ClauseElement, names: Sequence[str], dialect: Dialect) -> None:
        self.names = tuple(names)
        compiled = cast(SQLCompiler, statement.compile(dialect=dialect, column_keys=list(names)))
        wanted = list(compiled.bind_names.values())
        if sorted(wanted) != sorted(self.names) or compiled.escaped_bind_names:
            raise ValueError(f"the statement needs the parameters {sorted(wanted)}, rows give {sorted(self.names)}")
        self.sql = compiled.string
        self._shape: Callable[[tuple[Any, ...]], Any] | None = None  # None: rows go as they are
        if not compiled.positional:
            self._shape = lambda row: dict(zip(self.names, row, strict=True))
        elif list(compiled.positiontup or ()) != list(self.names):
            self._shape = _picker([self.names.index(name) for name in compiled.positiontup or ()])

    def execute(self, connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        """Rows hold driver values already (see `bind_processor`); tuples, as the driver wants them."""
        if rows:
            shape = self._shape
            connection.exec_driver_sql(self.sql, list(rows) if shape is None else [shape(row) for row in rows])

    def query(self, connection: Connection, row: tuple[Any, ...]) -> CursorResult[tuple[Any, ...]]:
        """Run once with one row of parameters; the result's values are the driver's, unprocessed."""
        return connection.exec_driver_sql(self.sql, row if self._shape is None else self._shape(row))


class InLookup:
    """`statement WHERE key IN (...)` through the driver, in batches of at most IN_BATCH keys.

    SQLAlchemy's expanding IN re-renders and re-processes its parameters on every run: about five
    times the cost of SQLite's own index look-ups here. A batch is padded (repeating a key changes
    nothing in an IN list) to one of a few sizes, each compiled once.
    """

    def __init__(self, statement: Select[Any], key: ColumnElement[Any]) -> None:
        self._statement, self._key = statement, key
        self._compiled: dict[tuple[Dialect, int], DriverStatement] = {}

    def rows(self, connection: Connection, keys: Sequence[Any]) -> list[Any]:
        """The rows (tuples of raw driver values) whose key is one of `keys`."""
        found: list[Any] = []
        for start in range(0, len(keys), IN_BATCH):
            batch = list(keys[start:start + IN_BATCH])
            size = next(size for size in _IN_SIZES if size >= len(batch))
            batch += [batch[-1]] * (size - len(batch))
            found.extend(self._statement_for(connection.dialect, size).query(connection, tuple(batch)))
        return found

    def mappings(self, connection: Connection, keys: Sequence[Any]) -> list[RowMapping]:
        return [row._mapping for row in self.rows(connection, keys)]

    def _statement_for(self, dialect: Dialect, size: int) -> DriverStatement:
        statement = self._compiled.get((dialect, size))
        if statement is None:
            names = [f"k{i}" for i in range(size)]
            where = self._key.in_([bindparam(name) for name in names])
            statement = self._compiled[dialect, size] = DriverStatement(self._statement.where(where), names, dialect)
        return statement


def write_statements(entity: Entity, dialect: Dialect) -> tuple[DriverStatement, DriverStatement]:
    """The entity's insert, and its update by id, for rows of: `Entity.columns`, the references' ids,
    the derived columns, then the UUID and row version (insert) or the id (update)."""
    table = entity.table
    names = [*entity.columns, *(n for n, _ in entity.references), *entity.derived]
    inserting = DriverStatement(insert(table), [*names, "uuid", "row_version"], dialect)
    # A literal 1, not a bound one: every parameter of the statement comes from the rows.
    assignments: dict[str, Any] = {name: bindparam(f"b_{name}") for name in names}
    assignments["row_version"] = table.c.row_version + literal_column("1")
    updating = DriverStatement(update(table).where(table.c.id == bindparam("b_id")).values(assignments),
                               [*(f"b_{name}" for name in names), "b_id"], dialect)
    return inserting, updating


@contextmanager
def older_objects_ignored() -> Iterator[None]:
    """While a bulk merge runs, the garbage collector skips the objects that existed before it.

    The merge allocates millions of short-lived containers, and each collection of the oldest
    generation walked every long-lived object (models, SQLAlchemy's caches): ~20 % of the merge's
    time. Objects made during the merge are still collected; the older ones are again afterwards.
    """
    if gc.get_freeze_count():  # frozen by someone else: unfreezing would undo their choice
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
