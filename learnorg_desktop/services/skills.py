"""The skills catalogue: categories, skills (key skills carry a target) and skills expected per role."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from learnorg_desktop.models import Role, RoleSkill, Skill, SkillCategory
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from learnorg_desktop.services.holdings import LEVEL_MAX, LEVEL_MIN
from learnorg_desktop.services.text import fold

NAME_MAX = 200


@dataclass(frozen=True)
class CategoryRow:
    """A category of the catalogue and how many live skills it holds."""

    id: int
    uuid: str
    name: str
    description: str
    skill_count: int


@dataclass(frozen=True)
class SkillInput:
    """What the skill form and the catalogue importers hand over; checked by `validate_skill`."""

    name: str
    category_id: int | None = None
    description: str = ""
    is_key: bool = False
    target_holders: int | None = None
    target_level: int | None = None
    expires: bool = False


@dataclass(frozen=True)
class SkillRow:
    """A skill of the catalogue with its category's name."""

    id: int
    uuid: str
    name: str
    category_id: int | None
    category: str | None
    description: str
    is_key: bool
    target_holders: int | None
    target_level: int | None
    expires: bool


@dataclass(frozen=True)
class RoleSkillRow:
    """A skill expected of a role, at a level."""

    id: int
    role_id: int
    role: str
    skill_id: int
    skill: str
    expected_level: int


def check_level(value: int | None, field: str, *, required: bool = False) -> int | None:
    """A 0-4 level (or None when allowed); ValidationError naming `field` otherwise."""
    if value is None:
        if required:
            raise ValidationError(field, "a level is required", code="required")
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not LEVEL_MIN <= value <= LEVEL_MAX:
        raise ValidationError(field, f"'{value}' is not a level from 0 to 4", code="bad_level", value=value)
    return value


def _check_name(name: str, field: str = "name") -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(field, "the name is required", code="required")
    if len(clean) > NAME_MAX:
        raise ValidationError(field, f"the name is longer than {NAME_MAX} characters", code="too_long")
    return clean


def validate_skill(data: SkillInput) -> SkillInput:
    """Clean and check a skill's fields; raises ValidationError naming the first bad field."""
    name = _check_name(data.name)
    target_level = check_level(data.target_level, "target_level")
    holders = data.target_holders
    if holders is not None and (isinstance(holders, bool) or not isinstance(holders, int) or holders < 1):
        raise ValidationError("target_holders", f"'{holders}' is not a number of people (1 or more)",
                              code="bad_target_holders", value=holders)
    if data.is_key and holders is None:
        raise ValidationError("target_holders", "a key skill needs a number of people to reach", code="required")
    if data.is_key and target_level is None:
        raise ValidationError("target_level", "a key skill needs a target level", code="required")
    return SkillInput(name=name, category_id=data.category_id, description=data.description.strip(),
                      is_key=bool(data.is_key), target_holders=holders, target_level=target_level,
                      expires=bool(data.expires))


# --- categories -------------------------------------------------------------------------------------------


def _category_by_name(session: Session, name: str) -> SkillCategory | None:
    """Any category with this name, case-insensitively, tombstoned ones included (names are unique)."""
    # Compared in Python: SQLite's lower() leaves accented capitals alone ("É"), and the catalogue is small.
    found = [c for c in session.scalars(select(SkillCategory)) if c.name.casefold() == name.casefold()]
    return min(found, key=lambda c: (c.deleted, c.id)) if found else None


def create_category(session: Session, name: str, description: str = "") -> int:
    """A new category; a tombstoned one with the same name is brought back instead."""
    clean = _check_name(name)
    existing = _category_by_name(session, clean)
    if existing is not None and not existing.deleted:
        raise ValidationError("name", f"the category '{clean}' already exists", code="duplicate_category")
    category = existing or SkillCategory(origin_office_uuid=organisation.local_office_uuid(session))
    category.name, category.description, category.deleted = clean, description.strip(), False
    session.add(category)
    session.flush()
    return category.id


def _load_category(session: Session, category_id: int) -> SkillCategory:
    category = session.get(SkillCategory, category_id)
    if category is None or category.deleted:
        raise NotFoundError(f"category {category_id} does not exist", code="unknown_category",
                            category=category_id)
    return category


def update_category(session: Session, category_id: int, name: str, description: str = "") -> None:
    category = _load_category(session, category_id)
    clean = _check_name(name)
    other = _category_by_name(session, clean)
    if other is not None and other.id != category_id:
        raise ValidationError("name", f"the category '{clean}' already exists", code="duplicate_category")
    category.name, category.description = clean, description.strip()
    session.flush()


def delete_category(session: Session, category_id: int) -> None:
    """Tombstone an empty category; one still holding skills is refused (move or delete them first)."""
    category = _load_category(session, category_id)
    used = session.scalar(select(func.count(Skill.id)).where(Skill.category_id == category_id,
                                                             Skill.deleted.is_(False)))
    if used:
        raise ConflictError(f"the category '{category.name}' still holds {used} skills",
                            code="category_not_empty", count=used)
    category.deleted = True
    session.flush()


def list_categories(session: Session) -> list[CategoryRow]:
    counts = (
        select(Skill.category_id, func.count(Skill.id).label("n"))
        .where(Skill.deleted.is_(False)).group_by(Skill.category_id).subquery()
    )
    stmt = (
        select(SkillCategory, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.category_id == SkillCategory.id)
        .where(SkillCategory.deleted.is_(False))
    )
    rows = [CategoryRow(c.id, c.uuid, c.name, c.description, n) for c, n in session.execute(stmt)]
    return sorted(rows, key=lambda c: (fold(c.name), c.id))  # "Écoute" with the e's, not after z


def category_ids_by_name(session: Session, names: set[str], *, create: bool) -> dict[str, int]:
    """Category ids for these names (case-insensitive), creating the missing ones when asked."""
    live = {c.name.casefold(): c.id
            for c in session.scalars(select(SkillCategory).where(SkillCategory.deleted.is_(False)))}
    result: dict[str, int] = {}
    for name in sorted({" ".join(n.split()) for n in names} - {""}):
        category_id = live.get(name.casefold())
        if category_id is None and create:
            category_id = live[name.casefold()] = create_category(session, name)
        if category_id is not None:
            result[name] = category_id
    return result


# --- skills -----------------------------------------------------------------------------------------------


def skill_by_name(session: Session, name: str, *, include_deleted: bool = False) -> Skill | None:
    """The skill with this name, case-insensitively (live first)."""
    key = name.casefold()
    found = [s for s in session.scalars(select(Skill))
             if s.name.casefold() == key and (include_deleted or not s.deleted)]
    return min(found, key=lambda s: (s.deleted, s.id)) if found else None


def _apply(skill: Skill, data: SkillInput) -> None:
    skill.name, skill.category_id, skill.description = data.name, data.category_id, data.description
    skill.is_key, skill.target_holders, skill.target_level = data.is_key, data.target_holders, data.target_level
    skill.expires = data.expires


def create_skill(session: Session, data: SkillInput) -> int:
    """A new skill; a tombstoned one with the same name is brought back (names are unique for good)."""
    clean = validate_skill(data)
    if clean.category_id is not None:
        _load_category(session, clean.category_id)
    existing = skill_by_name(session, clean.name, include_deleted=True)
    if existing is not None and not existing.deleted:
        raise ValidationError("name", f"the skill '{clean.name}' already exists", code="duplicate_skill",
                              name=clean.name)
    skill = existing or Skill(origin_office_uuid=organisation.local_office_uuid(session))
    _apply(skill, clean)
    skill.deleted = False
    session.add(skill)
    session.flush()
    return skill.id


def _load_skill(session: Session, skill_id: int) -> Skill:
    skill = session.get(Skill, skill_id)
    if skill is None or skill.deleted:
        raise NotFoundError(f"skill {skill_id} does not exist", code="unknown_skill", skill=skill_id)
    return skill


def update_skill(session: Session, skill_id: int, data: SkillInput) -> None:
    skill = _load_skill(session, skill_id)
    clean = validate_skill(data)
    if clean.category_id is not None:
        _load_category(session, clean.category_id)
    other = skill_by_name(session, clean.name, include_deleted=True)
    if other is not None and other.id != skill_id:
        raise ValidationError("name", f"the skill '{clean.name}' already exists", code="duplicate_skill",
                              name=clean.name)
    _apply(skill, clean)
    session.flush()


def delete_skill(session: Session, skill_id: int) -> None:
    """Tombstone: assessments and needs keep pointing at it for history."""
    _load_skill(session, skill_id).deleted = True
    session.flush()


def _row(skill: Skill, category: str | None) -> SkillRow:
    return SkillRow(skill.id, skill.uuid, skill.name, skill.category_id, category, skill.description,
                    skill.is_key, skill.target_holders, skill.target_level, skill.expires)


def get_skill(session: Session, skill_id: int) -> SkillRow:
    skill = _load_skill(session, skill_id)
    category = session.get(SkillCategory, skill.category_id) if skill.category_id else None
    return _row(skill, category.name if category else None)


def list_skills(session: Session, *, category_id: int | None = None, key_only: bool = False) -> list[SkillRow]:
    """Live skills ordered by category then name."""
    stmt = (
        select(Skill, SkillCategory.name)
        .outerjoin(SkillCategory, SkillCategory.id == Skill.category_id)
        .where(Skill.deleted.is_(False))
    )
    if category_id is not None:
        stmt = stmt.where(Skill.category_id == category_id)
    if key_only:
        stmt = stmt.where(Skill.is_key.is_(True))
    rows = [_row(s, c) for s, c in session.execute(stmt)]
    # Sorted in Python with the folding rule: SQL's lower() would put "Écoute" after "Z" (catalogues are small).
    return sorted(rows, key=lambda r: (fold(r.category or ""), fold(r.name), r.id))


# --- expected skills per role -----------------------------------------------------------------------------


def set_role_skill(session: Session, role_id: int, skill_id: int, expected_level: int) -> int:
    """Expect `skill_id` of `role_id` at `expected_level` (1-4); updates the pair when it exists."""
    level = check_level(expected_level, "expected_level", required=True)
    if level == 0:
        raise ValidationError("expected_level", "an expected level must be at least 1", code="bad_level")
    role = session.get(Role, role_id)
    if role is None or role.deleted:
        raise NotFoundError(f"role {role_id} does not exist", code="unknown_role", role=role_id)
    _load_skill(session, skill_id)
    link = session.scalar(select(RoleSkill).where(RoleSkill.role_id == role_id, RoleSkill.skill_id == skill_id)
                          .order_by(RoleSkill.deleted, RoleSkill.id))
    if link is None:
        link = RoleSkill(role_id=role_id, skill_id=skill_id,
                         origin_office_uuid=organisation.local_office_uuid(session))
        session.add(link)
    link.expected_level, link.deleted = int(level or 0), False
    session.flush()
    return link.id


def remove_role_skill(session: Session, role_skill_id: int) -> None:
    link = session.get(RoleSkill, role_skill_id)
    if link is None or link.deleted:
        raise NotFoundError(f"expected skill {role_skill_id} does not exist", code="unknown_role_skill")
    link.deleted = True
    session.flush()


def list_role_skills(session: Session, role_id: int | None = None) -> list[RoleSkillRow]:
    stmt = (
        select(RoleSkill.id, Role.id, Role.name, Skill.id, Skill.name, RoleSkill.expected_level)
        .join(Role, Role.id == RoleSkill.role_id)
        .join(Skill, Skill.id == RoleSkill.skill_id)
        .where(RoleSkill.deleted.is_(False), Role.deleted.is_(False), Skill.deleted.is_(False))
        .order_by(func.lower(Role.name), func.lower(Skill.name))
    )
    if role_id is not None:
        stmt = stmt.where(RoleSkill.role_id == role_id)
    return [RoleSkillRow(*row) for row in session.execute(stmt)]
