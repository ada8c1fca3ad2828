"""The people × skills matrix: current levels for a filter, in one aggregate query."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, case, select, true
from sqlalchemy.orm import Session

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.models import Person, Skill
from learnorg_desktop.services.holdings import active_person_clause, latest_assessments, person_name
from learnorg_desktop.services.text import fold


@dataclass(frozen=True)
class MatrixQuery:
    """Which people (rows) and skills (columns) the matrix shows."""

    office_id: int | None = None
    kinds: frozenset[PersonKind] = field(default_factory=frozenset)
    category_id: int | None = None
    key_only: bool = False
    active_only: bool = True


@dataclass(frozen=True)
class SkillMatrix:
    """Rows are people, columns skills; `levels` is sparse: a missing (person, skill) was never assessed.

    `expired` holds the cells whose level has lapsed (shown, but not counted as held).
    """

    person_ids: tuple[int, ...]
    person_names: tuple[str, ...]
    skill_ids: tuple[int, ...]
    skill_names: tuple[str, ...]
    levels: Mapping[tuple[int, int], int]
    expired: frozenset[tuple[int, int]] = frozenset()

    def level(self, person_id: int, skill_id: int) -> int | None:
        return self.levels.get((person_id, skill_id))

    def row(self, index: int) -> list[int | None]:
        """The levels of the index-th person, one per skill column (what a table model's row shows)."""
        pid = self.person_ids[index]
        return [self.levels.get((pid, sid)) for sid in self.skill_ids]


def _people_clause(query: MatrixQuery, today: date) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = [Person.deleted.is_(False)]
    if query.active_only:
        clauses.append(active_person_clause(today))
    if query.office_id is not None:
        clauses.append(Person.office_id == query.office_id)
    if query.kinds:
        clauses.append(Person.kind.in_(sorted(query.kinds)))
    return and_(true(), *clauses)


def _skills_clause(query: MatrixQuery) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = [Skill.deleted.is_(False)]
    if query.category_id is not None:
        clauses.append(Skill.category_id == query.category_id)
    if query.key_only:
        clauses.append(Skill.is_key.is_(True))
    return and_(true(), *clauses)


def skill_matrix(session: Session, query: MatrixQuery, today: date) -> SkillMatrix:
    """People sorted by name, skills by name, and every current level between them."""
    people_clause, skills_clause = _people_clause(query, today), _skills_clause(query)
    people = session.execute(
        select(Person.id, person_name()).where(people_clause)
        .order_by(Person.sort_name, Person.id)
    ).all()
    skills = sorted(  # the folding rule, as French readers expect ("Écoute" among the e's)
        session.execute(select(Skill.id, Skill.name).where(skills_clause)).all(),
        key=lambda s: (fold(s.name), s.id),
    )
    current = latest_assessments()
    # The lapse is computed in SQL as a plain integer: converting 200,000 dates in Python costs more than
    # the query itself.
    lapsed = case((current.c.valid_until < today, 1), else_=0)
    # Core execution: ORM row wrapping would double the time at 200,000 cells.
    cells = session.connection().execute(
        select(current.c.person_id, current.c.skill_id, current.c.level, lapsed)
        .join(Person, Person.id == current.c.person_id)
        .join(Skill, Skill.id == current.c.skill_id)
        .where(people_clause, skills_clause)
    )
    levels: dict[tuple[int, int], int] = {}
    expired: list[tuple[int, int]] = []
    for pid, sid, level, gone in cells:
        levels[pid, sid] = level
        if gone:
            expired.append((pid, sid))
    return SkillMatrix(
        person_ids=tuple(p.id for p in people), person_names=tuple(p[1] for p in people),
        skill_ids=tuple(s.id for s in skills), skill_names=tuple(s.name for s in skills),
        levels=levels, expired=frozenset(expired),
    )
