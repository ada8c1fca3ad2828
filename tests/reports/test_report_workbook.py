"""The Excel report read back: sheets, tables, types, safe text, anonymised mode, charts, cancel."""

from __future__ import annotations

import html
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer
from sqlalchemy import select

from learnorg_desktop.models import Person
from learnorg_desktop.reports.report_labels import SHEETS
from learnorg_desktop.reports.report_workbook import ReportOptions, write_report
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.progress import Cancelled, Progress
from learnorg_desktop.storage.database import Database
from tests.reports import report_data
from tests.reports.report_data import END, HOSTILE_COMMENT, HOSTILE_NAME, HOSTILE_TITLE, START, TODAY

SUBJECT_SHEETS = ("people", "skills", "needs", "onboarding", "sessions", "attendance", "feedback", "diagnostic")


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = report_data.build(tmp_path_factory.mktemp("report") / "org.sqlite3")
    yield db
    db.close()


@pytest.fixture(scope="module")
def reports(org: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("out")
    paths = {"fr": folder / "fr.xlsx", "en": folder / "en.xlsx", "anon": folder / "anon.xlsx"}
    report_data.report(org, paths["fr"], lang="fr")
    report_data.report(org, paths["en"], lang="en")
    report_data.report(org, paths["anon"], lang="fr", anonymised=True)
    return paths


def _headers(sheet: Any) -> list[str]:
    return [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1))]


def _column(sheet: Any, header: str) -> list[Any]:
    index = _headers(sheet).index(header)
    return [row[index] for row in sheet.iter_rows(min_row=2)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sheet_names_follow_the_language(reports: dict[str, Path], lang: str) -> None:
    book = load_workbook(reports[lang])
    assert book.sheetnames == [SHEETS[lang][k] for k in ("summary", *SUBJECT_SHEETS)]
    assert _headers(book[SHEETS[lang]["people"]])[:2] == (["Personne", "Type"] if lang == "fr" else ["Person", "Kind"])


def test_every_subject_is_a_table_with_filters_and_a_frozen_header(reports: dict[str, Path]) -> None:
    book = load_workbook(reports["en"])
    for key in SUBJECT_SHEETS:
        sheet = book[SHEETS["en"][key]]
        (table,) = sheet.tables.values()
        assert table.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{max(sheet.max_row, 2)}", key
        assert [c.name for c in table.tableColumns] == _headers(sheet)
        assert table.autoFilter is not None and table.tableStyleInfo.name
        assert sheet.freeze_panes in ("A2", "B2", "C2")
        assert sheet.max_row > 1, f"{key} is empty in the demo"
    assert set(book[SHEETS["en"]["summary"]].tables) == {"Indicators", "Trends"}


def test_dates_are_dates_and_numbers_are_numbers(reports: dict[str, Path]) -> None:
    book = load_workbook(reports["en"])
    people = book["People"]
    arrivals = [c for c in _column(people, "Arrival") if c.value is not None]
    assert arrivals and all(isinstance(c.value, datetime) and c.is_date for c in arrivals)
    assert arrivals[0].number_format == "DD MMM YYYY"
    starts = [c for c in _column(book["Sessions"], "Starts") if c.value is not None]
    assert all(isinstance(c.value, datetime) for c in starts)
    hours = [c.value for c in _column(book["Sessions"], "Duration (h)")]
    assert all(isinstance(h, float | int) for h in hours) and 1.5 in hours
    levels = {c.value for row in book["Skills matrix"].iter_rows(min_row=2, min_col=2) for c in row} - {None}
    assert levels and levels <= {0, 1, 2, 3, 4}
    summary = book["Summary"]
    values = {row[0].value: row[1] for row in summary.iter_rows(min_row=1) if row[0].value}
    assert isinstance(values["Active people at the end of the period"].value, int)
    assert values["Participation rate (90 days)"].number_format == "0.0%"
    assert isinstance(values["Period from"].value, datetime)


def test_french_dates_use_day_month_year(reports: dict[str, Path]) -> None:
    people = load_workbook(reports["fr"])["Personnes"]
    assert {c.number_format for c in _column(people, "Arrivée") if c.value is not None} == {"DD/MM/YYYY"}


def test_user_text_that_looks_like_a_formula_stays_text(reports: dict[str, Path]) -> None:
    book = load_workbook(reports["en"])
    found = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.quotePrefix, f"{sheet.title}!{cell.coordinate} {cell.value!r}"
                    found[cell.value] = sheet.title
    assert f"+Mallory {HOSTILE_NAME}" in found and HOSTILE_TITLE in found and HOSTILE_COMMENT in found
    with zipfile.ZipFile(reports["en"]) as archive:
        assert not any(b"<f>" in archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))


def test_nothing_calls_out_to_the_network(reports: dict[str, Path]) -> None:
    for path in reports.values():
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            assert not [n for n in names if "externalLink" in n or "connections" in n or "queryTable" in n]
            for name in names:
                text = archive.read(name).decode("utf-8")
                assert 'TargetMode="External"' not in text, name
                assert "<hyperlink" not in text and "relationships/hyperlink" not in text, name


def test_anonymised_report_holds_no_name_nor_contact(org: Database, reports: dict[str, Path]) -> None:
    with org.read() as session:
        rows = session.execute(select(Person.first_name, Person.last_name, Person.email, Person.phone)).all()
    secrets = {f"{f} {last}".strip() for f, last, _, _ in rows} | {e for _, _, e, _ in rows if e}
    secrets |= {p for *_, p in rows if p} | {last for _, last, _, _ in rows if len(last) > 3}
    with zipfile.ZipFile(reports["anon"]) as archive:
        text = "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    leaked = sorted(s for s in secrets if s in text or html.escape(s) in text)
    assert leaked == []
    book = load_workbook(reports["anon"])
    assert "Courriel" not in _headers(book["Personnes"]) and "Commentaire" not in _headers(book["Retours"])
    assert all(c.value.startswith("Personne ") for c in _column(book["Présences"], "Personne"))


def test_anonymised_report_keeps_the_statistics(reports: dict[str, Path]) -> None:
    plain, anon = load_workbook(reports["fr"]), load_workbook(reports["anon"])
    for key in SUBJECT_SHEETS:
        assert plain[SHEETS["fr"][key]].max_row == anon[SHEETS["fr"][key]].max_row
    summary = [[c.value for c in r] for r in plain["Synthèse"].iter_rows(min_row=8)]
    assert summary == [[c.value for c in r] for r in anon["Synthèse"].iter_rows(min_row=8)]


def test_summary_has_three_native_charts_and_the_skills_a_colour_scale(reports: dict[str, Path]) -> None:
    with zipfile.ZipFile(reports["fr"]) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 3
        kinds = [b"<barChart>" in archive.read(n) or b"<lineChart>" in archive.read(n) for n in charts]
        assert all(kinds)
        drawing_rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels")
        assert b"drawing" in drawing_rels
        skills = archive.read("xl/worksheets/sheet3.xml")
        assert b"colorScale" in skills
        assert b"Synth" in archive.read("xl/workbook.xml")


def test_office_filter(org: Database, tmp_path: Path) -> None:
    path = tmp_path / "lyon.xlsx"
    result = report_data.report(org, path, lang="en", office_code="lyon")
    book = load_workbook(path)
    assert {c.value for c in _column(book["People"], "Office")} == {"LYON"}
    assert {c.value for c in _column(book["Sessions"], "Office")} == {"LYON"}
    assert "LYON" in book["Summary"]["B3"].value
    assert result.rows["People"] == book["People"].max_row - 1


def test_refusals(org: Database, tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    with org.read() as session:
        with pytest.raises(ValidationError):
            write_report(session, path, ReportOptions(END, START), today=TODAY)
        with pytest.raises(ValidationError):
            write_report(session, path, ReportOptions(START, END, lang="de"), today=TODAY)
        with pytest.raises(NotFoundError):
            write_report(session, path, ReportOptions(START, END, office_code="NOWHERE"), today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_cancelling_leaves_no_file_behind(org: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"the previous report")
    progress = Progress(lambda done, total, message: progress.cancel() if "Présences" in message else None)
    before = set(openpyxl_writer.ALL_TEMP_FILES)
    with org.read() as session, pytest.raises(Cancelled):
        write_report(session, path, ReportOptions(START, END), today=TODAY, progress=progress)
    assert list(tmp_path.iterdir()) == [path] and path.read_bytes() == b"the previous report"
    leftovers = [f for f in openpyxl_writer.ALL_TEMP_FILES if f not in before and Path(f).exists()]
    assert leftovers == []


def test_progress_reaches_the_end(org: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with org.read() as session:
        write_report(session, tmp_path / "p.xlsx", ReportOptions(START, END), today=TODAY,
                     progress=Progress(lambda done, total, _m: seen.append((done, total))))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
