"""Skills catalogue: CRUD validation, expected skills per role, starter catalogue and spreadsheet import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from learnorg_desktop.catalogue.spreadsheet import CatalogueImportError, import_catalogue_file
from learnorg_desktop.catalogue.starter import load_starter_catalogue, read_starter
from learnorg_desktop.services import organisation, skills
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from learnorg_desktop.services.skills import SkillInput
from learnorg_desktop.storage.database import Database
from tests.services.skills_data import skill


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (SkillInput(name="  "), "name"),
        (SkillInput(name="x" * 201), "name"),
        (SkillInput(name="A", target_level=5), "target_level"),
        (SkillInput(name="A", target_level=-1), "target_level"),
        (SkillInput(name="A", target_holders=0), "target_holders"),
        (SkillInput(name="A", is_key=True, target_level=3), "target_holders"),
        (SkillInput(name="A", is_key=True, target_holders=2), "target_level"),
    ],
)
def test_skill_validation_names_the_field(db: Database, data: SkillInput, field: str) -> None:
    with pytest.raises(ValidationError) as error, db.transaction() as session:
        skills.create_skill(session, data)
    assert error.value.field == field
    with db.read() as session:
        assert skills.list_skills(session) == []


def test_skill_names_are_unique_case_insensitively_and_deleted_ones_come_back(db: Database) -> None:
    with db.transaction() as session:
        category = skills.create_category(session, "Sécurité")
        first = skill(session, "Écoute active", category_id=category)
        with pytest.raises(ValidationError) as error:
            skill(session, "écoute ACTIVE")
        assert error.value.code == "duplicate_skill"
        skills.delete_skill(session, first)
        assert skill(session, "ÉCOUTE active") == first  # the tombstone is revived, the name is unique for good
        [row] = skills.list_skills(session)
    assert row.name == "ÉCOUTE active" and row.category is None


def test_categories_crud(db: Database) -> None:
    with db.transaction() as session:
        first = skills.create_category(session, "Langues", "Pour accueillir")
        with pytest.raises(ValidationError):
            skills.create_category(session, "langues")
        skill(session, "Arabe", category_id=first)
        with pytest.raises(ConflictError):
            skills.delete_category(session, first)
        skills.update_category(session, first, "Langues étrangères")
        second = skills.create_category(session, "Vide")
        skills.delete_category(session, second)
        rows = skills.list_categories(session)
    assert [(r.name, r.skill_count) for r in rows] == [("Langues étrangères", 1)]


def test_role_skills_upsert_and_remove(db: Database) -> None:
    with db.transaction() as session:
        role_id = organisation.role_ids_by_name(session, {"Comptable"}, create=True)["Comptable"]
        compta = skill(session, "Comptabilité")
        link = skills.set_role_skill(session, role_id, compta, 3)
        assert skills.set_role_skill(session, role_id, compta, 4) == link
        with pytest.raises(ValidationError):
            skills.set_role_skill(session, role_id, compta, 5)
        with pytest.raises(NotFoundError):
            skills.set_role_skill(session, 999, compta, 2)
        [row] = skills.list_role_skills(session, role_id)
        assert (row.role, row.skill, row.expected_level) == ("Comptable", "Comptabilité", 4)
        skills.remove_role_skill(session, link)
        assert skills.list_role_skills(session) == []


@pytest.mark.parametrize(("lang", "sample"), [("fr", "Écoute active"), ("en", "Active listening")])
def test_starter_catalogue_loads_once_with_accents(db: Database, lang: str, sample: str) -> None:
    document = read_starter(lang)
    expected = sum(len(c["skills"]) for c in document["categories"])
    assert 30 <= expected <= 40 and len(document["categories"]) >= 8
    with db.transaction() as session:
        first = load_starter_catalogue(session, lang)
    with db.transaction() as session:
        second = load_starter_catalogue(session, lang)
        names = {s.name for s in skills.list_skills(session)}
        key = skills.list_skills(session, key_only=True)
        roles = skills.list_role_skills(session)
    assert first.skills_created == expected and first.categories_created == len(document["categories"])
    assert second.skills_created == 0 and second.skills_skipped == expected and second.role_skills_created == 0
    assert sample in names and len(names) == expected
    assert key and all(k.target_holders and k.target_level is not None for k in key)
    assert roles and first.role_skills_created == len(roles)


def test_starter_catalogue_skips_existing_skill_and_matches_typed_role(db: Database) -> None:
    with db.transaction() as session:
        skill(session, "accueil du public", key=True, holders=9, level=4)
        organisation.role_ids_by_name(session, {"Bénévole d'accueil"}, create=True)
        report = load_starter_catalogue(session, "fr")
        kept = skills.skill_by_name(session, "Accueil du public")
        roles = organisation.list_roles(session)
    assert kept is not None and kept.target_holders == 9
    assert report.skills_skipped == 1
    assert not any(name == "Bénévole d’accueil" for _, name in roles)


def test_starter_catalogue_refuses_an_unknown_language(db: Database) -> None:
    with pytest.raises(ValidationError), db.transaction() as session:
        load_starter_catalogue(session, "de")


GOOD_CSV = """Catégorie;Compétence;Description;Clé;Cible personnes;Niveau cible;Expire
Sécurité;Premiers secours;Gestes qui sauvent;oui;4;2;oui
Sécurité;Sécurité incendie;;non;;;yes
Langues;Arabe;Oral;0;;;0
"""


def test_catalogue_import_creates_and_updates(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "catalogue.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    with db.transaction() as session:
        skill(session, "arabe")
        report = import_catalogue_file(session, path)
        rows = {s.name: s for s in skills.list_skills(session)}
    assert (report.rows, report.created, report.updated, report.categories_created) == (3, 2, 1, 2)
    first_aid = rows["Premiers secours"]
    assert first_aid.is_key and first_aid.expires and (first_aid.target_holders, first_aid.target_level) == (4, 2)
    assert first_aid.category == "Sécurité" and first_aid.description == "Gestes qui sauvent"
    assert rows["Arabe"].category == "Langues" and not rows["Arabe"].expires


def test_catalogue_import_xlsx_english_headers(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Skills catalogue"])
    sheet.append(["Category", "Name", "Key", "Target holders", "Target level"])
    sheet.append(["Finance", "Grant reporting", "yes", 2, 3])
    path = tmp_path / "catalogue.xlsx"
    book.save(path)
    with db.transaction() as session:
        report = import_catalogue_file(session, path)
        [row] = skills.list_skills(session)
    assert report.created == 1 and row.is_key and row.target_level == 3


def test_catalogue_import_lists_every_bad_row_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Catégorie;Compétence;Clé;Cible personnes;Niveau cible\n"
        "Sécurité;Premiers secours;oui;4;2\n"
        "Sécurité;;non;;\n"              # line 3: no name
        "Sécurité;Incendie;peut-être;;\n"  # line 4: bad flag
        "\n"
        "Langues;Arabe;non;;7\n"          # line 6: level out of range
        "Langues;premiers SECOURS;non;;\n",  # line 7: duplicate
        encoding="utf-8",
    )
    with pytest.raises(CatalogueImportError) as error, db.transaction() as session:
        import_catalogue_file(session, path)
    assert [(e.row, e.field) for e in error.value.errors] == [
        (3, "name"), (4, "key"), (6, "target_level"), (7, "name"),
    ]
    with db.read() as session:
        assert skills.list_skills(session) == [] and skills.list_categories(session) == []


def test_skills_are_listed_in_french_alphabetical_order(db: Database) -> None:
    with db.transaction() as session:
        for name in ("Zoologie", "Écoute active", "Budget", "Entretien", "écriture"):
            skills.create_skill(session, SkillInput(name=name))
    with db.read() as session:
        names = [s.name for s in skills.list_skills(session)]
    assert names == ["Budget", "Écoute active", "écriture", "Entretien", "Zoologie"]
