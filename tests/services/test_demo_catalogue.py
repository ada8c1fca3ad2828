"""The demo association uses the shipped starter catalogue: same skills, consistent roles, realistic gaps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from learnorg_desktop.catalogue.starter import read_starter
from learnorg_desktop.demo import catalogue, generate, names
from learnorg_desktop.models import SkillAssessment
from learnorg_desktop.services import skills, talent
from learnorg_desktop.services.assessments import INTEREST_MAX
from learnorg_desktop.services.text import fold
from learnorg_desktop.storage.database import Database

TODAY = date(2026, 2, 3)


def _starter_skills() -> set[str]:
    return {s["name"] for c in read_starter("fr")["categories"] for s in c["skills"]}


def _role_key(name: str) -> str:
    return fold(name).replace("’", "'")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database.open(tmp_path_factory.mktemp("demo_catalogue") / "demo.sqlite3")
    generate(database, people=120, today=TODAY)
    yield database
    database.close()


def test_demo_vocabulary_only_names_starter_skills() -> None:
    starter = _starter_skills()
    named = {skill for expected in catalogue.ROLE_SKILLS.values() for skill, _level in expected}
    named |= {community[3] for community in catalogue.COMMUNITIES} | set(catalogue.RARE_SKILLS)
    assert named <= starter, named - starter


def test_demo_roles_complete_the_starter_roles_without_overlap() -> None:
    starter_roles = {_role_key(r["name"]) for r in read_starter("fr")["roles"]}
    demo_roles = {_role_key(name) for name, _kind, _weight in names.ROLES}
    assert starter_roles <= demo_roles  # every starter role is held by someone in the demo
    assert not starter_roles & {_role_key(role) for role in catalogue.ROLE_SKILLS}
    assert {_role_key(role) for role in catalogue.ROLE_SKILLS} <= demo_roles


def test_demo_database_holds_exactly_the_starter_catalogue(demo_db: Database) -> None:
    with demo_db.read() as session:
        assert {s.name for s in skills.list_skills(session)} == _starter_skills()
        expected = {(r.role, r.skill) for r in skills.list_role_skills(session)}
    starter = read_starter("fr")
    for role in starter["roles"]:
        for item in role["skills"]:
            assert any(_role_key(r) == _role_key(role["name"]) and s == item["skill"] for r, s in expected)


def test_demo_has_single_holders_gaps_and_valid_interests(demo_db: Database) -> None:
    with demo_db.read() as session:
        lone = {h.skill for h in talent.single_holders(session, TODAY)}
        coverage = talent.key_skill_coverage(session, TODAY)
        interests = session.execute(select(func.min(SkillAssessment.interest),
                                           func.max(SkillAssessment.interest))).one()
        teachers = talent.talent_map(session, TODAY)
    assert set(catalogue.RARE_SKILLS) <= lone
    assert any(not c.reached for c in coverage) and any(c.reached for c in coverage)
    assert interests[0] >= 0 and interests[1] <= INTEREST_MAX
    assert len(teachers) > 10


def test_a_second_starter_load_adds_nothing(demo_db: Database, tmp_path: Path) -> None:
    from learnorg_desktop.catalogue.starter import load_starter_catalogue

    with demo_db.transaction() as session:
        report = load_starter_catalogue(session, "fr")
        session.rollback()
    assert report.skills_created == 0 and report.roles_created == 0
