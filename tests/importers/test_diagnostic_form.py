"""The blank self-diagnosis form: written, filled with openpyxl, re-imported; bad and hostile forms refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.importers.diagnostic_form import FormImportError, import_forms
from learnorg_desktop.models import DiagnosticAnswer, DiagnosticResponse
from learnorg_desktop.paths import resources_dir
from learnorg_desktop.reports.diagnostic_form import write_blank_form
from learnorg_desktop.services import diagnostic, organisation
from learnorg_desktop.services.diagnostic_questionnaire import load_questionnaire, parse_questionnaire
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database
from tests.services.diagnostic_data import OPENED, campaign

TODAY = date(2026, 3, 10)


def _blank(db: Database, folder: Path, lang: str = "fr", campaign_id: int | None = None) -> tuple[int, Path]:
    with db.transaction() as session:
        campaign_id = campaign_id or campaign(session)
        row = diagnostic.get_campaign(session, campaign_id)
        offices = organisation.list_offices(session)
    return campaign_id, write_blank_form(folder / f"blank_{lang}.xlsx", row, offices, lang)


def _rows_by_key(sheet: Any) -> dict[str, int]:
    return {str(sheet.cell(r, 1).value): r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value}


def _fill(blank: Path, out: Path, values: dict[str, Any]) -> Path:
    """Put `values` (keyed by the hidden column-A keys) in column C, as a respondent would."""
    book = openpyxl.load_workbook(blank)
    sheet = book.worksheets[0]
    rows = _rows_by_key(sheet)
    for key, value in values.items():
        sheet.cell(rows[key], 3).value = value
    book.save(out)
    return out


def _count(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(DiagnosticResponse)) or 0,
                session.scalar(select(func.count()).select_from(DiagnosticAnswer)) or 0)


def test_round_trip(db: Database, tmp_path: Path) -> None:
    campaign_id, blank = _blank(db, tmp_path)
    filled = _fill(blank, tmp_path / "a.xlsx", {
        "#office": "LYON – Antenne de Lyon", "#group": "Bénévole", "#date": date(2026, 3, 5),
        "LEAD1": "4 – Plutôt d’accord", "SELF2": 1, "DIAL3": "5", "#comment": "- plus de temps\n@tous"})
    second = _fill(blank, tmp_path / "b.xlsx", {"#office": "HQ", "#group": "Staff member", "KNOW1": 2})
    with db.transaction() as session:
        report = import_forms(session, campaign_id, [filled, second], TODAY)
    assert report.files == 2
    with db.read() as session:
        first = session.get(DiagnosticResponse, report.response_ids[0])
        assert first is not None
        assert (first.respondent_group, first.answered_on, first.comment) == (
            RespondentGroup.VOLUNTEER, date(2026, 3, 5), "- plus de temps\n@tous")
        assert first.office_id == organisation.office_by_code(session, "LYON").id
        values = dict(session.execute(select(DiagnosticAnswer.question_code, DiagnosticAnswer.value)
                                      .where(DiagnosticAnswer.response_id == first.id)).all())
        assert values == {"LEAD1": 4, "SELF2": 1, "DIAL3": 5}
        other = session.get(DiagnosticResponse, report.response_ids[1])
        assert other is not None and other.answered_on == TODAY and other.respondent_group == RespondentGroup.STAFF


def test_blank_form_content(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        organisation.add_office(session, code="NICE", name="=HYPERLINK(\"http://x\")")
        campaign_id = diagnostic.open_campaign(session, "+malicious", OPENED).id
    _, blank = _blank(db, tmp_path, "en", campaign_id)
    book = openpyxl.load_workbook(blank)
    sheet, lists = book.worksheets
    assert sheet.column_dimensions["A"].hidden and lists.sheet_state == "hidden"
    rows = _rows_by_key(sheet)
    assert set(load_questionnaire().codes) <= set(rows)
    assert sheet.cell(rows["LEAD1"], 2).value == "Our leaders say clearly that learning is part of the job."
    assert sheet.cell(1, 2).data_type == "s"
    assert "NICE – =HYPERLINK(\"http://x\")" in [c.value for c in lists["B"]]
    assert not [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    validated = {str(cell) for dv in sheet.data_validations.dataValidation for cell in dv.sqref.ranges}
    assert f"C{rows['LEAD1']}" in validated and f"C{rows['#office']}" in validated


def test_text_that_looks_like_a_formula_is_written_as_text(db: Database, tmp_path: Path) -> None:
    document = json.loads((resources_dir() / "diagnostic" / "questionnaire.json").read_text(encoding="utf-8"))
    document["dimensions"][0]["statements"][0]["fr"] = "=SUM(A1:A9)"
    document["dimensions"][0]["title"]["fr"] = "@cmd\x01"
    questionnaire = parse_questionnaire(document)
    with db.read() as session:
        row = diagnostic.open_campaign(session, "-10 %", OPENED)
        blank = write_blank_form(tmp_path / "f.xlsx", row, [], "fr", questionnaire)
    sheet = openpyxl.load_workbook(blank).worksheets[0]
    cells = {c.value: c for r in sheet.iter_rows() for c in r if isinstance(c.value, str)}
    for text in ("=SUM(A1:A9)", "@cmd"):
        assert cells[text].data_type == "s" and cells[text].quotePrefix


@pytest.mark.parametrize(("values", "field", "code", "with_cell"), [
    ({"#office": "LYON", "#group": "Bénévole", "LEAD2": 7}, "LEAD2", "bad_rating", True),
    ({"#office": "LYON", "#group": "Bénévole", "LEAD2": "très"}, "LEAD2", "bad_rating", True),
    ({"#office": "PARIS", "#group": "Bénévole", "LEAD2": 3}, "office", "unknown_office", True),
    ({"#office": "LYON", "LEAD2": 3}, "kind", "required", True),
    ({"#group": "Bénévole", "LEAD2": 3}, "office", "required", True),
    ({"#office": "LYON", "#group": "Bénévole"}, "answers", "no_answer", False),
    ({"#office": "LYON", "#group": "Bénévole", "LEAD2": 3, "#date": "31/02/2026"}, "date", "bad_date", True),
    ({"#office": "LYON", "#group": "Bénévole", "LEAD2": 3, "#date": date(2026, 1, 1)}, "date",
     "before_campaign", False),
    ({"#office": "LYON", "#group": "Chef", "LEAD2": 3}, "kind", "bad_kind", True),
])
def test_bad_form_refused_with_file_and_cell(db: Database, tmp_path: Path, values: dict[str, Any], field: str,
                                              code: str, with_cell: bool) -> None:
    campaign_id, blank = _blank(db, tmp_path)
    good = _fill(blank, tmp_path / "good.xlsx", {"#office": "HQ", "#group": "Partenaire", "LEAD1": 3})
    bad = _fill(blank, tmp_path / "bad.xlsx", values)
    with db.transaction() as session, pytest.raises(FormImportError) as refused:
        import_forms(session, campaign_id, [good, bad], TODAY)
    [problem] = refused.value.problems
    assert (problem.path, problem.field, problem.code) == (str(bad), field, code)
    rows = _rows_by_key(openpyxl.load_workbook(blank).worksheets[0])
    if with_cell:
        key = field if field in rows else {"kind": "#group"}.get(field, f"#{field}")
        assert problem.cell == f"C{rows[key]}"
    assert _count(db) == (0, 0)


def test_form_of_another_campaign_or_version(db: Database, tmp_path: Path) -> None:
    campaign_id, blank = _blank(db, tmp_path)
    with db.transaction() as session:
        other = diagnostic.open_campaign(session, "Autre", OPENED).id
    filled = _fill(blank, tmp_path / "a.xlsx", {"#office": "HQ", "#group": "Partenaire", "LEAD1": 3})
    book = openpyxl.load_workbook(filled)
    sheet = book.worksheets[0]
    sheet.cell(_rows_by_key(sheet)["version=1"], 1).value = "version=0"
    old = tmp_path / "old.xlsx"
    book.save(old)
    with db.transaction() as session, pytest.raises(FormImportError) as refused:
        import_forms(session, other, [filled, old, tmp_path / "missing.xlsx", tmp_path / "notes.pdf"], TODAY)
    assert [p.code for p in refused.value.problems] == ["wrong_campaign", "wrong_campaign", "cannot_open",
                                                        "unsupported_format"]
    with db.transaction() as session, pytest.raises(FormImportError) as refused:
        import_forms(session, campaign_id, [old, filled, filled], TODAY)
    assert [p.code for p in refused.value.problems] == ["wrong_version", "duplicate_file"]
    assert _count(db) == (0, 0)


def test_plain_spreadsheet_is_not_a_form(db: Database, tmp_path: Path) -> None:
    campaign_id, _ = _blank(db, tmp_path)
    other = tmp_path / "people.csv"
    other.write_text("Nom;Prénom\nDupont;Léa\n", encoding="utf-8")
    with db.transaction() as session, pytest.raises(FormImportError) as refused:
        import_forms(session, campaign_id, [other], TODAY)
    assert refused.value.problems[0].code == "not_a_form"


_cells = st.one_of(st.none(), st.integers(-10, 10), st.floats(allow_nan=True), st.booleans(),
                   st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
                   st.dates(), st.sampled_from(["LYON", "Bénévole", "3", "4 – x", "=A1", "-", "@", "\t"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.dictionaries(st.sampled_from(["#office", "#group", "#date", "#comment", "LEAD1", "DIAL3"]),
                              _cells, max_size=6))
def test_fuzzed_cells_only_raise_typed_errors(db: Database, tmp_path: Path, values: dict[str, Any]) -> None:
    campaign_id, blank = (1, tmp_path / "blank_fr.xlsx")
    if not blank.exists():
        campaign_id, blank = _blank(db, tmp_path)
    before = _count(db)
    filled = _fill(blank, tmp_path / "fuzz.xlsx", values)
    try:
        with db.transaction() as session:
            import_forms(session, campaign_id, [filled], TODAY)
    except ServiceError:
        assert _count(db) == before
    else:
        assert _count(db)[0] == before[0] + 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".xlsx", ".csv", ".ods", ".xls"]))
def test_random_bytes_only_raise_typed_errors(db: Database, tmp_path: Path, data: bytes, suffix: str) -> None:
    with db.transaction() as session:
        campaign_id = diagnostic.list_campaigns(session)[0].id if diagnostic.list_campaigns(session) \
            else campaign(session)
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    with db.transaction() as session, pytest.raises(FormImportError):
        import_forms(session, campaign_id, [path], TODAY)
    assert _count(db) == (0, 0)
