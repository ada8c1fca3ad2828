"""PeopleTableModel: ids from SQL, lazy pages, translated labels, sorting in SQL."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.gui.models import people_model
from learnorg_desktop.gui.models.people_model import COLUMNS, PERSON_ID_ROLE, PeopleTableModel, greyed_colour
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonInput, PersonQuery, SortKey
from learnorg_desktop.storage.database import Database


def names(model: PeopleTableModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, populated_db: Database) -> None:
    model = PeopleTableModel(populated_db)
    qtmodeltester.check(model)
    model.set_query(PersonQuery())
    qtmodeltester.check(model)


def test_default_query_lists_active_and_incoming_by_name(populated_db: Database) -> None:
    model = PeopleTableModel(populated_db)
    assert names(model) == ["Dubois, Hélène", "Martin, Jérôme", "Ndiaye, Awa", "Zola, Émile"]
    assert model.columnCount() == len(COLUMNS) == 10


def test_cells_show_translated_kind_status_and_short_dates(populated_db: Database) -> None:
    model = PeopleTableModel(populated_db)
    row = names(model).index("Dubois, Hélène")
    cells = [model.index(row, column).data() for column in range(model.columnCount())]
    assert cells == ["Dubois, Hélène", "Volunteer", "LYON", "Accueil", "01/03/2021", "", "Active",
                     "helene@example.org", "", "fr, en"]
    assert model.index(row, 0).data(PERSON_ID_ROLE) == model.person_id(row)


def test_departed_people_are_greyed(populated_db: Database) -> None:
    model = PeopleTableModel(populated_db)
    model.set_query(PersonQuery())
    departed = names(model).index("Bernard, Luc")
    assert model.index(departed, 6).data() == "Departed"
    assert model.index(departed, 0).data(Qt.ItemDataRole.ForegroundRole).color() == greyed_colour()
    assert model.index(0 if departed else 1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_sort_requeries_in_sql_and_ignores_unsortable_columns(populated_db: Database) -> None:
    model = PeopleTableModel(populated_db)
    model.sort(COLUMNS.index(people_model.Column("Arrival", SortKey.ARRIVAL)), Qt.SortOrder.DescendingOrder)
    assert model.query().sort is SortKey.ARRIVAL and model.query().descending
    assert names(model)[0] == "Zola, Émile"
    before = model.query()
    model.sort(8, Qt.SortOrder.AscendingOrder)  # phone
    assert model.query() == before


def test_pages_are_loaded_lazily_and_bounded(db: Database, monkeypatch) -> None:
    monkeypatch.setattr(people_model, "PAGE_SIZE", 3)
    monkeypatch.setattr(people_model, "MAX_PAGES", 2)
    with db.transaction() as session:
        for i in range(10):
            people.create(session, PersonInput(PersonKind.VOLUNTEER, f"Person{i:02d}"))
    calls: list[int] = []
    real = people.fetch_rows
    monkeypatch.setattr(people, "fetch_rows", lambda s, ids, today: calls.append(len(ids)) or real(s, ids, today))
    model = PeopleTableModel(db)
    assert calls == []  # nothing fetched until a cell is shown
    assert names(model) == [f"Person{i:02d}" for i in range(10)]
    assert calls == [3, 3, 3, 1]
    assert len(model._pages) == 2


def test_set_query_and_refresh(populated_db: Database) -> None:
    model = PeopleTableModel(populated_db)
    model.set_query(replace(model.query(), text="helene"))
    assert names(model) == ["Dubois, Hélène"]
    with populated_db.transaction() as session:
        people.create(session, PersonInput(PersonKind.STAFF, "Hélène-bis", "Anne"))
    model.refresh()
    assert model.rowCount() == 2
    assert model.row_of(-1) is None
