"""Time the skills views at 5,000 people × 200 skills: `python bench/bench_skill_matrix.py [DB_FILE]`.

Builds the database when DB_FILE does not exist (a temporary one when not given): people, skills,
~40 assessed skills per person with some history. Then times the matrix, talent map, coverage,
single holders and a departure check.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from learnorg_desktop.enums import AssessmentSource, PersonKind
from learnorg_desktop.models import Person, Skill, SkillAssessment
from learnorg_desktop.models.base import new_uuid
from learnorg_desktop.services import organisation, skill_matrix, talent
from learnorg_desktop.storage.database import Database
from learnorg_desktop.storage.types import utcnow

PEOPLE, SKILLS, ASSESSED_PER_PERSON = 5000, 200, 40
TODAY = date(2026, 6, 1)


def _stamp() -> dict[str, object]:
    now = utcnow()
    return {"uuid": new_uuid(), "created_at": now, "updated_at": now, "deleted": False, "row_version": 1}


def build(db: Database) -> int:
    rng = random.Random(7)
    with db.transaction() as session:
        organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True)
        office_ids = [organisation.add_office(session, code=f"O{i}", name=f"Antenne {i}").id for i in range(8)]
        session.execute(insert(Skill), [
            {**_stamp(), "name": f"Compétence {i:03}", "description": "", "is_key": i % 10 == 0,
             "target_holders": 5 if i % 10 == 0 else None, "target_level": 3 if i % 10 == 0 else None,
             "expires": i % 25 == 0} for i in range(SKILLS)])
        session.execute(insert(Person), [
            {**_stamp(), "kind": rng.choice(list(PersonKind)), "first_name": f"P{i}", "last_name": f"Nom{i:05}",
             "phone": "", "office_id": rng.choice(office_ids), "departure_reason": "", "languages": "",
             "notes": "", "search_key": f"p{i} nom{i:05}",
             "departure_date": TODAY - timedelta(days=10) if i % 9 == 0 else None} for i in range(PEOPLE)])
        rows = []
        for pid in range(1, PEOPLE + 1):
            for sid in rng.sample(range(1, SKILLS + 1), ASSESSED_PER_PERSON):
                for k in range(rng.choice((1, 1, 2, 3))):
                    rows.append({**_stamp(), "person_id": pid, "skill_id": sid, "level": rng.randint(0, 4),
                                 "assessed_on": TODAY - timedelta(days=400 - 100 * k),
                                 "source": AssessmentSource.SELF, "willing_to_share": rng.random() < 0.3,
                                 "valid_until": TODAY + timedelta(days=rng.randint(-100, 300)) if sid % 25 == 1
                                 else None})
        for start in range(0, len(rows), 20000):
            session.execute(insert(SkillAssessment), rows[start:start + 20000])
    return len(rows)


def timed(label: str, fn: object, repeat: int = 3) -> None:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    size = len(result.levels) if isinstance(result, skill_matrix.SkillMatrix) else len(result)
    print(f"{label:<32} {best * 1000:8.1f} ms  ({size} items)")


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "bench.sqlite3"
    fresh = not target.exists()
    db = Database.open(target)
    if fresh:
        print(f"{build(db)} assessments for {PEOPLE} people × {SKILLS} skills")
    start = time.perf_counter()
    sum(range(10**7))
    print(f"machine calibration: sum(range(10**7)) = {(time.perf_counter() - start) * 1000:.0f} ms")
    with db.read() as session:
        timed("matrix (all active)", lambda: skill_matrix.skill_matrix(session, skill_matrix.MatrixQuery(), TODAY))
        timed("matrix (one office)", lambda: skill_matrix.skill_matrix(
            session, skill_matrix.MatrixQuery(office_id=2), TODAY))
        timed("talent map", lambda: talent.talent_map(session, TODAY))
        timed("key skill coverage", lambda: talent.key_skill_coverage(session, TODAY))
        timed("single holders", lambda: talent.single_holders(session, TODAY))
        timed("departure impact", lambda: talent.skills_left_without_holder(session, 42, TODAY))
    db.close()


if __name__ == "__main__":
    main()
