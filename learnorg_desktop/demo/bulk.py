"""Fast bulk inserts for generated data: explicit ids, driver-level executemany, chunked.

Why not `session.execute(insert(Model), rows)`: on a 2-core machine SQLAlchemy's per-row, per-column
bind processing doubled the time of a 50,000-person demo. Here each column still goes through its
own type's bind processor (so dates, enums and timestamps are stored exactly as the ORM stores
them), but memoised: demo values repeat (a few hundred dates, a handful of enum values), so each
distinct value is converted once. Ids are assigned here, so no RETURNING is needed.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from learnorg_desktop.models.base import Base
from learnorg_desktop.services.errors import ServiceError

CHUNK = 5000
_STAMP = ("id", "uuid", "origin_office_uuid", "created_at", "updated_at", "deleted", "row_version")
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


class _Memo(dict[Any, Any]):
    """A bind processor that converts each distinct value once."""

    def __init__(self, processor: Callable[[Any], Any]) -> None:
        super().__init__()
        self._processor = processor

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self._processor(key)
        return value


def _scalar_defaults(table: Table, given: set[str]) -> dict[str, Any]:
    """Constant Python-side defaults of the columns not given (Core applies none on the driver path)."""
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.name in given:
            continue
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            defaults[column.name] = default.arg  # type: ignore[attr-defined]
        elif default is not None:
            raise ValueError(f"{table.name}.{column.name} has a computed default: give it explicitly")
    return defaults


class UuidSource:
    """UUIDs unique to one run: a random prefix (version 8, "custom", RFC 9562) then a counter.

    Random version-4 UUIDs cost more to make than the rest of a demo row, and land all over the
    unique index; these are as unique across databases (62 random bits per run) and arrive in order.
    """

    def __init__(self) -> None:
        h = f"{random.SystemRandom().getrandbits(64):016x}"
        self._prefix = f"{h[:8]}-{h[8:12]}-8{h[12:15]}-{'89ab'[int(h[15], 16) & 3]}"
        self._counter = itertools.count()

    def __call__(self) -> str:
        tail = f"{next(self._counter):015x}"
        return f"{self._prefix}{tail[:3]}-{tail[3:]}"


class TableWriter:
    """Collects rows for one Synced table and inserts them in chunks; `add` returns the new id."""

    def __init__(self, session: Session, model: type[Base], columns: Sequence[str], *, origin: str | None,
                 now: datetime, uuids: UuidSource, on_full: Callable[[], None]) -> None:
        table = model.__table__
        assert isinstance(table, Table)
        self._session, self._uuids, self._origin, self._on_full = session, uuids, origin, on_full
        dialect = session.get_bind().dialect
        defaults = _scalar_defaults(table, {*_STAMP, *columns})
        self._sql = self._statement(table.name, [*_STAMP, *columns, *defaults], dialect.paramstyle)
        memos = {c.name: _Memo(p) for c in table.columns
                 if (p := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None}
        self._memos = [(i, memos[name]) for i, name in enumerate(columns) if name in memos]
        # The dialect's own processors (as the compiler uses them) format dates and flags for SQLite.
        self._dated = memos["created_at"] if "created_at" in memos else _Memo(lambda value: value)
        self._tail = tuple(memos[n][v] if n in memos else v for n, v in defaults.items())
        self._deleted = memos["deleted"][False] if "deleted" in memos else False
        self._now = self._dated[now]
        self._rows: list[tuple[Any, ...]] = []
        self.next_id = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        self.count = 0

    @staticmethod
    def _statement(table: str, columns: Sequence[str], paramstyle: str) -> str:
        mark = _PLACEHOLDERS.get(paramstyle)
        if mark is None:
            raise ServiceError(f"demo generation does not support this database driver ({paramstyle} parameters)",
                               code="demo_driver", paramstyle=paramstyle)
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"

    def add(self, *values: Any, created_at: datetime | None = None) -> int:
        """Queue one row (values in the declared column order); `created_at` dates it when not now."""
        row_id = self.next_id
        self.next_id += 1
        if self._memos:
            converted = list(values)
            for index, memo in self._memos:
                converted[index] = memo[converted[index]]
            values = tuple(converted)
        stamp = self._now if created_at is None else self._dated[created_at]
        self._rows.append((row_id, self._uuids(), self._origin, stamp, stamp, self._deleted, 1, *values, *self._tail))
        if len(self._rows) >= CHUNK:
            self._on_full()
        return row_id

    def flush(self) -> None:
        if not self._rows:
            return
        self._session.connection().exec_driver_sql(self._sql, self._rows)
        self.count += len(self._rows)
        self._rows = []


class BulkWriter:
    """One `TableWriter` per model, sharing the origin office, the clock and the UUID source.

    Foreign keys are checked at once, so a full buffer flushes every writer in creation order:
    ask for the writers parents first.
    """

    def __init__(self, session: Session, origin: str | None, now: datetime | None = None) -> None:
        self.session, self.origin = session, origin
        self.now = now or datetime.now(UTC)
        self._uuids = UuidSource()
        self._writers: dict[type[Base], TableWriter] = {}

    def table(self, model: type[Base], *columns: str) -> TableWriter:
        """The writer for `model`; the columns are fixed the first time it is asked for."""
        writer = self._writers.get(model)
        if writer is None:
            writer = TableWriter(self.session, model, columns, origin=self.origin, now=self.now,
                                 uuids=self._uuids, on_full=self.flush)
            self._writers[model] = writer
        return writer

    def flush(self) -> None:
        """Write every queued row, parents first (writers were created in dependency order)."""
        for writer in self._writers.values():
            writer.flush()

    def counts(self) -> dict[str, int]:
        return {str(model.__tablename__): w.count for model, w in self._writers.items()}
