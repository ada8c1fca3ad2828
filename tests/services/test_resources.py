"""The resources library: content-addressed copies, links, search with accents, missing files."""

from __future__ import annotations

import hashlib
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from learnorg_desktop.enums import ResourceKind
from learnorg_desktop.models import Resource, StoredDocument
from learnorg_desktop.services import resources
from learnorg_desktop.services.errors import ValidationError
from learnorg_desktop.services.file_store import (
    DocumentStore,
    FileStore,
    NoFileStoreError,
    SourceFileMissingError,
    StoredFileMissingError,
    document_store,
)
from learnorg_desktop.services.resources import ResourceInput, ResourceQuery
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import person, planned, skill


@pytest.fixture
def store(db: Database) -> DocumentStore:
    return document_store(db.engine)


def _lose(store: DocumentStore, db: Database, sha256: str) -> None:
    """The stored copy disappears: deleted by hand from the folder, or from the server's table."""
    if isinstance(store, FileStore):
        store.path_for(sha256).unlink()
    else:
        with db.transaction() as session:
            session.execute(delete(StoredDocument).where(StoredDocument.sha256 == sha256))


def _document(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def test_store_sits_beside_the_database(tmp_path: Path) -> None:
    assert FileStore.beside(tmp_path / "office.sqlite3").root == tmp_path / "office-files"
    assert FileStore.beside(f"sqlite:///{tmp_path}/a.db").root == tmp_path / "a-files"
    with pytest.raises(NoFileStoreError):
        FileStore.beside("postgresql+psycopg://user@host/learnorg")


def test_same_file_twice_is_stored_once_and_survives_the_original(db: Database, store: DocumentStore,
                                                                   tmp_path: Path) -> None:
    content = "Procédure d'accueil\n".encode() * 1000
    original = _document(tmp_path, "procédure accueil.pdf", content)
    copy = _document(tmp_path, "copie.pdf", content)
    with db.transaction() as session:
        ana = person(session, "Ana")
        first = resources.add_file(session, store, original, ResourceInput("", added_by_id=ana))
        second = resources.add_file(session, store, copy, ResourceInput("Copie"))
    original.unlink()
    copy.rename(tmp_path / "moved.pdf")
    with db.read() as session:
        path = resources.stored_file_path(session, store, first.resource_id)
        row = resources.get_resource(session, first.resource_id)
    assert (first.already_stored, second.already_stored) == (False, True)
    assert second.same_content_as == (first.resource_id,) and first.sha256 == hashlib.sha256(content).hexdigest()
    assert path.name == first.sha256 and path.read_bytes() == content
    assert [p.name for p in path.parent.parent.rglob("*") if p.is_file()] == [first.sha256]  # no temporary file left
    assert not path.stat().st_mode & stat.S_IWUSR  # opened in another program, it cannot be overwritten by "Save"
    assert (row.title, row.file_name, row.file_size, row.added_by, row.kind) == (
        "procédure accueil", "procédure accueil.pdf", len(content), "Ana", ResourceKind.FILE)


def test_missing_source_and_missing_stored_copy_are_typed_errors(db: Database, store: DocumentStore,
                                                                  tmp_path: Path) -> None:
    with pytest.raises(SourceFileMissingError) as caught, db.transaction() as session:
        resources.add_file(session, store, tmp_path / "absent.pdf", ResourceInput("Absent"))
    assert caught.value.params["path"].endswith("absent.pdf")
    with db.transaction() as session:
        assert session.query(Resource).count() == 0
        added = resources.add_file(session, store, _document(tmp_path, "a.txt", b"abc"), ResourceInput("A"))
        link = resources.add_link(session, "https://exemple.org", ResourceInput("Site"))
    _lose(store, db, added.sha256)
    with db.read() as session:
        with pytest.raises(StoredFileMissingError) as gone:
            resources.stored_file_path(session, store, added.resource_id)
        with pytest.raises(ValidationError) as not_file:
            resources.stored_file_path(session, store, link)
    assert gone.value.params["sha256"] == added.sha256 and not_file.value.code == "not_a_file"


@pytest.mark.parametrize("url", ["https://www.exemple.org/fiche", "http://intranet/doc", "mailto:info@exemple.org",
                                 "/srv/partage/guide.pdf", "C:\\Documents\\guide.docx",
                                 "\\\\serveur\\partage\\guide.pdf", "file:///srv/partage/guide.pdf"])
def test_accepted_links(db: Database, url: str) -> None:
    with db.transaction() as session:
        rid = resources.add_link(session, f" {url} ", ResourceInput("Guide"))
        assert resources.get_resource(session, rid).url == url


@pytest.mark.parametrize(("url", "code"), [("", "required"), ("www.exemple.org", "bad_link"),
                                           ("javascript:alert(1)", "bad_link"), ("ftp://exemple.org/x", "bad_link"),
                                           ("mailto:personne", "bad_link"), ("https://exemple.org/a b", "bad_link")])
def test_refused_links(db: Database, url: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        resources.add_link(session, url, ResourceInput("Guide"))
    assert (caught.value.field, caught.value.code) == ("url", code)


def test_search_ignores_accents_and_filters_by_skill_and_session(db: Database, store: DocumentStore,
                                                                 tmp_path: Path) -> None:
    with db.transaction() as session:
        ecoute, compta = skill(session, "Écoute"), skill(session, "Comptabilité")
        sid = planned(session)
        fiche = resources.add_link(session, "https://exemple.org/1", ResourceInput(
            "Fiche pratique – Écoute active", skill_ids=(ecoute,)))
        bilan = resources.add_file(session, store, _document(tmp_path, "Bilan_trésorerie.xlsx", b"x"),
                                   ResourceInput("Bilan", "Modèle pour l'œuvre", skill_ids=(compta,))).resource_id
        resources.link_to_session(session, fiche, sid)
        resources.link_to_session(session, fiche, sid)  # kept once

        def found(**query: object) -> set[int]:
            return {r.id for r in resources.search_resources(session, ResourceQuery(**query))}  # type: ignore[arg-type]

        assert found(text="ECOUTE") == {fiche}
        assert found(text="tresorerie") == {bilan}      # the file name
        assert found(text="oeuvre modele") == {bilan}   # the description, every word
        assert found(text="fiche bilan") == set()
        assert found(skill_id=compta) == {bilan} and found(session_id=sid) == {fiche}
        assert found(kind=ResourceKind.LINK) == {fiche} and found() == {fiche, bilan}
        resources.update_resource(session, fiche, ResourceInput("Fiche", skill_ids=(compta,)))
        row = resources.get_resource(session, fiche)
        resources.delete_resource(session, bilan)
        assert found() == {fiche}
    assert (row.title, row.skills, row.session_ids) == ("Fiche", ("Comptabilité",), ())


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=5000))
def test_content_addressed_storage_round_trips_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = FileStore(Path(folder))
        stored, again = store.put_bytes(data), store.put_bytes(data)
        assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.size == len(data)
        assert store.read_bytes(stored.sha256) == data
        assert again.already_stored and again.path == stored.path
