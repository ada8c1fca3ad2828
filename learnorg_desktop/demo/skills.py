"""Demo step: the skills catalogue, role expectations, assessments with history, learning needs."""

from __future__ import annotations

from datetime import date, timedelta

from learnorg_desktop.demo import catalogue
from learnorg_desktop.demo.context import DemoContext, DemoPerson, Picker
from learnorg_desktop.models import LearningNeed, RoleSkill, Skill, SkillAssessment, SkillCategory
from learnorg_desktop.models.enums import AssessmentSource, NeedOrigin, NeedStatus

_LEVELS = Picker([0, 1, 2, 3, 4], [8, 25, 32, 23, 12])
_SOURCES = Picker([AssessmentSource.SELF, AssessmentSource.MANAGER], [65, 35])
_NEED_STATUSES = Picker(list(NeedStatus), [40, 20, 15, 20, 5])
_NEED_ORIGINS = Picker([NeedOrigin.WISH, NeedOrigin.CAREER, NeedOrigin.ORGANISATION], [50, 30, 20])


def add_catalogue(ctx: DemoContext, people_count: int) -> None:
    """Categories, ~40 skills (key ones carry a target scaled to the organisation) and role skills."""
    categories = ctx.writer.table(SkillCategory, "name", "description")
    skills = ctx.writer.table(Skill, "category_id", "name", "description", "is_key", "target_holders",
                              "target_level", "expires")
    holders = max(2, round(people_count * 0.03))
    for category, entries in catalogue.SKILLS.items():
        category_id = categories.add(category, catalogue.CATEGORY_DESCRIPTIONS.get(category, ""))
        for name, is_key, expires in entries:
            description = "Recyclage obligatoire tous les deux ans." if expires else ""
            ctx.skill_ids[name] = skills.add(category_id, name, description, is_key,
                                             holders if is_key else None, 3 if is_key else None, expires)
            if is_key:
                ctx.key_skills.append(name)
    role_skills = ctx.writer.table(RoleSkill, "role_id", "skill_id", "expected_level")
    for role, expected in catalogue.ROLE_SKILLS.items():
        for skill, level in expected:
            role_skills.add(ctx.role_ids[role], ctx.skill_ids[skill], level)


def _valid_until(ctx: DemoContext, assessed_on: date) -> date:
    """A few certificates have lapsed and a few lapse within 60 days, so the warnings have data."""
    draw = ctx.rng.random()
    if draw < 0.12:
        return ctx.days_ago(ctx.rng.randint(1, 120))
    if draw < 0.28:
        return ctx.today + timedelta(days=ctx.rng.randint(1, 60))
    return max(assessed_on + timedelta(days=730), ctx.today + timedelta(days=61))


def _skills_of(ctx: DemoContext, person: DemoPerson) -> dict[str, int]:
    """The skills this person is assessed on, with their current level."""
    rng = ctx.rng
    seniority = (ctx.today - person.arrival).days
    wanted: dict[str, int] = {}
    for skill, expected in catalogue.ROLE_SKILLS.get(person.role, ()):
        if rng.random() < 0.8:
            bonus = 1 if seniority > 540 else (-1 if seniority < 90 else 0)
            wanted[skill] = max(0, min(4, expected + bonus + rng.choice((-1, 0, 0, 1))))
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        wanted.setdefault(rng.choice(list(ctx.skill_ids)), _LEVELS.pick(rng))
    return wanted


def add_assessments(ctx: DemoContext) -> None:
    """Latest levels for everyone already arrived; a share also has an earlier, lower level."""
    rng = ctx.rng
    writer = ctx.writer.table(SkillAssessment, "person_id", "skill_id", "level", "assessed_on", "source",
                              "interest", "willing_to_share", "valid_until")
    expiring = {ctx.skill_ids[name] for entries in catalogue.SKILLS.values()
                for name, _key, expires in entries if expires}
    for person in ctx.people:
        if person.arrival > ctx.today:
            continue
        last_day = min(ctx.today, person.departure or ctx.today)
        first_day = max(person.arrival, ctx.days_ago(540))
        if first_day > last_day:  # left long ago: assessed while still there
            first_day = person.arrival
        for position, (skill, level) in enumerate(_skills_of(ctx, person).items()):
            skill_id = ctx.skill_ids[skill]
            assessed_on = ctx.day_between(first_day, last_day)
            earlier = assessed_on - timedelta(days=rng.randint(150, 360))
            if position == 0 and level > 0 and earlier >= person.arrival and rng.random() < 0.35:
                writer.add(person.id, skill_id, level - 1, earlier, AssessmentSource.SELF,
                           rng.randint(2, 5), False, earlier + timedelta(days=730) if skill_id in expiring else None)
            valid = _valid_until(ctx, assessed_on) if skill_id in expiring else None
            interest = rng.randint(1, 5) if rng.random() < 0.7 else None
            share = level >= 3 and rng.random() < 0.6
            writer.add(person.id, skill_id, level, assessed_on, _SOURCES.pick(rng), interest, share, valid)
            if level >= 3:
                ctx.teachers.setdefault(skill_id, {}).setdefault(person.office, []).append(person)


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
            expected = catalogue.ROLE_SKILLS.get(person.role, ())
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
