"""Personal data: anonymisation keeps statistics and loses identity, the access export, consents, retention."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from learnorg_desktop.enums import AssessmentSource, PersonKind
from learnorg_desktop.models import (
    Consent,
    KnowledgeSession,
    LearningNeed,
    Person,
    SessionAttendance,
    SessionFeedback,
    SkillAssessment,
)
from learnorg_desktop.reports.person_review_sheet import write_person_review
from learnorg_desktop.reports.report_workbook import ReportOptions, write_report
from learnorg_desktop.services import organisation, people, person_review, privacy
from learnorg_desktop.services.errors import NotFoundError, ValidationError
from learnorg_desktop.services.people import PersonInput, PersonQuery
from learnorg_desktop.storage.database import Database
from tests.exchange.helpers import dump
from tests.services.sharing_data import TODAY, assess, held_session, person, skill
from tests.services.test_person_review import Story, build_story

SECRET = "Traitement pour dépression — ne pas divulguer"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def story(db: Database) -> Story:
    with db.transaction() as session:
        story = build_story(session)
        people.update(session, story.helene, PersonInput(
            PersonKind.VOLUNTEER, "Dubois", "Hélène", "helene@example.org", phone="06 11 22 33 44",
            office_id=organisation.office_by_code(session, "HQ").id, role="Accueil", arrival_date=date(2024, 9, 1),
            languages="fr, ar", notes="=Appeler le soir", sensitive_notes=SECRET))
        privacy.add_consent(session, story.helene, "photos", date(2025, 1, 5), "formulaire signé")
        return story


def _anonymise(db: Database, person_id: int, **options: object) -> privacy.Anonymised:
    with db.transaction() as session:
        return privacy.anonymise_person(session, person_id, TODAY, **options)  # type: ignore[arg-type]


def _stats(session: Session, person_id: int) -> tuple[object, ...]:
    """What the indicators count for a person: none of it may change with an anonymisation."""
    p = session.get(Person, person_id)
    assert p is not None
    return (
        p.kind, p.office_id, p.role_id, p.arrival_date, p.departure_date, p.deleted,
        session.scalar(select(func.count()).where(SessionAttendance.person_id == person_id,
                                                  SessionAttendance.attended.is_(True))),
        sorted(session.execute(select(SkillAssessment.skill_id, SkillAssessment.level, SkillAssessment.assessed_on)
                               .where(SkillAssessment.person_id == person_id)).all()),
        sorted(session.execute(select(SessionFeedback.usefulness, SessionFeedback.quality)
                               .where(SessionFeedback.person_id == person_id)).all()),
        sorted(session.execute(select(LearningNeed.status, LearningNeed.opened_on)
                               .where(LearningNeed.person_id == person_id)).all()),
    )


# --- anonymisation ------------------------------------------------------------------------------------
def test_anonymising_erases_the_identity_and_keeps_the_statistics(db: Database, story: Story) -> None:
    with db.transaction() as session:
        before = _stats(session, story.helene)
        other = session.get(Person, story.other)
        assert other is not None
        other.notes = "Binôme avec HÉLÈNE DUBOIS depuis 2024; voir aussi Dubois   Hélène."
        session.get(KnowledgeSession, story.attended).lessons_learned = "Hélène Dubois a animé la fin."  # type: ignore[union-attr]
    done = _anonymise(db, story.helene, label="Anonymisé")
    assert done.name.startswith("Anonymisé #") and not done.already and done.mentions == 2
    with db.read() as session:
        assert _stats(session, story.helene) == before
        p = session.get(Person, story.helene)
        assert p is not None
        assert (p.first_name, p.email, p.phone, p.notes, p.sensitive_notes, p.languages) == ("", None, "", "", None, "")
        assert p.last_name == done.name and p.anonymised_at is not None
        assert p.search_key == "anonymise #" + done.name[-6:].lower()
        assert session.get(Person, story.other).notes == (  # type: ignore[union-attr]
            f"Binôme avec {done.name} depuis 2024; voir aussi {done.name}.")
        assert session.get(KnowledgeSession, story.attended).lessons_learned == f"{done.name} a animé la fin."  # type: ignore[union-attr]
        texts = session.execute(select(SessionFeedback.comment, SessionFeedback.applied_comment)
                                .where(SessionFeedback.person_id == story.helene)).all()
        assert texts == [("", "")]
        consent = session.scalars(select(Consent).where(Consent.person_id == story.helene)).one()
        assert (consent.note, consent.withdrawn_on) == ("", TODAY)
        assert people.list_ids(session, PersonQuery(text="helene"), TODAY) == []
        assert people.list_ids(session, PersonQuery(text="dubois"), TODAY) == []


def test_an_unknown_person_cannot_be_anonymised(db: Database) -> None:
    with pytest.raises(NotFoundError), db.transaction() as session:
        privacy.anonymise_person(session, 999, TODAY)


def test_a_first_name_alone_is_not_taken_for_a_mention(db: Database) -> None:
    with db.transaction() as session:
        luc = person(session, "Bernard", "Luc")
        other = person(session, "Martin", "Lucie")
        session.get(Person, other).notes = "Luc Bernard? Lucie aime Luc, et Bernardine aussi."  # type: ignore[union-attr]
    done = _anonymise(db, luc)
    with db.read() as session:
        assert session.get(Person, other).notes == f"{done.name}? Lucie aime Luc, et Bernardine aussi."  # type: ignore[union-attr]


def test_accented_capitals_are_found_too(db: Database) -> None:
    with db.transaction() as session:
        aurelie = person(session, "Lefèvre", "Aurélie")
        other = person(session, "Martin", "Lucie")
        session.get(Person, other).notes = "Relayée par AURÉLIE LEFÈVRE."  # type: ignore[union-attr]
    done = _anonymise(db, aurelie)
    with db.read() as session:
        assert session.get(Person, other).notes == f"Relayée par {done.name}."  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("privacy")
    db = Database.open(folder / "template.sqlite3")
    with db.transaction() as session:
        organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True)
        for name in ("Accueil", "Tableur", "Premiers secours"):
            skill(session, name)
    db.close()
    return folder / "template.sqlite3"


names = st.text(st.characters(categories=["L"]), min_size=1, max_size=12)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=names, last=names, notes=st.text(max_size=40), levels=st.lists(st.integers(0, 4), max_size=4),
       attended=st.lists(st.booleans(), max_size=4), comment=st.text(max_size=30), departed=st.booleans())
def test_anonymising_is_idempotent_and_keeps_every_count(
        template: Path, first: str, last: str, notes: str, levels: list[int], attended: list[bool], comment: str,
        departed: bool) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "db.sqlite3"
        shutil.copy(template, path)
        db = Database.open(path)
        try:
            with db.transaction() as session:
                person_id = _someone(session, first, last, notes, levels, attended, comment, departed)
                before = _stats(session, person_id)
            first_run = _anonymise(db, person_id)
            once = dump(db)
            second_run = _anonymise(db, person_id)
            assert dump(db) == once  # nothing at all changes the second time: no new version to exchange
            assert second_run.already and second_run.name == first_run.name
            with db.read() as session:
                assert _stats(session, person_id) == before
                p = session.get(Person, person_id)
                assert p is not None and p.first_name == "" and p.notes == "" and p.email is None
        finally:
            db.close()


def _someone(session: Session, first: str, last: str, notes: str, levels: list[int], attended: list[bool],
             comment: str, departed: bool) -> int:
    from learnorg_desktop.services import session_feedback
    from learnorg_desktop.services.session_feedback import FeedbackInput

    person_id = person(session, last, first)
    p = session.get(Person, person_id)
    assert p is not None
    p.notes, p.sensitive_notes, p.email = notes, notes or None, "x@example.org"
    p.departure_date = date(2020, 1, 1) if departed else None
    writer = person(session, "Témoin", "Zoé")
    session.get(Person, writer).notes = f"{first} {last}: {notes}"  # type: ignore[union-attr]
    skill_ids = (1, 2, 3)  # the template's three skills
    for index, level in enumerate(levels):
        assess(session, person_id, skill_ids[index % 3], level, TODAY - timedelta(days=index),
               source=AssessmentSource.SELF)
    for index, came in enumerate(attended):
        held = held_session(session, [person_id] if came else [], day=TODAY - timedelta(days=10 + index))
        if came:
            session_feedback.save_feedback(session, held, [FeedbackInput(person_id, 3, 4, comment)], TODAY)
    privacy.add_consent(session, person_id, "contact", date(2019, 1, 1), comment)
    session.flush()
    return person_id


# --- reports never show sensitive notes ----------------------------------------------------------------
def test_no_report_reads_sensitive_notes() -> None:
    """Only the access export (the person's own data) may name the column; every other report leaves it out."""
    readers = sorted(p.name for p in (ROOT / "learnorg_desktop" / "reports").glob("*.py")
                     if "sensitive_notes" in p.read_text(encoding="utf-8"))
    assert readers == ["personal_data_sheet.py"]


def _all_text(path: Path) -> str:
    book = load_workbook(path)
    return "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                     for v in row if v is not None)


def test_reports_written_for_the_person_hold_no_sensitive_note(db: Database, story: Story, tmp_path: Path) -> None:
    with db.read() as session:
        review = person_review.review(session, story.helene, TODAY)
        write_report(session, tmp_path / "report.xlsx", ReportOptions(TODAY - timedelta(days=800), TODAY),
                     today=TODAY, now=datetime(2026, 6, 1, 9))
    write_person_review(review, tmp_path / "review.xlsx", "fr")
    for name in ("report.xlsx", "review.xlsx"):
        text = _all_text(tmp_path / name)
        assert "Hélène" in text or "Dubois" in text  # the person is in the report…
        assert SECRET not in text  # …but not her sensitive notes


# --- right of access ------------------------------------------------------------------------------------
def test_the_record_holds_every_section(db: Database, story: Story) -> None:
    with db.read() as session:
        record = privacy.person_record(session, story.helene, today=TODAY)
    assert record["person"]["sensitive_notes"] == SECRET and record["person"]["office"] == "HQ – Siège"
    assert record["person"]["role"] == "Accueil"
    assert len(record["skills"]) == 4 and {s["skill"] for s in record["skills"]} >= {"Accueil du public"}
    assert [n["topic"] for n in record["needs"]] == ["", "Écoute active"]
    assert [c["purpose"] for c in record["consents"]] == ["photos"]
    assert len(record["sessions_attended"]) == 3 and [s["session"] for s in record["sessions_hosted"]] == [
        "=Partage tableur"]
    assert [f["comment"] for f in record["feedback"]] == ["=1+1"]
    assert [i["title"] for i in record["checklist_items"]] == ["Visite", "Charte", "Binôme"]
    assert record["not_included"] == ["diagnostic_answers", "mentions_in_other_records"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_access_export_is_a_workbook_and_a_json_file(db: Database, story: Story, tmp_path: Path,
                                                         lang: str) -> None:
    with db.read() as session:
        record = privacy.person_record(session, story.helene, today=TODAY)
    written = privacy.write_access_export(tmp_path / "helene.xlsx", record, lang)
    assert written == [tmp_path / "helene.xlsx", tmp_path / "helene.json"]
    data = json.loads(written[1].read_text(encoding="utf-8"))
    assert data["person"]["email"] == "helene@example.org" and data["person"]["kind"] == "volunteer"
    assert data["skills"][0]["assessed_on"].count("-") == 2
    book = load_workbook(written[0])
    assert len(book.sheetnames) == 13 and book.sheetnames[0] == ("Personne" if lang == "fr" else "Person")
    person_sheet = {row[0]: row[1] for row in book.worksheets[0].iter_rows(min_row=4, values_only=True)}
    assert person_sheet["E-mail"] == "helene@example.org"
    assert person_sheet["Notes"] == "=Appeler le soir"  # text, not a formula
    notes_cell = next(c for c in book.worksheets[0]["B"] if c.value == "=Appeler le soir")
    assert notes_cell.data_type == "s" and notes_cell.quotePrefix
    assert person_sheet["Arrivée" if lang == "fr" else "Arrival"] == datetime(2024, 9, 1)


def test_only_xlsx_and_json_are_written(db: Database, story: Story, tmp_path: Path) -> None:
    with db.read() as session:
        record = privacy.person_record(session, story.helene)
    with pytest.raises(ValidationError) as error:
        privacy.write_access_export(tmp_path / "x.csv", record)
    assert error.value.code == "bad_export_suffix"
    assert privacy.write_access_export(tmp_path / "x.json", record) == [tmp_path / "x.json"]
    assert not (tmp_path / "x.xlsx").exists()


# --- consents ----------------------------------------------------------------------------------------------
def test_consents_are_given_listed_and_withdrawn(db: Database, story: Story) -> None:
    with db.transaction() as session:
        contact = privacy.add_consent(session, story.helene, "  contact ", date(2025, 2, 1))
        privacy.withdraw_consent(session, contact, date(2025, 6, 1))
        rows = privacy.list_consents(session, story.helene)
        assert [(r.purpose, r.active) for r in rows] == [("photos", True), ("contact", False)]
        assert privacy.withdraw_purpose(session, story.helene, "PHOTOS", date(2025, 7, 1)) == 1
        assert all(not r.active for r in privacy.list_consents(session, story.helene))


@pytest.mark.parametrize(("action", "code"), [
    (lambda s, p, c: privacy.add_consent(s, p, " ", date(2025, 1, 1)), "required"),
    (lambda s, p, c: privacy.add_consent(s, p, "x" * 201, date(2025, 1, 1)), "too_long"),
    (lambda s, p, c: privacy.add_consent(s, p, "photos", None), "required"),
    (lambda s, p, c: privacy.add_consent(s, 999, "photos", date(2025, 1, 1)), "unknown_person"),
    (lambda s, p, c: privacy.withdraw_consent(s, c, date(2024, 1, 1)), "withdrawn_before_given"),
    (lambda s, p, c: privacy.withdraw_consent(s, 999, date(2025, 1, 1)), "unknown_consent"),
    (lambda s, p, c: privacy.withdraw_purpose(s, p, "newsletter", date(2025, 1, 1)), "no_open_consent"),
])
def test_consent_refusals(db: Database, story: Story, action: object, code: str) -> None:
    with db.transaction() as session:
        consent = privacy.list_consents(session, story.helene)[0].id
    with pytest.raises((ValidationError, NotFoundError)) as error, db.transaction() as session:
        action(session, story.helene, consent)  # type: ignore[operator]
    assert error.value.code == code


def test_a_consent_is_withdrawn_once(db: Database, story: Story) -> None:
    with db.transaction() as session:
        consent = privacy.list_consents(session, story.helene)[0].id
        privacy.withdraw_consent(session, consent, TODAY)
        with pytest.raises(ValidationError) as error:
            privacy.withdraw_consent(session, consent, TODAY)
    assert error.value.code == "already_withdrawn"


# --- retention ---------------------------------------------------------------------------------------------
@pytest.fixture
def leavers(db: Database) -> Iterator[dict[str, int]]:
    today = date(2026, 3, 1)
    with db.transaction() as session:
        ids = {name: person(session, name, "X") for name in ("exact", "older", "recent", "gone", "anonymous")}
        for name, left in (("exact", date(2023, 3, 1)), ("older", date(2023, 2, 28)), ("recent", date(2025, 1, 1)),
                           ("gone", date(2020, 1, 1)), ("anonymous", date(2019, 1, 1))):
            session.get(Person, ids[name]).departure_date = left  # type: ignore[union-attr]
        session.get(Person, ids["gone"]).deleted = True  # type: ignore[union-attr]
        privacy.anonymise_person(session, ids["anonymous"], today)
    yield ids


def test_people_who_left_more_than_n_years_ago_are_due(db: Database, leavers: dict[str, int]) -> None:
    today = date(2026, 3, 1)
    with db.transaction() as session:
        assert privacy.retention_years(session) == 3
        assert [p.id for p in privacy.people_due_for_anonymisation(session, today)] == [leavers["older"]]
        assert [p.name for p in privacy.people_due_for_anonymisation(session, today, years=1)] == [
            "X older", "X exact", "X recent"]
        privacy.set_retention_years(session, 2)
        assert privacy.retention_years(session) == 2
        assert len(privacy.people_due_for_anonymisation(session, today)) == 2
        with pytest.raises(ValidationError) as error:
            privacy.set_retention_years(session, 0)
    assert error.value.code == "bad_retention_years"


def test_the_yearly_review_reminder(db: Database) -> None:
    with db.transaction() as session:
        assert privacy.retention_reminder_due(session, date(2026, 3, 1))  # never reviewed
        privacy.mark_retention_reviewed(session, date(2024, 2, 29))
        assert not privacy.retention_reminder_due(session, date(2025, 2, 28))
        assert privacy.retention_reminder_due(session, date(2025, 3, 1))
        assert privacy.retention_reviewed_on(session) == date(2024, 2, 29)
