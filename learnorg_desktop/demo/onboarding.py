"""Demo step: checklist templates, and checklists for recent arrivals and departures."""

from __future__ import annotations

from datetime import date, timedelta

from learnorg_desktop.demo import catalogue
from learnorg_desktop.demo.bulk import TableWriter
from learnorg_desktop.demo.context import DemoContext, DemoPerson
from learnorg_desktop.enums import ChecklistKind, PersonKind
from learnorg_desktop.models import Checklist, ChecklistCheckin, ChecklistItem, ChecklistTemplate, ChecklistTemplateItem

# template name -> items as (title, due days)
_Items = tuple[tuple[str, int], ...]


class _Writers:
    """The checklist tables, asked for once, parents first."""

    def __init__(self, ctx: DemoContext) -> None:
        self.checklists = ctx.writer.table(Checklist, "person_id", "template_id", "kind", "buddy_id",
                                           "started_on", "completed_on", "handover_notes", "template_name",
                                           "template_version")
        self.items = ctx.writer.table(ChecklistItem, "checklist_id", "position", "title", "due_on",
                                      "responsible_role_id", "done_at", "done_by_id", "comment")
        self.checkins = ctx.writer.table(ChecklistCheckin, "checklist_id", "day", "held_on", "rating", "comment")


def add_templates(ctx: DemoContext) -> dict[str, tuple[int, _Items]]:
    templates = ctx.writer.table(ChecklistTemplate, "name", "kind", "audience", "language", "description")
    items = ctx.writer.table(ChecklistTemplateItem, "template_id", "position", "title", "due_days",
                             "responsible_role_id")
    referent = ctx.role_ids["Responsable bénévoles"]
    result: dict[str, tuple[int, _Items]] = {}
    for name, kind, audience, entries in catalogue.CHECKLIST_TEMPLATES:
        template_id = templates.add(name, ChecklistKind(kind), audience, "fr",
                                    f"Parcours « {name} » commun à toutes les antennes.")
        for position, (title, due_days) in enumerate(entries, start=1):
            role_id = referent if "parrain" in title or "Point" in title else None
            items.add(template_id, position, title, due_days, role_id)
        result[name] = (template_id, entries)
    return result


def _buddy(ctx: DemoContext, person: DemoPerson, start: date) -> int | None:
    """An experienced colleague of the same office (six months there at least)."""
    for candidate in ctx.active_in(person.office, start, 6, exclude={person.id}):
        if candidate.arrival <= start - timedelta(days=180):
            return candidate.id
    return None


def _assign(ctx: DemoContext, w: _Writers, person: DemoPerson, name: str, template: tuple[int, _Items],
            kind: ChecklistKind, start: date) -> int:
    rng = ctx.rng
    buddy = _buddy(ctx, person, start) if kind is ChecklistKind.ONBOARDING else None
    diligence = 0.55 if person.office == "LILLE" else 0.85  # Lille's follow-up slips too
    done_days: list[date] = []
    rows: list[tuple[object, ...]] = []
    for position, (title, due_days) in enumerate(template[1], start=1):
        due = start + timedelta(days=due_days)
        done_day = due + timedelta(days=rng.randint(-2, 6)) if due <= ctx.today and rng.random() < diligence else None
        if done_day is not None:
            done_day = min(max(done_day, start), ctx.today)
            done_days.append(done_day)
        done_at = ctx.at(done_day, rng.randint(8, 17)) if done_day else None
        rows.append((position, title, due, None, done_at, buddy if done_day and buddy else None, ""))
    completed = max(done_days) if len(done_days) == len(rows) else None
    notes = rng.choice(catalogue.HANDOVER_NOTES) if kind is ChecklistKind.OFFBOARDING else ""
    checklist_id = w.checklists.add(person.id, template[0], kind, buddy, start, completed, notes, name, 1)
    for row in rows:
        w.items.add(checklist_id, *row)
    return checklist_id


def _checkins(ctx: DemoContext, checkins: TableWriter, checklist_id: int, start: date) -> None:
    rng = ctx.rng
    for day in (30, 90):
        due = start + timedelta(days=day)
        if due <= ctx.today and rng.random() < 0.8:
            held = min(due + timedelta(days=rng.randint(0, 7)), ctx.today)
            rating = rng.choice((2, 3, 4, 4, 5, 5))
            checkins.add(checklist_id, day, held, rating, rng.choice(catalogue.CHECKIN_COMMENTS))
        else:
            checkins.add(checklist_id, day, None, None, "")


def add_checklists(ctx: DemoContext, templates: dict[str, tuple[int, _Items]]) -> None:
    """Onboarding for arrivals of the last six months (and the incoming), handover for recent leavers."""
    w = _Writers(ctx)
    by_kind = {PersonKind.VOLUNTEER: "Accueil bénévole", PersonKind.STAFF: "Accueil salarié",
               PersonKind.PARTNER: "Accueil partenaire"}
    recent, leaving_since = ctx.days_ago(180), ctx.days_ago(90)
    for person in ctx.people:
        if person.arrival >= recent and (person.departure is None or person.departure > ctx.today):
            start = min(person.arrival, ctx.today)
            name = by_kind[person.kind]
            checklist_id = _assign(ctx, w, person, name, templates[name], ChecklistKind.ONBOARDING, start)
            _checkins(ctx, w.checkins, checklist_id, person.arrival)
        if person.departure is not None and person.departure >= leaving_since:
            start = max(person.arrival, person.departure - timedelta(days=14))
            handover = "Départ – passation"
            _assign(ctx, w, person, handover, templates[handover], ChecklistKind.OFFBOARDING, start)
