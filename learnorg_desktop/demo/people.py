"""Demo step: offices' people with names, contacts, roles, arrivals and departures."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from learnorg_desktop.demo import names
from learnorg_desktop.demo.context import DemoContext, DemoPerson, Picker
from learnorg_desktop.enums import PersonKind
from learnorg_desktop.models import Consent, Person, Role
from learnorg_desktop.services.text import fold, search_key, sort_name

_KINDS = Picker([PersonKind.VOLUNTEER, PersonKind.STAFF, PersonKind.PARTNER], [70, 20, 10])
_OFFICES = Picker([o[0] for o in names.OFFICES], [o[2] for o in names.OFFICES])
_LANDLINE = {o[0]: o[3] for o in names.OFFICES}
_DEPARTURE_RATE = {PersonKind.VOLUNTEER: 0.27, PersonKind.STAFF: 0.15, PersonKind.PARTNER: 0.18}
_NOT_LOCAL = re.compile(r"[^a-z0-9.-]")
_CONSENT_NOTES = ("Fiche d’inscription signée", "Formulaire en ligne", "Accord oral, confirmé par e-mail")
_NOTES = ("Disponible le samedi matin.", "Permis B, peut conduire le camion.", "Préfère être contacté·e par SMS.",
          "Ancien·ne bénéficiaire, très investi·e.", "Disponible pendant les vacances scolaires.")


def _role_pickers() -> dict[PersonKind, Picker[str]]:
    pickers: dict[PersonKind, Picker[str]] = {}
    for kind in PersonKind:
        roles = [(name, weight) for name, role_kind, weight in names.ROLES if role_kind is kind]
        pickers[kind] = Picker([r[0] for r in roles], [r[1] for r in roles])
    return pickers


def add_roles(ctx: DemoContext) -> None:
    roles = ctx.writer.table(Role, "name", "description")
    for name in dict.fromkeys(role for role, _kind, _weight in names.ROLES):
        ctx.role_ids[name] = roles.add(name, names.ROLE_DESCRIPTIONS.get(name, ""))


class _Emails:
    """Unique addresses derived from the names: helene.lefevre@…, then helene.lefevre2@…"""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def make(self, first: str, last: str, domain: str) -> str:
        local = _NOT_LOCAL.sub("", f"{fold(first.strip())}.{fold(last.strip())}".replace(" ", "-")).strip(".-")
        base = f"{local}@{domain}"
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        return base if count == 1 else f"{local}{count}@{domain}"


def _dates(ctx: DemoContext, kind: PersonKind, index: int) -> tuple[date, date | None, str]:
    rng, draw = ctx.rng, ctx.rng.random()
    if index % 25 == 3:  # one in 25 is expected soon: exactly, so even a tiny demo has some
        return ctx.today + timedelta(days=rng.randint(1, 45)), None, ""
    arrival = ctx.days_ago(rng.randint(0, 730) if draw < 0.77 else rng.randint(731, 3650))
    stay = (ctx.today - arrival).days
    if stay > 20 and rng.random() < _DEPARTURE_RATE[kind]:
        departure = arrival + timedelta(days=rng.randint(14, stay))
        return arrival, departure, rng.choice(names.DEPARTURE_REASONS[kind])
    if stay > 60 and rng.random() < 0.01:  # leaving soon: still active, handover under way
        return arrival, ctx.today + timedelta(days=rng.randint(1, 30)), rng.choice(names.DEPARTURE_REASONS[kind][:3])
    return arrival, None, ""


def _name(ctx: DemoContext, kind: PersonKind) -> tuple[str, str]:
    rng = ctx.rng
    world = 0.3 if kind is PersonKind.VOLUNTEER else 0.15
    first = rng.choice(names.WORLD_FIRST_NAMES if rng.random() < world else names.FRENCH_FIRST_NAMES)
    last = rng.choice(names.WORLD_LAST_NAMES if rng.random() < world else names.FRENCH_LAST_NAMES)
    return first, last


def _email(ctx: DemoContext, emails: _Emails, kind: PersonKind, first: str, last: str) -> str | None:
    rng = ctx.rng
    if kind is PersonKind.STAFF:
        return emails.make(first, last, names.STAFF_DOMAIN)
    if kind is PersonKind.PARTNER:
        return emails.make(first, last, rng.choice(names.PARTNER_DOMAINS))
    if rng.random() < 0.05:  # some volunteers give no e-mail address
        return None
    return emails.make(first, last, rng.choice(names.PERSONAL_DOMAINS))


def _phone(ctx: DemoContext, kind: PersonKind, office: str) -> str:
    rng = ctx.rng
    if rng.random() < 0.08:
        return ""
    prefix = _LANDLINE[office] if kind is PersonKind.STAFF and rng.random() < 0.6 else rng.choice(("06", "07"))
    pairs = " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    return f"{prefix} {pairs}"


def _languages(ctx: DemoContext) -> str:
    rng, spoken = ctx.rng, ["français"]
    draw = rng.random()
    if draw < 0.45:
        spoken += rng.sample(names.LANGUAGES[:4] if draw < 0.3 else names.LANGUAGES, 2 if draw < 0.1 else 1)
    return ", ".join(spoken)


def add_people(ctx: DemoContext, count: int) -> None:
    """`count` people spread over the offices; `ctx.people` lists them for the later steps."""
    rng, roles, emails = ctx.rng, _role_pickers(), _Emails()
    writer = ctx.writer.table(
        Person, "kind", "first_name", "last_name", "email", "phone", "office_id", "role_id", "arrival_date",
        "departure_date", "departure_reason", "languages", "notes", "search_key", "sort_name",
    )
    for index in range(count):
        kind, office = _KINDS.pick(rng), _OFFICES.pick(rng)
        role = roles[kind].pick(rng)
        first, last = _name(ctx, kind)
        email = _email(ctx, emails, kind, first, last)
        arrival, departure, reason = _dates(ctx, kind, index)
        notes = rng.choice(_NOTES) if rng.random() < 0.05 else ""
        person_id = writer.add(
            kind, first, last, email, _phone(ctx, kind, office), ctx.office_ids[office], ctx.role_ids[role],
            arrival, departure, reason, _languages(ctx), notes, search_key(first, last, email or ""),
            sort_name(last, first),
        )
        person = DemoPerson(person_id, kind, office, role, arrival, departure)
        ctx.people.append(person)
        ctx.by_office.setdefault(office, []).append(person)


def add_consents(ctx: DemoContext) -> None:
    """Consents given at arrival (contact for most, photos for some), a few withdrawn later.

    Drawn from a copy of the random source, so adding this step left every other demo figure unchanged.
    """
    rng = random.Random()
    rng.setstate(ctx.rng.getstate())
    writer = ctx.writer.table(Consent, "person_id", "purpose", "given_on", "withdrawn_on", "note")
    for person in ctx.people:
        given = min(person.arrival, ctx.today)
        for purpose, share in (("contact", 0.9), ("photos", 0.4), ("data_sharing", 0.1)):
            if rng.random() >= share:
                continue
            withdrawn = None
            if rng.random() < 0.05 and given < ctx.today:
                withdrawn = given + timedelta(days=rng.randint(1, max(1, (ctx.today - given).days)))
            writer.add(person.id, purpose, given, withdrawn, rng.choice(_CONSENT_NOTES))
