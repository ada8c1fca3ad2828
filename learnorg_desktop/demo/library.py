"""Demo step: the shared resources (files and links) and the self-diagnosis campaigns."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from datetime import date, timedelta

from learnorg_desktop.demo import catalogue
from learnorg_desktop.demo.context import DemoContext, Picker
from learnorg_desktop.demo.sharing import FADING_OFFICE, HISTORY_DAYS
from learnorg_desktop.enums import ResourceKind, RespondentGroup
from learnorg_desktop.models import DiagnosticAnswer, DiagnosticCampaign, DiagnosticResponse, Resource, ResourceLink
from learnorg_desktop.services.diagnostic_questionnaire import load_questionnaire
from learnorg_desktop.services.file_store import DocumentStore, NoFileStoreError, document_store
from learnorg_desktop.services.text import fold

QUIET_DAYS = 122  # Lille has added nothing for four months
_SLUG = re.compile(r"[^a-z0-9]+")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")


def _slug(text: str) -> str:
    return _SLUG.sub("-", fold(text)).strip("-")


def _resource_office(ctx: DemoContext, offices: Picker[str], day: date) -> str:
    office = offices.pick(ctx.rng)
    while office == FADING_OFFICE and day > ctx.days_ago(QUIET_DAYS):
        office = offices.pick(ctx.rng)
    return office


class _Placeholders:
    """Short French notes stored for the demo's documents, one per (kind, skill), so opening one works."""

    def __init__(self, ctx: DemoContext) -> None:
        try:
            self._store: DocumentStore | None = document_store(ctx.writer.session.get_bind().engine)
        except NoFileStoreError:  # an in-memory database has no documents folder: hashes only
            self._store = None
        self._known: dict[tuple[str, str], tuple[str, int]] = {}

    def put(self, label: str, skill: str) -> tuple[str, int]:
        """(sha256, size) of the note for this kind of document and skill, stored the first time."""
        key = (label, skill)
        if key not in self._known:
            data = _note(label, skill).encode()
            if self._store is not None:
                stored = self._store.put_bytes(data)
                self._known[key] = (stored.sha256, stored.size)
            else:
                self._known[key] = (hashlib.sha256(data).hexdigest(), len(data))
        return self._known[key]


def _note(label: str, skill: str) -> str:
    return (f"# {label} – {skill}\n\n"
            "Document d'exemple créé par la démonstration de LearnOrg Desktop.\n\n"
            f"Ce {label.lower()} rassemble les bonnes pratiques de l'association sur « {skill} » : "
            "à qui s'adresser, les étapes à suivre et les erreurs fréquentes à éviter.\n")


def add_resources(ctx: DemoContext, people: int) -> None:
    """Documents and links added over eighteen months, each tied to a skill and some to a session."""
    rng = ctx.rng
    resources = ctx.writer.table(Resource, "title", "kind", "url", "file_name", "file_sha256", "file_size",
                                 "description", "added_by_id", "office_id")
    links = ctx.writer.table(ResourceLink, "resource_id", "skill_id", "session_id")
    offices = Picker(list(ctx.office_ids), [len(ctx.by_office.get(o, [])) + 1 for o in ctx.office_ids])
    notes = _Placeholders(ctx)
    days = sorted(ctx.days_ago(rng.randint(0, HISTORY_DAYS)) for _ in range(max(40, people // 12)))
    for day in days:
        office = _resource_office(ctx, offices, day)
        label, extension = rng.choice(catalogue.RESOURCE_KINDS)
        skill = rng.choice(list(ctx.skill_ids))
        title = f"{label} – {skill}"
        author = ctx.active_in(office, day, 1)
        row: tuple[str, ResourceKind, str, str, str, int | None]
        if extension:
            # The catalogue's extension says what a real association would share; the demo stores a note.
            row = (title, ResourceKind.FILE, "", f"{_slug(title)}.md", *notes.put(label, skill))
        else:
            row = (title, ResourceKind.LINK, f"https://ressources.exemple.org/{_slug(title)}", "", "", None)
        resource_id = resources.add(*row, f"Partagé par l'antenne {office}.", author[0].id if author else None,
                                    ctx.office_ids[office], created_at=ctx.at(day, rng.randint(8, 18)))
        links.add(resource_id, ctx.skill_ids[skill], None)
        held = ctx.sessions_by_office.get(office, [])
        before = bisect_right(held, (day, 1 << 62))
        if before and rng.random() < 0.3:
            links.add(resource_id, None, held[rng.randrange(max(0, before - 20), before)][1])


def _campaign_name(opened: date) -> str:
    return f"Auto-diagnostic – {_MONTHS[opened.month - 1]} {opened.year}"


def add_diagnostics(ctx: DemoContext) -> None:
    """Two campaigns a year apart; anonymous responses by group and office; scores rise, except in Lille."""
    rng = ctx.rng
    campaigns = ctx.writer.table(DiagnosticCampaign, "name", "opened_on", "closed_on", "questionnaire_version")
    responses = ctx.writer.table(DiagnosticResponse, "campaign_id", "office_id", "respondent_group", "answered_on",
                                 "comment")
    answers = ctx.writer.table(DiagnosticAnswer, "response_id", "question_code", "value")
    questionnaire = load_questionnaire()
    for round_number, (opened_ago, length) in enumerate(((400, 30), (60, 35))):
        opened = ctx.days_ago(opened_ago)
        closed = opened + timedelta(days=length)
        campaign_id = campaigns.add(_campaign_name(opened), opened, closed, questionnaire.version)
        active = [p for p in ctx.people if p.active_on(opened)]
        wanted = min(len(active), max(20, round(len(active) * 0.3)), 1200)
        for person in rng.sample(active, wanted):
            comment = rng.choice(catalogue.DIAGNOSTIC_COMMENTS) if rng.random() < 0.15 else ""
            response_id = responses.add(campaign_id, ctx.office_ids[person.office], RespondentGroup(person.kind.value),
                                        ctx.day_between(opened, min(closed, ctx.today)), comment)
            trend = -0.4 if person.office == FADING_OFFICE else 0.4
            base = 3.0 + trend * round_number
            for code in questionnaire.codes:
                lever_bias = -0.6 if code.startswith(("DEC", "RET")) else 0.0
                value = round(base + lever_bias + rng.uniform(-1.6, 1.6))
                answers.add(response_id, code, max(1, min(5, value)))
