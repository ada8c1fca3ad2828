"""Onboarding indicators against hand-computed values."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.services import onboarding_assign as assign
from learnorg_desktop.services import onboarding_followup as followup
from learnorg_desktop.services import onboarding_templates as templates
from learnorg_desktop.services.onboarding_indicators import indicators, indicators_by_office
from learnorg_desktop.services.onboarding_templates import TemplateInput, TemplateItemInput
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import person

TODAY = date(2026, 6, 1)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


@pytest.fixture
def scenario(db: Database) -> Database:
    """HQ: 3 checklists, 2 completed in 10 and 20 days, 1 with 2 overdue items; LYON: 1 completed in 4 days.

    Items are due on days 0 and 5 after the start.
    """
    with db.transaction() as session:
        template_id = templates.create_template(session, TemplateInput("T", audience=PersonKind.VOLUNTEER, items=[
            TemplateItemInput("A", due_days=0), TemplateItemInput("B", due_days=5)]))
        coordinator = person(session, "Coord", arrival=date(2015, 1, 1))

        def onboard(name: str, office: str, start: date, finished: tuple[date, ...]) -> None:
            checklist_id = assign.assign(session, person(session, name, office=office, arrival=start),
                                         template_id, TODAY)
            items = followup.get_checklist(session, checklist_id).items
            for item, day in zip(items, finished, strict=False):
                followup.check_item(session, item.id, coordinator, at(day))

        onboard("Un", "HQ", date(2026, 1, 1), (date(2026, 1, 2), date(2026, 1, 11)))  # 10 days
        onboard("Deux", "HQ", date(2026, 2, 1), (date(2026, 2, 5), date(2026, 2, 21)))  # 20 days
        onboard("Trois", "HQ", date(2026, 5, 1), ())  # both items overdue on June 1st
        onboard("Quatre", "LYON", date(2026, 3, 1), (date(2026, 3, 2), date(2026, 3, 5)))  # 4 days
        onboard("Futur", "LYON", date(2026, 7, 1), ())  # not started yet: not counted
    return db


def test_organisation_wide_figures(scenario: Database) -> None:
    with scenario.read() as session:
        figures = indicators(session, TODAY)
    assert (figures.checklists, figures.completed) == (4, 3)
    assert figures.completion_rate == pytest.approx(0.75)
    assert figures.median_days_to_complete == 10.0  # median of 4, 10, 20
    assert (figures.overdue_items, figures.overdue_checklists) == (2, 1)


def test_per_office_figures(scenario: Database) -> None:
    with scenario.read() as session:
        by_office = {f.office_code: f for f in indicators_by_office(session, TODAY)}
        lyon_id = next(i for i in [2, 3] if indicators(session, TODAY, office_id=i).office_code == "LYON")
        lyon = indicators(session, TODAY, office_id=lyon_id)
    assert set(by_office) == {"HQ", "LYON"}
    hq = by_office["HQ"]
    assert (hq.checklists, hq.completed, hq.median_days_to_complete, hq.overdue_items) == (3, 2, 15.0, 2)
    assert hq.completion_rate == pytest.approx(2 / 3)
    assert (lyon.checklists, lyon.completed, lyon.median_days_to_complete, lyon.overdue_items) == (1, 1, 4.0, 0)
    assert by_office["LYON"] == lyon


def test_no_checklist_gives_empty_figures(db: Database) -> None:
    with db.read() as session:
        figures = indicators(session, TODAY)
    assert (figures.checklists, figures.completion_rate, figures.median_days_to_complete) == (0, None, None)
