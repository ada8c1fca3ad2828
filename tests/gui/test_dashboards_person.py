"""The individual follow-up page: loads in the background, shows every section, exports the workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from learnorg_desktop.gui.tabs import dashboards_person
from learnorg_desktop.gui.tabs.dashboards_person import PersonView
from learnorg_desktop.gui.tabs.dashboards_tab import DashboardsTab
from learnorg_desktop.models import Person
from learnorg_desktop.storage.database import Database
from tests.services.test_person_review import Story, build_story


@pytest.fixture
def story(db: Database) -> Story:
    with db.transaction() as session:
        return build_story(session)


@pytest.fixture
def view(qtbot, db: Database, story: Story) -> PersonView:
    widget = PersonView(db)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    return widget


def _open(qtbot, view: PersonView, person_id: int) -> None:
    view.show_person(person_id)
    qtbot.waitUntil(lambda: view.pending == 0, timeout=15000)


def test_sections_show_the_persons_follow_up(qtbot, qtmodeltester, view: PersonView, story: Story) -> None:
    _open(qtbot, view, story.helene)
    assert view.review is not None and view.review.identity.person_id == story.helene
    assert view.name_label.text() == "Hélène Dubois"
    assert "Siège" in view.identity_label.text()
    counts = {name: table.model().rowCount() for name, table in view.tables.items()}
    assert counts == {"skills": 3, "needs": 2, "sessions": 2, "feedback": 1, "checklists": 1}
    for table in view.tables.values():
        qtmodeltester.check(table.model())
    assert view.chart.figure is not None and view.chart.export_button.isEnabled()
    assert view.skills_model.row_at(2).below_target  # expected by the role, never assessed
    assert view.picker.current_person_id() == story.helene
    assert view.export_button.isVisible()


def test_empty_sections_say_so(qtbot, view: PersonView, db: Database, story: Story) -> None:
    _open(qtbot, view, story.other)
    assert view.tables["checklists"].isHidden() and not view.empty_labels["checklists"].isHidden()
    assert not view.tables["sessions"].isHidden()


def test_a_deleted_person_shows_no_sections(qtbot, view: PersonView, db: Database, story: Story) -> None:
    with db.transaction() as session:
        session.get_one(Person, story.other).deleted = True
    _open(qtbot, view, story.other)
    assert view.review is None
    assert view.boxes["skills"].isHidden() and view.export_button.isHidden()


def test_export_writes_the_workbook_in_the_background(qtbot, view: PersonView, story: Story,
                                                      tmp_path: Path) -> None:
    _open(qtbot, view, story.helene)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    with qtbot.waitSignal(view.exported, timeout=15000) as signal:
        view.export_to(tmp_path / "review")  # the extension is added
    written = Path(signal.args[0])
    assert written == tmp_path / "review.xlsx"
    assert load_workbook(written).sheetnames[0] == "Summary"  # the English UI writes English
    assert messages and view.export_button.isEnabled()
    assert view.default_file_name() == "annual-review-Hélène-Dubois.xlsx"


def test_a_failed_export_warns_and_keeps_the_page(qtbot, view: PersonView, story: Story, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _open(qtbot, view, story.helene)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))

    def broken(*_args: object) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(dashboards_person, "write_person_review", broken)
    view.export_to(tmp_path / "r.xlsx")
    qtbot.waitUntil(lambda: bool(warnings), timeout=15000)
    assert view.export_button.isEnabled() and not (tmp_path / "r.xlsx").exists()


def test_the_dashboards_tab_opens_a_person(qtbot, db: Database, story: Story) -> None:
    tab = DashboardsTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_person(story.helene)
    view = tab.built[1]
    assert isinstance(view, PersonView)
    qtbot.waitUntil(lambda: view.pending == 0 and view.review is not None, timeout=15000)
    assert tab.views.currentIndex() == 1
