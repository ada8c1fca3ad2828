"""Checklist templates: named, ordered steps per audience (and optionally per office), with versions.

Editing a template bumps its version and replaces its items; checklists already assigned keep
their own copies (see onboarding_assign), so an edit never rewrites them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from learnorg_desktop.enums import ChecklistKind, PersonKind
from learnorg_desktop.models import ChecklistTemplate, ChecklistTemplateItem, Office, Person, Role
from learnorg_desktop.paths import resources_dir
from learnorg_desktop.services import organisation
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.text import fold

LANGUAGES = ("fr", "en")
MAX_DUE_DAYS = 3650  # ten years: anything beyond is a typo


@dataclass
class TemplateItemInput:
    """One step as the template dialog and the default files describe it."""

    title: str
    description: str = ""
    due_days: int = 0
    responsible_role_id: int | None = None
    responsible_person_id: int | None = None
    responsible_text: str = ""
    resource_id: int | None = None
    skill_id: int | None = None


@dataclass
class TemplateInput:
    """A whole template; `items` in order."""

    name: str
    kind: ChecklistKind = ChecklistKind.ONBOARDING
    audience: PersonKind | None = None
    office_id: int | None = None
    language: str = "fr"
    description: str = ""
    items: list[TemplateItemInput] = field(default_factory=list)


@dataclass(frozen=True)
class TemplateRow:
    """One line of the templates list."""

    id: int
    name: str
    kind: ChecklistKind
    audience: PersonKind | None
    office_id: int | None
    office_code: str | None
    language: str
    version: int
    item_count: int


@dataclass(frozen=True)
class TemplateDetail:
    id: int
    version: int
    data: TemplateInput


@dataclass(frozen=True)
class DefaultsReport:
    """What loading the default templates added; a second load adds nothing."""

    created: int
    skipped: int


def validate(data: TemplateInput) -> TemplateInput:
    """Clean and check a template; ValidationError names the first bad field (items are 1-based)."""
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "the template needs a name", code="required")
    if len(name) > 200:
        raise ValidationError("name", "the name is longer than 200 characters", code="too_long")
    try:
        kind = ChecklistKind(data.kind)
        audience = PersonKind(data.audience) if data.audience is not None else None
    except ValueError:
        raise ValidationError("audience", "unknown audience or kind", code="bad_kind") from None
    if data.language not in LANGUAGES:
        raise ValidationError("language", f"'{data.language}' is not fr or en", code="bad_lang")
    if not data.items:
        raise ValidationError("items", "a template needs at least one item", code="no_items")
    items = [_clean_item(item, number) for number, item in enumerate(data.items, start=1)]
    return TemplateInput(name, kind, audience, data.office_id, data.language, data.description.strip(), items)


def _clean_item(item: TemplateItemInput, number: int) -> TemplateItemInput:
    title = item.title.strip()
    if not title:
        raise ValidationError("title", f"item {number} has no title", code="required", item=number)
    if len(title) > 300:
        raise ValidationError("title", f"item {number}: the title is too long", code="too_long", item=number)
    if item.due_days < 0:
        raise ValidationError("due_days", f"item {number}: the due offset is negative", code="negative_due",
                              item=number)
    if item.due_days > MAX_DUE_DAYS:
        raise ValidationError("due_days", f"item {number}: the due offset is too far", code="due_too_far",
                              item=number)
    return TemplateItemInput(
        title, item.description.strip(), item.due_days, item.responsible_role_id, item.responsible_person_id,
        item.responsible_text.strip()[:200], item.resource_id, item.skill_id,
    )


def _add_items(session: Session, template_id: int, items: list[TemplateItemInput]) -> None:
    origin = organisation.local_office_uuid(session)
    for position, item in enumerate(items, start=1):
        session.add(ChecklistTemplateItem(
            origin_office_uuid=origin, template_id=template_id, position=position, title=item.title,
            description=item.description, due_days=item.due_days, responsible_role_id=item.responsible_role_id,
            responsible_person_id=item.responsible_person_id, responsible_text=item.responsible_text,
            resource_id=item.resource_id, skill_id=item.skill_id,
        ))


def create_template(session: Session, data: TemplateInput) -> int:
    clean = validate(data)
    template = ChecklistTemplate(
        origin_office_uuid=organisation.local_office_uuid(session), name=clean.name, kind=clean.kind,
        audience=clean.audience, office_id=clean.office_id, language=clean.language,
        description=clean.description, version=1,
    )
    session.add(template)
    session.flush()
    _add_items(session, template.id, clean.items)
    session.flush()
    return template.id


def _load(session: Session, template_id: int) -> ChecklistTemplate:
    template = session.get(ChecklistTemplate, template_id)
    if template is None or template.deleted:
        raise NotFoundError(f"template {template_id} does not exist", code="unknown_template",
                            template=template_id)
    return template


def live_items(session: Session, template_id: int) -> list[ChecklistTemplateItem]:
    stmt = (select(ChecklistTemplateItem)
            .where(ChecklistTemplateItem.template_id == template_id, ChecklistTemplateItem.deleted.is_(False))
            .order_by(ChecklistTemplateItem.position, ChecklistTemplateItem.id))
    return list(session.scalars(stmt))


def update_template(session: Session, template_id: int, data: TemplateInput) -> int:
    """Save edits as a new version (returned); the old items are tombstoned, never rewritten."""
    clean = validate(data)
    template = _load(session, template_id)
    template.name, template.kind, template.audience = clean.name, clean.kind, clean.audience
    template.office_id, template.language, template.description = clean.office_id, clean.language, clean.description
    template.version += 1
    session.execute(update(ChecklistTemplateItem)
                    .where(ChecklistTemplateItem.template_id == template_id,
                           ChecklistTemplateItem.deleted.is_(False))
                    .values(deleted=True, row_version=ChecklistTemplateItem.row_version + 1))
    _add_items(session, template_id, clean.items)
    session.flush()
    return template.version


def delete_template(session: Session, template_id: int) -> None:
    """Tombstone: assigned checklists keep their copies and the template's name."""
    _load(session, template_id).deleted = True
    session.flush()


def get_template(session: Session, template_id: int) -> TemplateDetail:
    t = _load(session, template_id)
    items = [
        TemplateItemInput(i.title, i.description, i.due_days, i.responsible_role_id, i.responsible_person_id,
                          i.responsible_text, i.resource_id, i.skill_id)
        for i in live_items(session, template_id)
    ]
    data = TemplateInput(t.name, t.kind, t.audience, t.office_id, t.language, t.description, items)
    return TemplateDetail(t.id, t.version, data)


def list_templates(session: Session, kind: ChecklistKind | None = None) -> list[TemplateRow]:
    counts = (select(ChecklistTemplateItem.template_id, func.count().label("n"))
              .where(ChecklistTemplateItem.deleted.is_(False))
              .group_by(ChecklistTemplateItem.template_id).subquery())
    stmt = (
        select(ChecklistTemplate.id, ChecklistTemplate.name, ChecklistTemplate.kind, ChecklistTemplate.audience,
               ChecklistTemplate.office_id, Office.code, ChecklistTemplate.language, ChecklistTemplate.version,
               func.coalesce(counts.c.n, 0))
        .outerjoin(Office, Office.id == ChecklistTemplate.office_id)
        .outerjoin(counts, counts.c.template_id == ChecklistTemplate.id)
        .where(ChecklistTemplate.deleted.is_(False))
        .order_by(ChecklistTemplate.kind, func.lower(ChecklistTemplate.name), ChecklistTemplate.id)
    )
    if kind is not None:
        stmt = stmt.where(ChecklistTemplate.kind == kind)
    return [TemplateRow(*row) for row in session.execute(stmt)]


def responsible_label(role: str | None, person_first: str | None, person_last: str | None, text: str) -> str:
    """How a step's responsible reads: the role, else the person, else the free text."""
    if role:
        return role
    if person_last:
        return f"{person_first or ''} {person_last}".strip()
    return text


def role_and_person_names(session: Session, role_ids: set[int], person_ids: set[int]) -> tuple[
        dict[int, str], dict[int, str]]:
    """Names for the responsible ids of a few items (one query each)."""
    roles: dict[int, str] = {}
    if role_ids:
        roles = {r[0]: r[1] for r in session.execute(select(Role.id, Role.name).where(Role.id.in_(role_ids)))}
    persons: dict[int, str] = {}
    if person_ids:
        for pid, first, last in session.execute(
                select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(person_ids))):
            persons[pid] = f"{first} {last}".strip()
    return roles, persons


# --------------------------------------------------------------------------- default templates


def defaults_path(lang: str) -> Path:
    if lang not in LANGUAGES:
        raise ValidationError("lang", f"no default templates in '{lang}' (fr or en)", code="bad_lang", lang=lang)
    return resources_dir() / "onboarding" / f"templates_{lang}.json"


def read_defaults(lang: str) -> list[TemplateInput]:
    """The shipped templates of one language, validated."""
    document: dict[str, Any] = json.loads(defaults_path(lang).read_text(encoding="utf-8"))
    templates = []
    for entry in document["templates"]:
        items = [TemplateItemInput(title=i["title"], description=i.get("description", ""),
                                   due_days=int(i.get("due_days", 0)), responsible_text=i.get("responsible", ""))
                 for i in entry["items"]]
        audience = PersonKind(entry["audience"]) if entry.get("audience") else None
        templates.append(validate(TemplateInput(
            name=entry["name"], kind=ChecklistKind(entry.get("kind", "onboarding")), audience=audience,
            language=lang, description=entry.get("description", ""), items=items,
        )))
    return templates


def load_default_templates(session: Session, lang: str = "fr") -> DefaultsReport:
    """Add the shipped templates whose name is not used yet (even by a deleted one: never brought back)."""
    existing = {fold(name) for name in session.scalars(select(ChecklistTemplate.name))}
    role_ids = organisation.role_ids_by_name(
        session, {i.responsible_text for t in read_defaults(lang) for i in t.items}, create=False)
    created = skipped = 0
    for template in read_defaults(lang):
        if fold(template.name) in existing:
            skipped += 1
            continue
        for item in template.items:
            # A responsible naming one of the organisation's roles is linked to it.
            item.responsible_role_id = role_ids.get(item.responsible_text)
        create_template(session, template)
        existing.add(fold(template.name))
        created += 1
    return DefaultsReport(created, skipped)
