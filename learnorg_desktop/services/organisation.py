"""This database's organisation and office, the offices list and roles."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.models import DatabaseInfo, Office, Role
from learnorg_desktop.services.errors import NotFoundError, ValidationError

_ORG_NAME = "organisation_name"
_OFFICE_UUID = "office_uuid"


@dataclass(frozen=True)
class OfficeRow:
    id: int
    uuid: str
    code: str
    name: str
    is_headquarters: bool


def _set_info(session: Session, key: str, value: str) -> None:
    session.merge(DatabaseInfo(key=key, value=value))


def _get_info(session: Session, key: str) -> str | None:
    return session.scalar(select(DatabaseInfo.value).where(DatabaseInfo.key == key))


def initialise(
    session: Session, *, office_code: str, office_name: str, organisation: str = "", headquarters: bool = False
) -> OfficeRow:
    """Make a fresh database belong to one office; refused when it already does."""
    if _get_info(session, _OFFICE_UUID) is not None:
        raise ValidationError("db", "this database is already initialised", code="already_initialised")
    office = add_office(session, code=office_code, name=office_name, headquarters=headquarters)
    _set_info(session, _OFFICE_UUID, office.uuid)
    _set_info(session, _ORG_NAME, organisation or office_name)
    return office


def add_office(session: Session, *, code: str, name: str, headquarters: bool = False) -> OfficeRow:
    code, name = code.strip().upper(), name.strip()
    if not code or len(code) > 32 or not code.replace("-", "").replace("_", "").isalnum():
        raise ValidationError("office_code", f"'{code}' is not a valid office code", code="bad_office_code")
    if not name:
        raise ValidationError("office_name", "the office needs a name", code="required")
    if session.scalar(select(Office.id).where(Office.code == code)) is not None:
        raise ValidationError("office_code", f"office {code} already exists", code="duplicate_office")
    office = Office(code=code, name=name, is_headquarters=headquarters)
    session.add(office)
    session.flush()
    office.origin_office_uuid = local_office_uuid(session) or office.uuid
    return _row(office)


def local_office_uuid(session: Session) -> str | None:
    """The office this database belongs to (the origin stamped on new records)."""
    return _get_info(session, _OFFICE_UUID)


def local_office(session: Session) -> OfficeRow | None:
    office_uuid = local_office_uuid(session)
    if office_uuid is None:
        return None
    office = session.scalar(select(Office).where(Office.uuid == office_uuid))
    return _row(office) if office else None


def organisation_name(session: Session) -> str:
    return _get_info(session, _ORG_NAME) or ""


def list_offices(session: Session) -> list[OfficeRow]:
    offices = session.scalars(select(Office).where(Office.deleted.is_(False)).order_by(Office.code))
    return [_row(o) for o in offices]


def office_by_code(session: Session, code: str) -> OfficeRow:
    office = session.scalar(select(Office).where(Office.code == code.strip().upper(), Office.deleted.is_(False)))
    if office is None:
        raise NotFoundError(f"no office with code '{code}'", code="unknown_office", office=code)
    return _row(office)


def role_ids_by_name(session: Session, names: set[str], *, create: bool) -> dict[str, int]:
    """Role ids for these names (case-insensitive), creating the missing ones when asked."""
    wanted = {n.strip() for n in names if n and n.strip()}
    existing = {r.name.casefold(): r.id for r in session.scalars(select(Role).where(Role.deleted.is_(False)))}
    result: dict[str, int] = {}
    for name in sorted(wanted):
        role_id = existing.get(name.casefold())
        if role_id is None and create:
            role = Role(name=name, origin_office_uuid=local_office_uuid(session))
            session.add(role)
            session.flush()
            role_id = existing[name.casefold()] = role.id
        if role_id is not None:
            result[name] = role_id
    return result


def list_roles(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(select(Role.id, Role.name).where(Role.deleted.is_(False)).order_by(Role.name))
    return [(r.id, r.name) for r in rows]


def _row(office: Office) -> OfficeRow:
    return OfficeRow(office.id, office.uuid, office.code, office.name, office.is_headquarters)
