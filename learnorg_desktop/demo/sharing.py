"""Demo step: communities of practice, knowledge sessions with attendance and feedback.

Participation fades in Lille over the last two calendar quarters (fewer sessions, fewer people, a
lower show-up rate) so the dashboards' early warning has something to find.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from learnorg_desktop.demo import catalogue
from learnorg_desktop.demo.bulk import TableWriter
from learnorg_desktop.demo.context import DemoContext, DemoPerson, Picker
from learnorg_desktop.enums import SessionFormat, SessionStatus
from learnorg_desktop.models import (
    Community,
    CommunityMember,
    KnowledgeSession,
    SessionAttendance,
    SessionFeedback,
    SessionHost,
    SessionSkill,
)

HISTORY_DAYS = 540  # eighteen months of sessions
AHEAD_DAYS = 42  # and six weeks already planned
FADING_OFFICE = "LILLE"
_FORMATS = Picker(list(catalogue.SESSION_FORMATS), catalogue.FORMAT_WEIGHTS)
_SCORES = Picker([1, 2, 3, 4, 5], [2, 5, 18, 42, 33])


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def fade_start(today: date) -> date:
    """First day of the previous calendar quarter: Lille fades from then on."""
    return quarter_start(quarter_start(today) - timedelta(days=1))


@dataclass
class _Writers:
    sessions: TableWriter
    skills: TableWriter
    hosts: TableWriter
    attendance: TableWriter
    feedback: TableWriter


def add_communities(ctx: DemoContext) -> None:
    rng = ctx.rng
    communities = ctx.writer.table(Community, "name", "topic", "office_id")
    members = ctx.writer.table(CommunityMember, "community_id", "person_id")
    for name, topic, office, _skill in catalogue.COMMUNITIES:
        community_id = communities.add(name, topic, ctx.office_ids[office] if office else None)
        ctx.community_ids[name] = community_id
        pool = ctx.by_office.get(office, []) if office else ctx.people
        active = [p for p in pool if p.active_on(ctx.today)]
        size = min(len(active), max(4, round(len(active) * rng.uniform(0.03, 0.08))), 600)
        for person in rng.sample(active, size):
            members.add(community_id, person.id)


def _session_count(people: int) -> int:
    return max(80, people // 3)


def _fade(ctx: DemoContext, office: str, day: date, fade: date) -> float:
    """How much of its usual activity an office keeps on `day` (Lille drops off lately)."""
    if office != FADING_OFFICE or day < fade:
        return 1.0
    return 0.3 if day >= quarter_start(ctx.today) else 0.45


def _schedule(ctx: DemoContext, people: int) -> list[tuple[date, str]]:
    """(day, office) of every session: a steady weekly rhythm per office, scaled to its size."""
    rng, fade = ctx.rng, fade_start(ctx.today)
    first, last = ctx.days_ago(HISTORY_DAYS), ctx.today + timedelta(days=AHEAD_DAYS)
    weeks = ((last - first).days + 1) / 7
    staffed = {office: len(members) + 1 for office, members in ctx.by_office.items()}
    total = sum(staffed.values())
    planned: list[tuple[date, str]] = []
    for office, size in sorted(staffed.items()):
        per_week = _session_count(people) * size / total / weeks
        week = first
        while week <= last:
            expected = per_week * _fade(ctx, office, week, fade)
            count = int(expected) + (rng.random() < expected - int(expected))
            planned += [(min(week + timedelta(days=rng.randint(0, 6)), last), office) for _ in range(count)]
            week += timedelta(days=7)
    return sorted(planned)


def _hosts(ctx: DemoContext, skill_id: int, office: str, day: date) -> list[DemoPerson]:
    teachers = ctx.teachers.get(skill_id, {})
    for pool in (teachers.get(office, []), [p for group in teachers.values() for p in group[:50]]):
        found = [p for p in ctx.rng.sample(pool, min(len(pool), 8)) if p.active_on(day)]
        if found:
            return found[: ctx.rng.choice((1, 1, 1, 2))]
    return []


def add_sessions(ctx: DemoContext, people: int) -> None:
    """Sessions spread over eighteen months and the coming weeks, with everything hanging on them."""
    w = _Writers(
        sessions=ctx.writer.table(KnowledgeSession, "title", "format", "status", "office_id", "community_id",
                                  "starts_at", "duration_minutes", "online_minutes", "place", "online_link",
                                  "capacity", "external_host", "description", "lessons_learned"),
        skills=ctx.writer.table(SessionSkill, "session_id", "skill_id"),
        hosts=ctx.writer.table(SessionHost, "session_id", "person_id"),
        attendance=ctx.writer.table(SessionAttendance, "session_id", "person_id", "invited", "attended", "need_id"),
        feedback=ctx.writer.table(SessionFeedback, "session_id", "person_id", "usefulness", "quality", "comment",
                                  "given_on", "applied", "applied_on", "applied_comment"),
    )
    fade = fade_start(ctx.today)
    for day, office in _schedule(ctx, people):
        _session(ctx, w, office, day, fading=office == FADING_OFFICE and day >= fade)


def _subject(ctx: DemoContext, fmt: SessionFormat, office: str) -> tuple[str, int, int | None]:
    """(title, skill id, community id) of a new session."""
    rng = ctx.rng
    pattern = catalogue.SESSION_FORMATS[fmt][0]
    if fmt is SessionFormat.COMMUNITY_MEETING:
        # A community meets where it lives; office-wide ones meet anywhere.
        name, _topic, _home, skill = rng.choice([c for c in catalogue.COMMUNITIES if c[2] in (None, office)])
        return pattern.format(community=name), ctx.skill_ids[skill], ctx.community_ids[name]
    skill = rng.choice(ctx.key_skills) if rng.random() < 0.5 else rng.choice(list(ctx.skill_ids))
    return pattern.format(skill=skill), ctx.skill_ids[skill], None


def _session(ctx: DemoContext, w: _Writers, office: str, day: date, *, fading: bool) -> None:
    rng = ctx.rng
    fmt = _FORMATS.pick(rng)
    title, skill_id, community_id = _subject(ctx, fmt, office)
    _pattern, minutes, online, (low, high) = catalogue.SESSION_FORMATS[fmt]
    held = day <= ctx.today
    status = (SessionStatus.CANCELLED if rng.random() < 0.06 else SessionStatus.HELD) if held else SessionStatus.PLANNED
    hosts = _hosts(ctx, skill_id, office, day)
    external = "" if hosts else rng.choice(catalogue.EXTERNAL_HOSTS)
    invited_count = max(1, round(rng.randint(low, high) * (0.6 if fading else 1.0)))
    hour = 12 if fmt is SessionFormat.LUNCH_AND_LEARN else rng.choice((9, 10, 14, 16, 18))
    link = "https://visio.exemple.org/spt-" + f"{rng.getrandbits(32):08x}" if online else ""
    session_id = w.sessions.add(
        title, fmt, status, ctx.office_ids[office], community_id, ctx.at(day, hour, rng.choice((0, 30))),
        minutes, online, "" if fmt is SessionFormat.ONLINE_MODULE else catalogue.ROOMS[office], link,
        invited_count + 4 if fmt is SessionFormat.WORKSHOP else None, external,
        f"Échanges de pratiques autour de « {title.split(' : ')[-1]} ».",
        rng.choice(catalogue.LESSONS_LEARNED) if status is SessionStatus.HELD else "",
        created_at=ctx.at(day - timedelta(days=rng.randint(7, 30)), 8),
    )
    ctx.sessions_by_office.setdefault(office, []).append((day, session_id))
    w.skills.add(session_id, skill_id)
    if rng.random() < 0.25:
        w.skills.add(session_id, ctx.skill_ids[rng.choice(list(ctx.skill_ids))])
    for host in hosts:
        w.hosts.add(session_id, host.id)
    invited = ctx.active_in(office, day, invited_count, exclude={h.id for h in hosts})
    show_up = 0.0 if status is not SessionStatus.HELD else (0.5 if fading else 0.82)
    for person in invited:
        attended = rng.random() < show_up
        w.attendance.add(session_id, person.id, True, attended, ctx.open_needs.get((person.id, skill_id)))
        if attended and rng.random() < 0.5:
            _feedback(ctx, w.feedback, session_id, person.id, day)


def _feedback(ctx: DemoContext, writer: TableWriter, session_id: int, person_id: int, day: date) -> None:
    rng = ctx.rng
    usefulness = _SCORES.pick(rng)
    quality = max(1, min(5, usefulness + rng.choice((-1, 0, 0, 1))))
    comment = rng.choice(catalogue.FEEDBACK_COMMENTS) if rng.random() < 0.3 else ""
    given = min(day + timedelta(days=rng.randint(0, 3)), ctx.today)
    applied: bool | None = None
    applied_on: date | None = None
    applied_comment = ""
    if day <= ctx.days_ago(42) and rng.random() < 0.45:  # the six-week follow-up
        applied = rng.random() < (0.35 + 0.1 * usefulness)
        applied_on = min(day + timedelta(days=rng.randint(42, 60)), ctx.today)
        applied_comment = rng.choice(catalogue.APPLIED_COMMENTS) if rng.random() < 0.5 else ""
    writer.add(session_id, person_id, usefulness, quality, comment, given, applied, applied_on, applied_comment)
