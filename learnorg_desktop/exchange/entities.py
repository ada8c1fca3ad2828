"""Which tables are exchanged, in which order, and how their values travel as JSON.

Everything is derived from the models' metadata, so a column added by a later migration travels
without touching this module. References travel as the referenced record's UUID; `id` and
`row_version` stay local; derived columns (people's search and sort keys) are recomputed on import.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Boolean, Date, Enum, Integer, String, Table, Text, UniqueConstraint, select, type_coerce
from sqlalchemy.types import NullType

from learnorg_desktop.exchange.errors import PackageError
from learnorg_desktop.models import Base, Synced
from learnorg_desktop.services.anonymous import anonymous_code, anonymous_identity
from learnorg_desktop.services.text import search_key, sort_name
from learnorg_desktop.storage.types import UTCDateTime

LOCAL_COLUMNS = frozenset({"id", "row_version"})
UUID_PATTERN = re.compile(r"^[0-9a-fA-F-]{32,36}$")
Values = dict[str, Any]


def _people_derived(values: Values) -> Values:
    return {"search_key": search_key(values["first_name"], values["last_name"], values["email"] or ""),
            "sort_name": sort_name(values["last_name"], values["first_name"])}


# Columns computed locally from others: never trusted from a package.
DERIVED: dict[str, tuple[tuple[str, ...], Callable[[Values], Values]]] = {
    "people": (("search_key", "sort_name"), _people_derived),
}
def _anonymise_version(values: Values) -> Values:
    """A winning version that lacked the anonymisation (a deletion, say) loses the identity too.

    Everything is taken from the winning version itself, so every office computes the same record.
    """
    identity = anonymous_identity(anonymous_code(str(values["created_at"])))
    return {**values, **identity, "anonymised_at": values["updated_at"]}


# Flags that, once set on any side, win over a version without them and are never undone. A flag
# column holds a boolean, or a time that counts as set when present (people's `anonymised_at`).
STICKY: dict[str, tuple[str, ...]] = {"people": ("anonymised_at",)}
FLAG_RAISERS: dict[tuple[str, str], Callable[[Values], Values]] = {("people", "anonymised_at"): _anonymise_version}


def raise_flag(table: str, flag: str, values: Values) -> Values:
    """`values` with `flag` set, plus whatever setting it implies for this entity."""
    raiser = FLAG_RAISERS.get((table, flag))
    return raiser(values) if raiser else {**values, flag: True}


@dataclass(frozen=True)
class Codec:
    """Checks a JSON value and turns it into the column's Python value (and back)."""

    kind: str
    nullable: bool
    length: int | None = None
    enum_class: type[enum.Enum] | None = None

    def to_json(self, value: Any) -> Any:
        """The JSON form of a typed value, or of a raw database value (SQLite gives text and 0/1)."""
        if value is None:
            return None
        return _ENCODERS[self.kind](value)

    def from_json(self, value: Any) -> Any:
        """The column value; ValueError when the JSON value does not fit."""
        if value is None:
            if not self.nullable:
                raise ValueError("missing value")
            return None
        return _DECODERS[self.kind](self, value)


def _decode_int(codec: Codec, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**53:
        raise ValueError(f"{value!r} is not an integer")
    return value


def _decode_bool(codec: Codec, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{value!r} is not true or false")
    return value


def _decode_str(codec: Codec, value: Any) -> str:
    if not isinstance(value, str) or (codec.length is not None and len(value) > codec.length):
        raise ValueError("not a text, or too long")
    return value


def _decode_date(codec: Codec, value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError(f"{value!r} is not a date")
    return date.fromisoformat(value)


def _decode_datetime(codec: Codec, value: Any) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(f"{value!r} is not a time")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("a time without time zone")
    return moment.astimezone(UTC)


def _decode_enum(codec: Codec, value: Any) -> enum.Enum:
    assert codec.enum_class is not None
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a choice")
    return codec.enum_class(value)


def _encode_datetime(value: Any) -> str:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat()


def _encode_date(value: Any) -> str:
    return value if isinstance(value, str) else str(value.isoformat())


def _encode_enum(value: Any) -> str:
    return value.value if isinstance(value, enum.Enum) else str(value)


def _same(value: Any) -> Any:
    return value


_ENCODERS: dict[str, Callable[[Any], Any]] = {
    "int": _same, "str": _same, "bool": bool, "date": _encode_date, "datetime": _encode_datetime,
    "enum": _encode_enum,
}
_DECODERS: dict[str, Callable[[Codec, Any], Any]] = {
    "int": _decode_int, "bool": _decode_bool, "str": _decode_str, "date": _decode_date,
    "datetime": _decode_datetime, "enum": _decode_enum,
}


def _codec(column: Any) -> Codec:
    kind_type = column.type
    nullable = bool(column.nullable)
    if isinstance(kind_type, Enum):
        return Codec("enum", nullable, enum_class=kind_type.enum_class)
    if isinstance(kind_type, UTCDateTime):
        return Codec("datetime", nullable)
    for sql_type, kind in ((Boolean, "bool"), (Integer, "int"), (Date, "date")):
        if isinstance(kind_type, sql_type):
            return Codec(kind, nullable)
    if isinstance(kind_type, String | Text):
        return Codec("str", nullable, length=getattr(kind_type, "length", None))
    raise TypeError(f"no exchange codec for {column}")


@dataclass(frozen=True)
class Entity:
    """One exchanged table: its columns as they travel, references, natural key and sticky flags."""

    table: Table
    columns: tuple[str, ...]  # exchanged columns, sorted, without "uuid" and the references
    references: tuple[tuple[str, str], ...]  # (column, referenced table), sorted
    codecs: dict[str, Codec]
    natural_key: str | None
    sticky: tuple[str, ...]
    derived: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.table.name

    def derive(self, values: Values) -> Values:
        spec = DERIVED.get(self.name)
        return spec[1](values) if spec else {}

    def decode(self, record: dict[str, Any]) -> tuple[Values, Values]:
        """The record's column values and their canonical JSON form (references still as UUIDs);
        PackageError when one does not fit."""
        values: Values = {}
        form: Values = {}
        for name in self.columns:
            if name not in record:
                raise bad_record(self.name, record, f"no value for {name}")
            raw, codec = record[name], self.codecs[name]
            try:
                values[name] = typed = codec.from_json(raw)
            except (ValueError, TypeError) as error:
                raise bad_record(self.name, record, f"{name}: {error}") from None
            # Only a time can be written several ways ("Z", "+02:00"): others are already canonical.
            form[name] = codec.to_json(typed) if codec.kind in ("datetime", "date") else raw
        for name, _ in self.references:
            ref = record.get(name, ...)
            if ref is ... or not (ref is None or (isinstance(ref, str) and UUID_PATTERN.match(ref))):
                raise bad_record(self.name, record, f"{name} is not a reference")
            if ref is None and not self.codecs[name].nullable:
                raise bad_record(self.name, record, f"{name} is missing")
            values[name] = form[name] = ref
        return values, form

    def to_json_form(self, values: Values) -> Values:
        """Typed values -> their JSON form (references stay UUIDs)."""
        form = {name: self.codecs[name].to_json(values[name]) for name in self.columns}
        return form | {name: values[name] for name, _ in self.references}

    def to_python(self, form: Values) -> Values:
        """JSON form -> typed values, for writing (the form was checked when it was decoded or read)."""
        values = {name: self.codecs[name].from_json(form[name]) for name in self.columns}
        return values | {name: form[name] for name, _ in self.references}

    def row_form(self, row: Any, uuid_of: Callable[[str, int], str]) -> Values:
        """The JSON form of a database row (read raw), references turned into UUIDs."""
        form = {name: self.codecs[name].to_json(row[name]) for name in self.columns}
        for name, table in self.references:
            form[name] = None if row[name] is None else uuid_of(table, row[name])
        return form

    def record(self, uuid: str, form: Values) -> dict[str, Any]:
        return {"uuid": uuid, **form}

    def content_hash(self, form: Values, canonical: Callable[[str], str]) -> str:
        """Office-independent hash of a version (JSON form): references count by their canonical UUID."""
        plain = tuple(form[n] for n in self.columns)
        refs = tuple(None if form[n] is None else canonical(form[n]) for n, _ in self.references)
        return hashlib.sha256(repr((plain, refs)).encode()).hexdigest()[:32]

    def raw_select(self) -> Any:
        """A select of every column without result processing: the merge and export read thousands of rows."""
        return select(*(type_coerce(c, NullType()).label(c.name) for c in self.table.c))

    def flags(self, values: Values) -> tuple[bool, ...]:
        return tuple(bool(values[f]) for f in self.sticky)


def bad_record(table: str, record: dict[str, Any], reason: str) -> PackageError:
    uuid = record.get("uuid")
    return PackageError(f"a {table} record ({uuid}) is not acceptable: {reason}", code="package_bad_record",
                        entity=table, uuid=str(uuid), reason=reason)


def _natural_key(table: Table) -> str | None:
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = [c.name for c in constraint.columns]
            if names != ["uuid"] and len(names) == 1:
                return names[0]
    for column in table.columns:
        if column.unique and column.name != "uuid":
            return str(column.name)
    return None


def _entity(table: Table) -> Entity:
    derived = DERIVED.get(table.name, ((), None))[0]
    references = tuple(sorted((str(fk.parent.name), str(fk.column.table.name)) for fk in table.foreign_keys))
    ref_names = {name for name, _ in references}
    columns = tuple(sorted(
        str(c.name) for c in table.columns
        if c.name not in LOCAL_COLUMNS and c.name not in derived and c.name not in ref_names and c.name != "uuid"))
    codecs = {str(c.name): _codec(c) for c in table.columns if c.name not in LOCAL_COLUMNS}
    sticky = ("deleted", *(f for f in STICKY.get(table.name, ()) if f in table.columns))
    return Entity(table, columns, references, codecs, _natural_key(table), sticky, derived)


@cache
def entities() -> tuple[Entity, ...]:
    """Every exchanged table, parents before children."""
    synced = {cast(Table, m.local_table).name for m in Base.registry.mappers if issubclass(m.class_, Synced)}
    return tuple(_entity(t) for t in Base.metadata.sorted_tables if t.name in synced)


def entity(name: str) -> Entity:
    for candidate in entities():
        if candidate.name == name:
            return candidate
    raise KeyError(name)
