"""Import a skills catalogue from CSV/XLSX/ODS: all rows valid, or nothing written and every bad row listed.

Columns (French or English headers): category, name, description, key, target holders, target level,
expires. A skill already in the catalogue (same name, any case) is updated with the file's values.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from learnorg_desktop.importers.columns import header_key
from learnorg_desktop.importers.errors import NoHeaderError, RowError
from learnorg_desktop.importers.tabular import CellValue, RawTable, is_empty, read_table
from learnorg_desktop.services import skills
from learnorg_desktop.services.errors import ServiceError, ValidationError

_HEADER_SEARCH_ROWS = 15


class Column(StrEnum):
    CATEGORY = "category"
    NAME = "name"
    DESCRIPTION = "description"
    KEY = "key"
    TARGET_HOLDERS = "target_holders"
    TARGET_LEVEL = "target_level"
    EXPIRES = "expires"


ALIASES: dict[Column, tuple[str, ...]] = {
    Column.CATEGORY: ("categorie", "category", "domaine", "famille", "theme"),
    Column.NAME: ("competence", "nom", "nom de la competence", "intitule", "name", "skill", "skill name"),
    Column.DESCRIPTION: ("description", "descriptif", "details"),
    Column.KEY: ("cle", "competence cle", "cle ?", "key", "key skill", "is key"),
    Column.TARGET_HOLDERS: ("cible personnes", "nombre cible", "personnes cibles", "nombre de personnes cible",
                            "detenteurs cibles", "target holders", "holders", "target people"),
    Column.TARGET_LEVEL: ("niveau cible", "niveau", "target level", "level"),
    Column.EXPIRES: ("expire", "perime", "a renouveler", "validite limitee", "expires", "expiry", "renewable"),
}
_INDEX = {header_key(alias): column for column, aliases in ALIASES.items() for alias in aliases}
_TRUE = {"oui", "o", "yes", "y", "1", "vrai", "true", "x"}
_FALSE = {"non", "n", "no", "0", "faux", "false", ""}


class CatalogueImportError(ValidationError):
    """The file has bad rows; `errors` lists every one (row numbers as the spreadsheet shows them)."""

    code = "bad_catalogue_rows"

    def __init__(self, errors: list[RowError]) -> None:
        lines = "\n".join(f"  row {e.row} [{e.field}]: {e.message}" for e in errors)
        super().__init__("file", f"{len(errors)} bad rows, nothing imported:\n{lines}", count=len(errors))
        self.errors = errors


@dataclass(frozen=True)
class CatalogueRow:
    """A valid row of the file, with its row number and category name."""

    row: int
    category: str
    skill: skills.SkillInput
    columns: frozenset[Column]


@dataclass(frozen=True)
class CatalogueImportReport:
    """What the import did."""

    rows: int
    created: int
    updated: int
    categories_created: int


def _header(table: RawTable) -> tuple[int, dict[int, Column]]:
    for index in range(min(len(table.rows), _HEADER_SEARCH_ROWS)):
        columns: dict[int, Column] = {}
        for position, value in enumerate(table.rows[index]):
            found = _INDEX.get(header_key(value)) if isinstance(value, str) else None
            if found is not None and found not in columns.values():
                columns[position] = found
        if Column.NAME in columns.values():
            return index, columns
    raise NoHeaderError(table.source or "file", "no header row found (a column named 'Compétence' or 'Name')")


def _text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _flag(value: CellValue, field: str) -> bool:
    text = _text(value).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field, f"'{value}' is not oui/non or yes/no", code="bad_flag")


def _number(value: CellValue, field: str) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a whole number", code="bad_number") from None


def _parse_row(cells: dict[Column, CellValue], row: int) -> CatalogueRow:
    data = skills.SkillInput(
        name=_text(cells.get(Column.NAME)),
        description=_text(cells.get(Column.DESCRIPTION)),
        is_key=_flag(cells.get(Column.KEY), Column.KEY.value),
        target_holders=_number(cells.get(Column.TARGET_HOLDERS), Column.TARGET_HOLDERS.value),
        target_level=_number(cells.get(Column.TARGET_LEVEL), Column.TARGET_LEVEL.value),
        expires=_flag(cells.get(Column.EXPIRES), Column.EXPIRES.value),
    )
    return CatalogueRow(row, _text(cells.get(Column.CATEGORY)), skills.validate_skill(data), frozenset(cells))


def parse_catalogue(table: RawTable) -> list[CatalogueRow]:
    """Every data row checked; CatalogueImportError listing all bad rows when any is bad."""
    header, columns = _header(table)
    parsed: list[CatalogueRow] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for cells, row in zip(table.rows[header + 1:], table.row_numbers[header + 1:], strict=True):
        if all(is_empty(c) for c in cells):
            continue
        values = {col: cells[pos] if pos < len(cells) else None for pos, col in columns.items()}
        try:
            item = _parse_row(values, row)
        except ValidationError as error:
            errors.append(RowError(row, error.field, error.message, error.code))
            continue
        first = seen.setdefault(item.skill.name.casefold(), row)
        if first != row:
            errors.append(RowError(row, Column.NAME.value, f"'{item.skill.name}' is already on row {first}",
                                   "duplicate_skill"))
            continue
        parsed.append(item)
    if errors:
        raise CatalogueImportError(errors)
    return parsed


def import_catalogue(session: Session, rows: list[CatalogueRow]) -> CatalogueImportReport:
    """Create or update the parsed skills (and missing categories) in the caller's transaction."""
    before = len(skills.list_categories(session))
    category_ids = skills.category_ids_by_name(session, {r.category for r in rows}, create=True)
    created = updated = 0
    errors: list[RowError] = []
    for item in rows:
        data = skills.SkillInput(**{**item.skill.__dict__, "category_id": category_ids.get(item.category)})
        existing = skills.skill_by_name(session, data.name)
        try:
            if existing is None:
                skills.create_skill(session, data)
                created += 1
            else:
                skills.update_skill(session, existing.id, _merged(session, existing.id, data, item.columns))
                updated += 1
        except ServiceError as error:
            errors.append(RowError(item.row, getattr(error, "field", None), error.message, error.code))
    if errors:
        raise CatalogueImportError(errors)
    return CatalogueImportReport(len(rows), created, updated, len(skills.list_categories(session)) - before)


def _merged(
    session: Session, skill_id: int, data: skills.SkillInput, columns: frozenset[Column]
) -> skills.SkillInput:
    """The file's values for the columns it has; the skill's own values for the others."""
    current = skills.get_skill(session, skill_id)
    keep = {
        "category_id": Column.CATEGORY, "description": Column.DESCRIPTION, "is_key": Column.KEY,
        "target_holders": Column.TARGET_HOLDERS, "target_level": Column.TARGET_LEVEL, "expires": Column.EXPIRES,
    }
    values = {name: getattr(data if column in columns else current, name) for name, column in keep.items()}
    return skills.SkillInput(name=data.name, **values)


def import_catalogue_file(session: Session, path: Path) -> CatalogueImportReport:
    """Read, check and import a file; on any bad row nothing is written (the caller's transaction rolls back)."""
    return import_catalogue(session, parse_catalogue(read_table(path)))
