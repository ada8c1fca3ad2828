"""Load the shipped starter catalogue (French or English) into a database, skipping what is already there."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from learnorg_desktop.models import Role
from learnorg_desktop.paths import resources_dir
from learnorg_desktop.services import organisation, skills
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.text import fold

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class StarterReport:
    """What loading the starter catalogue added (a second load adds nothing)."""

    categories_created: int
    skills_created: int
    skills_skipped: int
    roles_created: int
    role_skills_created: int


def starter_path(lang: str) -> Path:
    if lang not in LANGUAGES:
        raise ValidationError("lang", f"no starter catalogue in '{lang}' (fr or en)", code="bad_lang", lang=lang)
    return resources_dir() / "catalogue" / f"starter_{lang}.json"


def read_starter(lang: str) -> dict[str, Any]:
    """The parsed catalogue file, checked: every role's skill must be one of the file's skills."""
    document: dict[str, Any] = json.loads(starter_path(lang).read_text(encoding="utf-8"))
    names = {fold(s["name"]) for c in document["categories"] for s in c["skills"]}
    for r, role in enumerate(document.get("roles", [])):
        for k, expected in enumerate(role["skills"]):
            if fold(expected["skill"]) not in names:
                raise ValidationError(f"roles[{r}].skills[{k}].skill",
                                      f"unknown skill '{expected['skill']}' expected of '{role['name']}'",
                                      code="unknown_skill", skill=expected["skill"])
    return document


def _role_key(name: str) -> str:
    # "Bénévole d'accueil" typed in a spreadsheet is the catalogue's "Bénévole d’accueil".
    return fold(name).replace("’", "'")


def _load_skills(session: Session, document: dict[str, Any]) -> tuple[int, int, int, dict[str, int]]:
    live_categories = {c.name.casefold(): c.id for c in skills.list_categories(session)}
    created_categories = created = skipped = 0
    ids: dict[str, int] = {}
    for category in document["categories"]:
        category_id = live_categories.get(category["name"].casefold())
        if category_id is None:
            category_id = skills.create_category(session, category["name"], category.get("description", ""))
            created_categories += 1
        for item in category["skills"]:
            # A skill the coordinator deleted stays deleted: the starter only fills gaps.
            existing = skills.skill_by_name(session, item["name"], include_deleted=True)
            if existing is not None:
                if not existing.deleted:
                    ids[fold(item["name"])] = existing.id
                skipped += 1
                continue
            ids[fold(item["name"])] = skills.create_skill(session, skills.SkillInput(
                name=item["name"], category_id=category_id, description=item.get("description", ""),
                is_key=item.get("key", False), target_holders=item.get("target_holders"),
                target_level=item.get("target_level"), expires=item.get("expires", False)))
            created += 1
    return created_categories, created, skipped, ids


def _load_roles(session: Session, document: dict[str, Any], skill_ids: dict[str, int]) -> tuple[int, int]:
    roles = {_role_key(r.name): r.id for r in session.scalars(select(Role).where(Role.deleted.is_(False)))}
    expected = {(row.role_id, row.skill_id) for row in skills.list_role_skills(session)}
    roles_created = links_created = 0
    for role in document.get("roles", []):
        role_id = roles.get(_role_key(role["name"]))
        if role_id is None:
            role_id = organisation.role_ids_by_name(session, {role["name"]}, create=True)[role["name"]]
            roles[_role_key(role["name"])] = role_id
            roles_created += 1
        for item in role["skills"]:
            skill_id = skill_ids.get(fold(item["skill"]))
            if skill_id is not None and (role_id, skill_id) not in expected:
                skills.set_role_skill(session, role_id, skill_id, item["level"])
                links_created += 1
    return roles_created, links_created


def load_starter_catalogue(session: Session, lang: str, *, with_roles: bool = True) -> StarterReport:
    """Insert the starter catalogue; skills already present (by name, any case) are left as they are."""
    document = read_starter(lang)
    categories, created, skipped, skill_ids = _load_skills(session, document)
    roles, links = _load_roles(session, document, skill_ids) if with_roles else (0, 0)
    return StarterReport(categories, created, skipped, roles, links)
