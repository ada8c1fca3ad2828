"""Demo step: the skills catalogue, role expectations, assessments with history, learning needs."""

from __future__ import annotations

from datetime import date, timedelta

from learnorg_desktop.catalogue.starter import load_starter_catalogue
from learnorg_desktop.demo import catalogue
from learnorg_desktop.demo.bulk import TableWriter
from learnorg_desktop.demo.context import DemoContext, DemoPerson, Picker
from learnorg_desktop.enums import AssessmentSource, NeedOrigin, NeedStatus, PersonKind
from learnorg_desktop.models import LearningNeed, SkillAssessment
from learnorg_desktop.services import skills as service_skills

_LEVELS = Picker([0, 1, 2, 3, 4], [8, 25, 32, 23, 12])
_SOURCES = Picker([AssessmentSource.SELF, AssessmentSource.MANAGER], [65, 35])
_NEED_STATUSES = Picker(list(NeedStatus), [40, 20, 15, 20, 5])
_NEED_ORIGINS = Picker([NeedOrigin.WISH, NeedOrigin.CAREER, NeedOrigin.ORGANISATION], [50, 30, 20])


def add_catalogue(ctx: DemoContext, people_count: int) -> None:
    """The shipped French starter catalogue (categories, skills, its roles' expectations), key-skill targets
    scaled to the organisation, and what the demo's other roles expect."""
    session = ctx.writer.session
    ctx.writer.flush()  # the starter loader looks the demo's roles up in the database
    load_starter_catalogue(session, "fr")
    for row in service_skills.list_skills(session):
        ctx.skill_ids[row.name] = row.id
        if row.expires:
            ctx.expiring_skill_ids.add(row.id)
        if row.is_key:
            ctx.key_skills.append(row.name)
            wanted = max(row.target_holders or 0, round(people_count * catalogue.KEY_SKILL_SHARE))
            if wanted != row.target_holders:
                service_skills.update_skill(session, row.id, service_skills.SkillInput(
                    name=row.name, category_id=row.category_id, description=row.description, is_key=True,
                    target_holders=wanted, target_level=row.target_level, expires=row.expires))
    for role, expected in catalogue.ROLE_SKILLS.items():
        for skill, level in expected:
            service_skills.set_role_skill(session, ctx.role_ids[role], ctx.skill_ids[skill], level)
    names = {role_id: name for name, role_id in ctx.role_ids.items()}
    by_role: dict[str, list[tuple[str, int]]] = {}
    for link in service_skills.list_role_skills(session):
        by_role.setdefault(names.get(link.role_id, link.role), []).append((link.skill, link.expected_level))
    ctx.role_skills = {role: tuple(expected) for role, expected in by_role.items()}


def _valid_until(ctx: DemoContext, assessed_on: date) -> date:
    """A few certificates have lapsed and a few lapse within 60 days, so the warnings have data."""
    draw = ctx.rng.random()
    if draw < 0.12:
        return ctx.days_ago(ctx.rng.randint(1, 120))
    if draw < 0.28:
        return ctx.today + timedelta(days=ctx.rng.randint(1, 60))
    return max(assessed_on + timedelta(days=730), ctx.today + timedelta(days=61))


def _skills_of(ctx: DemoContext, person: DemoPerson, common: list[str]) -> dict[str, int]:
    """The skills this person is assessed on, with their current level (`common`: skills anyone may have)."""
    rng = ctx.rng
    seniority = (ctx.today - person.arrival).days
    wanted: dict[str, int] = {}
    for skill, expected in ctx.role_skills.get(person.role, ()):
        if rng.random() < 0.8:
            bonus = 1 if seniority > 540 else (-1 if seniority < 90 else 0)
            wanted[skill] = max(0, min(4, expected + bonus + rng.choice((-1, 0, 0, 1))))
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        wanted.setdefault(rng.choice(common), _LEVELS.pick(rng))
    return wanted


def add_assessments(ctx: DemoContext) -> None:
    """Latest levels for everyone already arrived; a share also has an earlier, lower level."""
    rng = ctx.rng
    writer = ctx.writer.table(SkillAssessment, "person_id", "skill_id", "level", "assessed_on", "source",
                              "interest", "willing_to_share", "valid_until")
    expiring = ctx.expiring_skill_ids
    common = [name for name in ctx.skill_ids if name not in catalogue.RARE_SKILLS]
    for person in ctx.people:
        if person.arrival > ctx.today:
            continue
        last_day = min(ctx.today, person.departure or ctx.today)
        first_day = max(person.arrival, ctx.days_ago(540))
        if first_day > last_day:  # left long ago: assessed while still there
            first_day = person.arrival
        for position, (skill, level) in enumerate(_skills_of(ctx, person, common).items()):
            skill_id = ctx.skill_ids[skill]
            assessed_on = ctx.day_between(first_day, last_day)
            earlier = assessed_on - timedelta(days=rng.randint(150, 360))
            if position == 0 and level > 0 and earlier >= person.arrival and rng.random() < 0.35:
                writer.add(person.id, skill_id, level - 1, earlier, AssessmentSource.SELF,
                           rng.randint(1, 3), False, earlier + timedelta(days=730) if skill_id in expiring else None)
            valid = _valid_until(ctx, assessed_on) if skill_id in expiring else None
            interest = rng.randint(0, 3) if rng.random() < 0.7 else None
            share = level >= 3 and rng.random() < 0.6
            writer.add(person.id, skill_id, level, assessed_on, _SOURCES.pick(rng), interest, share, valid)
            if level >= 3:
                ctx.teachers.setdefault(skill_id, {}).setdefault(person.office, []).append(person)
    _add_rare_holders(ctx, writer)


def _add_rare_holders(ctx: DemoContext, writer: TableWriter) -> None:
    """One active staff member alone masters each rare skill: what the single-holder warning is for."""
    staff = [p for p in ctx.people if p.kind is PersonKind.STAFF and p.active_on(ctx.today)]
    for skill in catalogue.RARE_SKILLS:
        if not staff or skill not in ctx.skill_ids:
            continue
        holder = staff[ctx.rng.randrange(len(staff))]
        assessed_on = ctx.day_between(max(holder.arrival, ctx.days_ago(300)), ctx.today)
        writer.add(holder.id, ctx.skill_ids[skill], 4, assessed_on, AssessmentSource.MANAGER, 2, True, None)
        ctx.teachers.setdefault(ctx.skill_ids[skill], {}).setdefault(holder.office, []).append(holder)


def _need_dates(ctx: DemoContext, opened: date, status: NeedStatus) -> tuple[date | None, date | None]:
    target = opened + timedelta(days=ctx.rng.randint(90, 240)) if ctx.rng.random() < 0.6 else None
    closed = ctx.day_between(opened, ctx.today) if status in (NeedStatus.MET, NeedStatus.DROPPED) else None
    return target, closed


def add_needs(ctx: DemoContext) -> None:
    """Individual needs for about a third of the active people, and collective needs per office."""
    rng = ctx.rng
    writer = ctx.writer.table(LearningNeed, "person_id", "office_id", "team", "skill_id", "topic",
                              "target_level", "origin", "priority", "target_date", "status", "opened_on",
                              "closed_on", "notes")
    for person in ctx.people:
        if not person.active_on(ctx.today) or rng.random() > 0.35:
            continue
        for _ in range(rng.choice((1, 1, 2))):
            expected = ctx.role_skills.get(person.role, ())
            skill = rng.choice(expected)[0] if expected and rng.random() < 0.6 else rng.choice(list(ctx.skill_ids))
            status, opened = _NEED_STATUSES.pick(rng), ctx.day_between(max(person.arrival, ctx.days_ago(365)),
                                                                         ctx.today)
            target, closed = _need_dates(ctx, opened, status)
            need_id = writer.add(person.id, None, "", ctx.skill_ids[skill], "", rng.randint(2, 3),
                                 _NEED_ORIGINS.pick(rng), rng.randint(1, 3), target, status, opened, closed, "")
            if status in (NeedStatus.OPEN, NeedStatus.PLANNED, NeedStatus.IN_PROGRESS):
                ctx.open_needs[(person.id, ctx.skill_ids[skill])] = need_id
    for office, office_id in ctx.office_ids.items():
        for index in range(rng.randint(5, 7)):
            skill_id = ctx.skill_ids[rng.choice(ctx.key_skills)] if index % 2 == 0 else None
            topic = "" if skill_id else rng.choice(catalogue.NEED_TOPICS)
            status, opened = _NEED_STATUSES.pick(rng), ctx.days_ago(rng.randint(10, 400))
            target, closed = _need_dates(ctx, opened, status)
            writer.add(None, office_id, rng.choice(catalogue.TEAMS), skill_id, topic, 3 if skill_id else None,
                       NeedOrigin.ORGANISATION, rng.randint(1, 2), target, status, opened, closed,
                       f"Besoin collectif identifié par l'antenne {office}.")
