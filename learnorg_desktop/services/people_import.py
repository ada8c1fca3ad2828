"""Import people from a spreadsheet: plan (who is created, updated, rejected), then apply in one transaction.

The preview is the real import rolled back: `run_import(..., dry_run=True)` plans and applies exactly as
the confirmed import does, so what it announces is what happens.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.importers.columns import ColumnMapping, Field, detect_mapping, mapping_for_row
from learnorg_desktop.importers.errors import ImportFileError, RowError
from learnorg_desktop.importers.matching import (
    ExistingPerson,
    PeopleIndex,
    SeenRows,
    name_key,
)
from learnorg_desktop.importers.people_rows import ParsedRow, data_rows, parse_row
from learnorg_desktop.importers.tabular import RawTable, read_table
from learnorg_desktop.models import Office, Person, Role
from learnorg_desktop.models.base import new_uuid
from learnorg_desktop.services import organisation
from learnorg_desktop.services.progress import NO_PROGRESS, Progress
from learnorg_desktop.services.text import fold, search_key, sort_name
from learnorg_desktop.storage.backups import backup_before
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.types import utcnow

__all__ = [
    "ColumnMapping", "Field", "ImportAction", "ImportFileError", "ImportPlan", "ImportReport", "RawTable",
    "RowChange", "RowError", "apply_plan", "detect_mapping", "import_file", "mapping_for_row", "plan_import",
    "read_table", "run_import",
]

_PEOPLE: Table = Person.__table__  # type: ignore[assignment]
CHUNK = 2000
MAX_YEARS_AHEAD = 10  # a date further ahead is a typo (2204 for 2024), not a plan
_TEXT_FIELDS = (Field.FIRST_NAME, Field.LAST_NAME, Field.PHONE, Field.DEPARTURE_REASON, Field.LANGUAGES,
                Field.NOTES)


class ImportAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class RowChange:
    """What happens to one accepted row: the person's name and, for an update, the changed fields."""

    row: int
    action: ImportAction
    name: str
    fields: tuple[str, ...] = ()


@dataclass
class ImportPlan:
    """Rows to insert (column dicts), updates by person id, unchanged rows and rejected rows."""

    rows: int = 0
    creates: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    changes: list[RowChange] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def unchanged(self) -> int:
        return sum(1 for c in self.changes if c.action is ImportAction.UNCHANGED)


@dataclass
class ImportReport:
    """The outcome (or, for a dry run, the exact forecast) of an import."""

    rows: int
    created: int
    updated: int
    skipped: int
    errors: list[RowError]
    changes: list[RowChange] = field(default_factory=list)
    dry_run: bool = False

    @property
    def rejected(self) -> int:
        """Rejected rows (a row with two bad cells has two errors but counts once)."""
        return len({e.row for e in self.errors})


# --------------------------------------------------------------------------- planning


@dataclass
class _Context:
    offices: dict[str, int]
    default_office_id: int | None
    default_kind: PersonKind
    latest_date: date
    people: PeopleIndex
    seen: SeenRows = field(default_factory=SeenRows)


def plan_import(
    session: Session, table: RawTable, mapping: ColumnMapping, *, default_office_code: str | None = None,
    default_kind: PersonKind = PersonKind.VOLUNTEER, today: date | None = None, progress: Progress = NO_PROGRESS,
) -> ImportPlan:
    """Decide row by row, reading the database but writing nothing."""
    default_office = organisation.office_by_code(session, default_office_code) if default_office_code else None
    context = _Context(
        offices=_office_index(session), default_office_id=default_office.id if default_office else None,
        default_kind=PersonKind(default_kind), people=PeopleIndex(_existing_people(session)),
        latest_date=(today or date.today()) + timedelta(days=365 * MAX_YEARS_AHEAD),
    )
    plan = ImportPlan()
    rows = list(data_rows(table, mapping))
    for done, (number, cells) in enumerate(rows, start=1):
        parsed, errors = parse_row(number, cells, mapping)
        plan.rows += 1
        if not errors:
            errors = _plan_row(plan, context, parsed)
        plan.errors.extend(errors)
        if done % CHUNK == 0:
            progress.report(done, len(rows), "checking rows")
    return plan


def _plan_row(plan: ImportPlan, context: _Context, parsed: ParsedRow) -> list[RowError]:
    row = parsed.row
    errors = _check_dates(parsed, context.latest_date)
    office_id, office_error = _office_of(parsed, context)
    if office_error is not None:
        errors.append(office_error)
    if errors:
        return errors
    email = parsed.text(Field.EMAIL) or None
    key = name_key(parsed.text(Field.FIRST_NAME), parsed.text(Field.LAST_NAME))
    found = context.people.find(row, email, key)
    if isinstance(found, RowError):
        return [found]
    earlier = context.seen.first_row(email, key, found.id if found else None)
    if earlier is not None:
        return [RowError(row, None, f"duplicate of row {earlier}", "duplicate_in_file", str(earlier))]
    if found is None:
        plan.creates.append(_new_person(parsed, context, office_id))
        plan.changes.append(RowChange(row, ImportAction.CREATE, _name(parsed.values)))
    else:
        error = _plan_update(plan, parsed, found, office_id)
        if error is not None:
            return [error]
    context.seen.add(row, email, key, found.id if found else None)
    return []


def _check_dates(parsed: ParsedRow, latest: date) -> list[RowError]:
    errors = []
    for target in (Field.ARRIVAL_DATE, Field.DEPARTURE_DATE):
        value = parsed.values.get(target)
        if isinstance(value, date) and value > latest:
            errors.append(RowError(parsed.row, target.value, f"{value:%d/%m/%Y} is too far in the future",
                                   "date_too_late", f"{value:%d/%m/%Y}"))
    return errors


def _office_of(parsed: ParsedRow, context: _Context) -> tuple[int | None, RowError | None]:
    text = parsed.text(Field.OFFICE)
    if not text:
        return context.default_office_id, None
    office_id = context.offices.get(fold(text))
    if office_id is None:
        return None, RowError(parsed.row, Field.OFFICE.value, f"unknown office '{text}'", "unknown_office", text)
    return office_id, None


def _new_person(parsed: ParsedRow, context: _Context, office_id: int | None) -> dict[str, Any]:
    values = parsed.values
    kind = values.get(Field.KIND, context.default_kind)
    first, last, email = parsed.text(Field.FIRST_NAME), parsed.text(Field.LAST_NAME), values.get(Field.EMAIL)
    record: dict[str, Any] = {t.value: parsed.text(t) for t in _TEXT_FIELDS}
    record.update(
        kind=kind, email=email, office_id=office_id, role=parsed.text(Field.ROLE),
        arrival_date=values.get(Field.ARRIVAL_DATE), departure_date=values.get(Field.DEPARTURE_DATE),
        search_key=search_key(first, last, str(email or "")), sort_name=sort_name(last, first),
    )
    return record


def _plan_update(plan: ImportPlan, parsed: ParsedRow, person: ExistingPerson, office_id: int | None
                 ) -> RowError | None:
    """Only filled cells count: an empty cell never erases what the database holds."""
    changes: dict[str, Any] = {}
    for target, value in parsed.values.items():
        if target is Field.OFFICE:
            if office_id != person.office_id:
                changes["office_id"] = office_id
        elif target is Field.ROLE:
            if str(value).casefold() != person.role.casefold():
                changes["role"] = value
        elif value != getattr(person, target.value):
            changes[target.value] = value
    arrival = changes.get("arrival_date", person.arrival_date)
    departure = changes.get("departure_date", person.departure_date)
    if arrival and departure and departure < arrival:
        return RowError(parsed.row, Field.DEPARTURE_DATE.value,
                        "the departure date would be before the arrival date", "departure_before_arrival")
    name = _name(parsed.values)
    if not changes:
        plan.changes.append(RowChange(parsed.row, ImportAction.UNCHANGED, name))
        return None
    if {"first_name", "last_name", "email"} & changes.keys():
        first = changes.get("first_name", person.first_name)
        last = changes.get("last_name", person.last_name)
        changes["search_key"] = search_key(first, last, changes.get("email", person.email) or "")
        changes["sort_name"] = sort_name(last, first)
    plan.changes.append(RowChange(parsed.row, ImportAction.UPDATE, name, tuple(sorted(changes))))
    plan.updates.append({"id": person.id, "row_version": person.row_version, **changes})
    return None


def _name(values: dict[Field, Any]) -> str:
    return f"{values.get(Field.FIRST_NAME, '')} {values.get(Field.LAST_NAME, '')}".strip()


def _office_index(session: Session) -> dict[str, int]:
    """Folded office names, then codes (a code wins over another office's identical name)."""
    offices = session.execute(select(Office.id, Office.code, Office.name).where(Office.deleted.is_(False)))
    index: dict[str, int] = {}
    rows = list(offices)
    for office_id, _code, name in rows:
        index[fold(name).strip()] = office_id
    for office_id, code, _name in rows:
        index[fold(code).strip()] = office_id
    return index


def _existing_people(session: Session) -> list[ExistingPerson]:
    roles: dict[int, str] = {r.id: r.name for r in session.execute(select(Role.id, Role.name))}
    stmt = select(
        Person.id, Person.row_version, Person.kind, Person.first_name, Person.last_name, Person.email,
        Person.phone, Person.office_id, Person.role_id, Person.arrival_date, Person.departure_date,
        Person.departure_reason, Person.languages, Person.notes,
    ).where(Person.deleted.is_(False))
    return [
        ExistingPerson(
            r.id, r.row_version, r.kind, r.first_name, r.last_name, (r.email or "").lower() or None, r.phone,
            r.office_id, roles.get(r.role_id, "") if r.role_id else "", r.arrival_date, r.departure_date,
            r.departure_reason, r.languages, r.notes,
        )
        for r in session.execute(stmt)
    ]


# --------------------------------------------------------------------------- applying


def apply_plan(session: Session, plan: ImportPlan, progress: Progress = NO_PROGRESS) -> None:
    """Write the plan with bulk statements; the caller's transaction commits or rolls back."""
    role_ids = _role_ids(session, plan)
    total, done = len(plan.creates) + len(plan.updates), 0
    progress.report(0, total, "saving")
    origin, now = organisation.local_office_uuid(session), utcnow()
    for chunk in _chunks(plan.creates):
        records = [_insert_record(c, role_ids, origin, now) for c in chunk]
        # Core executemany: the ORM's bulk path costs ~3x more per row and adds nothing here.
        session.connection().execute(insert(_PEOPLE), records)
        done += len(chunk)
        progress.report(done, total, "saving")
    for chunk in _chunks(plan.updates):
        _update_chunk(session, chunk, role_ids, now)
        done += len(chunk)
        progress.report(done, total, "saving")


def _role_ids(session: Session, plan: ImportPlan) -> dict[str, int]:
    names = {c["role"] for c in plan.creates if c["role"]} | {u["role"] for u in plan.updates if u.get("role")}
    if not names:
        return {}
    return {name.casefold(): role_id for name, role_id in
            organisation.role_ids_by_name(session, names, create=True).items()}


def _insert_record(create: dict[str, Any], role_ids: dict[str, int], origin: str | None, now: Any
                   ) -> dict[str, Any]:
    # Bulk inserts bypass the ORM's per-object defaults we rely on elsewhere: fill them here.
    record = {k: v for k, v in create.items() if k != "role"}
    record.update(
        uuid=new_uuid(), origin_office_uuid=origin, created_at=now, updated_at=now, deleted=False, row_version=1,
        role_id=role_ids.get(create["role"].casefold()) if create["role"] else None,
    )
    return record


def _update_chunk(session: Session, chunk: Sequence[dict[str, Any]], role_ids: dict[str, int], now: Any) -> None:
    """One executemany per set of changed columns; the version is bumped as an ORM update would."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for change in chunk:
        values = {k: v for k, v in change.items() if k not in ("id", "row_version", "role")}
        if "role" in change:
            values["role_id"] = role_ids.get(str(change["role"]).casefold())
        bound = {f"p_{k}": v for k, v in values.items()}
        bound.update(p_key=change["id"], p_updated_at=now, p_row_version=change["row_version"] + 1)
        groups[tuple(sorted(values))].append(bound)
    table = _PEOPLE
    for columns, params in groups.items():
        assignments: dict[str, Any] = {c: bindparam(f"p_{c}") for c in (*columns, "updated_at", "row_version")}
        stmt = update(table).where(table.c.id == bindparam("p_key")).values(assignments)
        session.connection().execute(stmt, params)


def _chunks(items: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


# --------------------------------------------------------------------------- one call


def run_import(
    db: Database, table: RawTable, mapping: ColumnMapping, *, default_office_code: str | None = None,
    default_kind: PersonKind = PersonKind.VOLUNTEER, dry_run: bool = False, progress: Progress = NO_PROGRESS,
    today: date | None = None,
) -> ImportReport:
    """Plan and apply in one transaction; rolled back on any error, on Cancelled, and for a dry run.

    A real import is preceded by an automatic backup of the database.
    """
    if not dry_run:
        backup_before(db, "import")
    with db.factory() as session:
        transaction = session.begin()
        try:
            plan = plan_import(session, table, mapping, default_office_code=default_office_code,
                               default_kind=default_kind, today=today, progress=progress)
            apply_plan(session, plan, progress)
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    return ImportReport(
        rows=plan.rows, created=len(plan.creates), updated=len(plan.updates), skipped=plan.unchanged,
        errors=plan.errors, changes=plan.changes, dry_run=dry_run,
    )


def import_file(
    db: Database, path: Path, *, office_code: str | None = None, dry_run: bool = False,
    progress: Progress = NO_PROGRESS, default_kind: PersonKind = PersonKind.VOLUNTEER,
) -> ImportReport:
    """Read, detect the columns and import; ImportFileError when the file itself is unusable."""
    table = read_table(Path(path))
    mapping = detect_mapping(table)
    return run_import(db, table, mapping, default_office_code=office_code, default_kind=default_kind,
                      dry_run=dry_run, progress=progress)
