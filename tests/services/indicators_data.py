"""A hand-made organisation for the indicator tests: every row is here so every figure can be counted by hand.

Period under test: 2026-01-01 .. 2026-06-30, `today` = 2026-06-30. Offices HQ and LYON (LILLE empty).
People (kind, arrival -> departure):
  HQ   h1 V 2020-01-01 ->          h2 V 2024-03-01 -> 2026-03-31   h3 S 2026-02-15 ->
       h4 S 2019-05-01 -> 2025-09-30   h5 P 2026-07-15 -> (incoming)   h6 V (no dates)   d1 V deleted
  LYON l1 V 2021-01-01 ->          l2 V 2025-01-01 -> 2026-06-30   l3 S 2026-04-01 ->
       l4 P 2018-01-01 -> 2024-12-31   l5 V 2025-06-01 -> 2025-06-30
Sessions (14:00 UTC): s5 LYON 2025-12-20 held, s1 HQ 2026-01-15 held, s2 HQ 2026-03-10 held,
  s4 HQ 2026-04-01 cancelled, s3 LYON 2026-05-20 held, s6 HQ 2026-06-30 23:30 held, s7 HQ 2026-02-10 deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from learnorg_desktop.enums import (
    AssessmentSource,
    ChecklistKind,
    NeedOrigin,
    NeedStatus,
    PersonKind,
    ResourceKind,
    SessionFormat,
    SessionStatus,
)
from learnorg_desktop.models import (
    Checklist,
    ChecklistItem,
    KnowledgeSession,
    LearningNeed,
    Person,
    Resource,
    SessionAttendance,
    SessionFeedback,
    SkillAssessment,
)
from learnorg_desktop.services import organisation
from tests.services.skills_data import person, skill

START, END = date(2026, 1, 1), date(2026, 6, 30)
V, S, P = PersonKind.VOLUNTEER, PersonKind.STAFF, PersonKind.PARTNER


def at(day: date, hour: int = 14, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@dataclass
class Ids:
    """Names of the fixture's rows -> database ids."""

    offices: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    sessions: dict[str, int] = field(default_factory=dict)
    skills: dict[str, int] = field(default_factory=dict)


_PEOPLE = [  # name, office, kind, arrival, departure
    ("h1", "HQ", V, date(2020, 1, 1), None), ("h2", "HQ", V, date(2024, 3, 1), date(2026, 3, 31)),
    ("h3", "HQ", S, date(2026, 2, 15), None), ("h4", "HQ", S, date(2019, 5, 1), date(2025, 9, 30)),
    ("h5", "HQ", P, date(2026, 7, 15), None), ("h6", "HQ", V, None, None), ("d1", "HQ", V, date(2020, 1, 1), None),
    ("l1", "LYON", V, date(2021, 1, 1), None), ("l2", "LYON", V, date(2025, 1, 1), date(2026, 6, 30)),
    ("l3", "LYON", S, date(2026, 4, 1), None), ("l4", "LYON", P, date(2018, 1, 1), date(2024, 12, 31)),
    ("l5", "LYON", V, date(2025, 6, 1), date(2025, 6, 30)),
]
_SESSIONS = [  # name, office, start, status, deleted, attendees
    ("s5", "LYON", at(date(2025, 12, 20)), SessionStatus.HELD, False, ["l1"]),
    ("s1", "HQ", at(date(2026, 1, 15)), SessionStatus.HELD, False, ["h1", "h2"]),
    ("s2", "HQ", at(date(2026, 3, 10)), SessionStatus.HELD, False, ["h1", "l1"]),
    ("s4", "HQ", at(date(2026, 4, 1)), SessionStatus.CANCELLED, False, ["h6"]),
    ("s3", "LYON", at(date(2026, 5, 20)), SessionStatus.HELD, False, ["l1", "l3", "h3"]),
    ("s6", "HQ", at(date(2026, 6, 30), 23, 30), SessionStatus.HELD, False, ["h1"]),
    ("s7", "HQ", at(date(2026, 2, 10)), SessionStatus.HELD, True, ["h6"]),
]
_FEEDBACK = [  # session, person, given_on, usefulness, quality, applied, applied_on, deleted
    ("s1", "h1", date(2026, 1, 16), 4, 5, True, date(2026, 3, 1), False),
    ("s1", "h2", date(2026, 1, 16), 2, 3, False, date(2026, 3, 1), False),
    ("s2", "l1", date(2026, 3, 11), 5, 4, True, date(2026, 5, 1), False),
    ("s5", "l1", date(2025, 12, 21), 1, 1, True, date(2026, 2, 1), False),
    ("s3", "l3", date(2026, 5, 21), 3, 2, None, None, False),
    ("s3", "h3", date(2026, 5, 21), 5, 4, True, date(2026, 7, 5), False),
    ("s1", "h6", date(2026, 1, 16), 1, 1, True, date(2026, 3, 1), True),
]
_ASSESSMENTS = [  # person, skill, level, on, source, deleted (inserted in this order: ids grow)
    ("h1", "K", 1, date(2025, 10, 1), AssessmentSource.SELF, False),
    ("h1", "K", 0, date(2025, 12, 1), AssessmentSource.SELF, True),
    ("h1", "K", 3, date(2026, 1, 16), AssessmentSource.SESSION, False),
    ("h2", "K", 2, date(2025, 11, 1), AssessmentSource.MANAGER, False),
    ("h2", "K", 2, date(2026, 1, 16), AssessmentSource.SESSION, False),
    ("l1", "X", 0, date(2026, 3, 11), AssessmentSource.SESSION, False),
    ("l3", "K", 2, date(2026, 5, 1), AssessmentSource.SELF, False),
    ("l3", "K", 3, date(2026, 5, 21), AssessmentSource.SESSION, False),
    ("h3", "K", 1, date(2026, 5, 21), AssessmentSource.SELF, False),
    ("h3", "K", 4, date(2026, 5, 21), AssessmentSource.SESSION, False),
    ("l1", "K", 4, date(2025, 12, 21), AssessmentSource.SESSION, False),
    ("h6", "K2", 2, date(2026, 2, 1), AssessmentSource.MANAGER, False),
]
_NEEDS = [  # person, office, opened, status, closed, deleted
    ("h1", None, date(2025, 11, 1), NeedStatus.MET, date(2026, 2, 1), False),
    ("l1", None, date(2026, 2, 1), NeedStatus.OPEN, None, False),
    (None, "LYON", date(2026, 3, 1), NeedStatus.MET, date(2026, 7, 2), False),
    ("h3", None, date(2026, 4, 1), NeedStatus.DROPPED, date(2026, 5, 1), False),
    ("h6", None, date(2026, 5, 1), NeedStatus.PLANNED, None, False),
    ("h6", None, date(2026, 3, 1), NeedStatus.OPEN, None, True),
]
_RESOURCES = [  # office, created at, deleted
    ("HQ", at(date(2026, 1, 5), 10), False), ("HQ", at(date(2026, 1, 20)), False),
    ("LYON", at(date(2026, 3, 15)), False), ("HQ", at(date(2026, 6, 30), 23), False),
    ("HQ", at(date(2026, 2, 1)), True), ("LYON", at(date(2025, 12, 31), 23, 59), False),
]


def build(session: Session) -> Ids:
    ids = Ids(offices={o.code: o.id for o in organisation.list_offices(session)})
    for name, office, kind, arrival, departure in _PEOPLE:
        ids.people[name] = person(session, name, office=office, kind=kind, arrival=arrival, departure=departure)
    session.get_one(Person, ids.people["d1"]).deleted = True
    ids.skills = {"K": skill(session, "K", key=True, holders=2, level=3), "X": skill(session, "X"),
                  "K2": skill(session, "K2", key=True, holders=3, level=2)}
    _sharing(session, ids)
    _learning(session, ids)
    session.flush()
    return ids


def _sharing(session: Session, ids: Ids) -> None:
    for name, office, starts, status, deleted, attendees in _SESSIONS:
        row = KnowledgeSession(title=name, format=SessionFormat.WORKSHOP, status=status, starts_at=starts,
                               office_id=ids.offices[office], deleted=deleted)
        session.add(row)
        session.flush()
        ids.sessions[name] = row.id
        session.add_all(SessionAttendance(session_id=row.id, person_id=ids.people[p], attended=True) for p in attendees)
    # Invited but absent: never a participant.
    session.add(SessionAttendance(session_id=ids.sessions["s1"], person_id=ids.people["h6"], attended=False))
    for sid, pid, given, useful, quality, applied, applied_on, deleted in _FEEDBACK:
        session.add(SessionFeedback(session_id=ids.sessions[sid], person_id=ids.people[pid], given_on=given,
                                    usefulness=useful, quality=quality, applied=applied, applied_on=applied_on,
                                    deleted=deleted))
    for office, created, deleted in _RESOURCES:
        session.add(Resource(title="R", kind=ResourceKind.LINK, url="https://example.org", created_at=created,
                             office_id=ids.offices[office], deleted=deleted))


def _learning(session: Session, ids: Ids) -> None:
    for pid, sid, level, on, source, deleted in _ASSESSMENTS:
        session.add(SkillAssessment(person_id=ids.people[pid], skill_id=ids.skills[sid], level=level, assessed_on=on,
                                    source=source, deleted=deleted))
        session.flush()  # ids in list order: the same-day tie of h3 is broken by id
    for pid, office, opened, status, closed, deleted in _NEEDS:
        session.add(LearningNeed(person_id=ids.people[pid] if pid else None,
                                 office_id=ids.offices[office] if office else None, topic="Accueil",
                                 origin=NeedOrigin.WISH, status=status, opened_on=opened, closed_on=closed,
                                 deleted=deleted))
    onboarding = [("h3", date(2026, 2, 15), date(2026, 3, 1)), ("l3", date(2026, 4, 1), None),
                  ("h5", date(2026, 7, 15), None)]
    for pid, started, completed in onboarding:
        checklist = Checklist(person_id=ids.people[pid], kind=ChecklistKind.ONBOARDING, started_on=started,
                              completed_on=completed)
        session.add(checklist)
        session.flush()
        if pid == "l3":  # one item overdue on June 30th, one due later
            session.add_all([ChecklistItem(checklist_id=checklist.id, position=1, title="A", due_on=date(2026, 4, 10)),
                             ChecklistItem(checklist_id=checklist.id, position=2, title="B", due_on=date(2026, 8, 1))])
