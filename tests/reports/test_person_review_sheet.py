"""The annual-review workbook read back: sheets, real tables, types, dates, languages, formula-like text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from learnorg_desktop.enums import (
    AssessmentSource,
    ChecklistKind,
    NeedOrigin,
    NeedStatus,
    PersonKind,
    PersonStatus,
    SessionFormat,
    SessionStatus,
)
from learnorg_desktop.reports import person_review_sheet
from learnorg_desktop.reports.person_review_sheet import TABLE_NAMES, TEXTS, write_person_review
from learnorg_desktop.services import person_review
from learnorg_desktop.services.person_review import PersonReview
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import TODAY
from tests.services.test_person_review import Story, build_story


@pytest.fixture
def review(db: Database) -> PersonReview:
    with db.transaction() as session:
        story: Story = build_story(session)
    with db.read() as session:
        return person_review.review(session, story.helene, TODAY)


def _rows(sheet: object) -> list[tuple[object, ...]]:
    return [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]  # type: ignore[attr-defined]


def test_sheets_tables_and_frozen_headers(review: PersonReview, tmp_path: Path) -> None:
    book = load_workbook(write_person_review(review, tmp_path / "r.xlsx", "fr"))
    assert book.sheetnames == list(TEXTS["fr"]["sheets"])
    for sheet, name in zip(book.worksheets[1:], TABLE_NAMES, strict=True):
        (table,) = sheet.tables.values()
        assert table.name == name
        assert table.ref.startswith("A1:")
        assert sheet.freeze_panes == "A2"
        assert [c.value for c in sheet[1]] == [col.name for col in table.tableColumns]


def test_sections_hold_the_reviews_rows_with_real_types(review: PersonReview, tmp_path: Path) -> None:
    book = load_workbook(write_person_review(review, tmp_path / "r.xlsx", "en"))
    skills = _rows(book["Skills"])[1:]
    assert [r[0] for r in skills] == ["Accueil du public", "Premiers secours", "Tableur"]
    assert skills[0][1:3] == (3, "3 – autonomous") and isinstance(skills[0][3], datetime)
    history = _rows(book["Skill history"])[1:]
    assert [(r[0], r[1].date(), r[2], r[4]) for r in history[:2]] == [  # type: ignore[union-attr]
        ("Accueil du public", review.skills[0].points[0].on, 1, "Self-assessment"),
        ("Accueil du public", review.skills[0].points[1].on, 3, "Manager")]
    needs = _rows(book["Needs"])[1:]
    assert sorted(r[3] for r in needs) == ["Met", "Open"]  # type: ignore[type-var]
    sessions = _rows(book["Sessions"])[1:]
    assert [(r[5], r[7]) for r in sessions] == [("Participant", 1.5), ("Host", 1)]
    assert all(isinstance(r[0], datetime) for r in sessions)
    feedback = _rows(book["Feedback"])[1:]
    assert feedback[0][3:7] == (4, 5, "=1+1", "yes")
    checklist = _rows(book["Checklists"])[1:]
    assert [(r[4], r[5], r[9]) for r in checklist] == [(1, "Visite", "no"), (2, "Charte", "yes"), (3, "Binôme", "no")]


def test_dates_are_dates(review: PersonReview, tmp_path: Path) -> None:
    book = load_workbook(write_person_review(review, tmp_path / "r.xlsx", "fr"))
    summary = book["Synthèse"]
    assert summary["B3"].is_date and summary["B3"].value.date() == TODAY
    assert summary["B3"].number_format == "DD/MM/YYYY"
    needs = book["Besoins"]
    assert needs["E2"].is_date and needs["E2"].number_format == "DD/MM/YYYY"
    assert load_workbook(write_person_review(review, tmp_path / "e.xlsx", "en"))["Needs"]["E2"].number_format \
        == "YYYY-MM-DD"


def test_headers_and_words_follow_the_language(review: PersonReview, tmp_path: Path) -> None:
    book = load_workbook(write_person_review(review, tmp_path / "r.xlsx", "fr"))
    assert book["Synthèse"]["A1"].value == "Entretien annuel\u00a0: Hélène Dubois"
    assert [c.value for c in book["Séances"][1]][:3] == ["Date", "Séance", "Format"]
    assert book["Séances"]["F2"].value == "Participant·e"
    assert book["Compétences"]["C2"].value == "3 – autonome"
    summary = dict(_rows(book["Synthèse"])[1:])
    assert summary["Type"] == "Bénévole" and summary["Statut"] == "Actif·ve"
    assert summary["Heures animées (12 derniers mois)"] == 1
    assert summary["Accueil bénévole (v2)"] == "1/3 – 1 en retard"


def test_formula_like_user_text_stays_text(review: PersonReview, tmp_path: Path) -> None:
    book = load_workbook(write_person_review(review, tmp_path / "r.xlsx", "fr"))
    cells = {c.value: c for sheet in book.worksheets for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str)}
    for text in ("=1+1", "=Partage tableur", "@ok"):
        assert cells[text].data_type == "s"
        assert cells[text].quotePrefix


def test_every_vocabulary_is_labelled_in_both_languages() -> None:
    for lang in person_review_sheet.LANGS:
        for enum in (AssessmentSource, ChecklistKind, NeedOrigin, NeedStatus, PersonKind, PersonStatus,
                     SessionFormat, SessionStatus):
            assert len(TEXTS[lang][enum]) == len(enum), (lang, enum)
        for key in ("identity", "figure_names", "sheets", "skills", "history", "needs", "sessions", "feedback",
                    "checklists"):
            assert len(TEXTS[lang][key]) == len(TEXTS["en"][key]), (lang, key)


def test_a_failed_write_leaves_no_file(review: PersonReview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "r.xlsx"
    target.write_bytes(b"previous")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", broken)
    with pytest.raises(OSError):
        write_person_review(review, target, "fr")
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in folder.iterdir()) == ["r.xlsx"]


def test_unknown_language_is_refused(review: PersonReview, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_person_review(review, tmp_path / "r.xlsx", "de")
