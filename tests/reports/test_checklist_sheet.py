"""The checklist sheet keeps users' text as text, even when it looks like a formula."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from learnorg_desktop.enums import ChecklistKind, PersonKind
from learnorg_desktop.reports.checklist_sheet import write_checklist_sheet
from learnorg_desktop.services.onboarding_followup import CheckinRow, ChecklistDetail, ItemRow


def test_formula_like_user_text_is_written_as_text(tmp_path: Path) -> None:
    item = ItemRow(id=1, position=1, title="=HYPERLINK(\"http://x\")", description="", due_on=date(2026, 1, 5),
                   responsible="@tuteur", skill=None, done_at=datetime(2026, 1, 4, 9, 0), done_by_id=None,
                   done_by="-Chloé", comment="+33 6 12 34 56 78")
    checkin = CheckinRow(id=1, day=30, due_on=date(2026, 2, 1), held_on=None, rating=None, comment="=1+1")
    detail = ChecklistDetail(
        id=1, kind=ChecklistKind.ONBOARDING, person_id=1, person="=cmd|' /C calc'!A0", person_kind=PersonKind.STAFF,
        office_code="HQ", office_name="Siège", arrival_date=None, departure_date=None, template_name="Accueil",
        template_version=1, buddy_id=None, buddy=None, started_on=date(2026, 1, 1), completed_on=None,
        handover_notes="", items=(item,), checkins=(checkin,))
    path = write_checklist_sheet(detail, tmp_path / "c.xlsx", date(2026, 1, 10))
    sheet = load_workbook(path).active
    cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    risky = [cell for cell in cells if cell.value.startswith(("=", "+", "-", "@"))]
    assert {cell.value for cell in risky} >= {"=HYPERLINK(\"http://x\")", "@tuteur", "-Chloé", "+33 6 12 34 56 78",
                                              "=1+1", "=cmd|' /C calc'!A0"}
    assert all(cell.data_type == "s" for cell in risky)
