"""The answer to a right-of-access request: everything held about one person, as XLSX and JSON.

The workbook has a sheet for the person's own fields, one per section of `services.privacy_record`, and
one saying what is not included and why; the JSON holds the same, for machines. Texts are in French or
English (the command line has no Qt translator). User text goes through `put_text`: never a formula.
Each file is written beside its target and renamed into place.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from learnorg_desktop.reports.cells import put_text
from learnorg_desktop.services.privacy_record import SECTIONS

LANGS = ("fr", "en")
DATE_FORMATS = {"fr": "DD/MM/YYYY", "en": "YYYY-MM-DD"}
TIME_FORMATS = {"fr": "DD/MM/YYYY HH:MM", "en": "YYYY-MM-DD HH:MM"}

_FR: dict[str, Any] = {
    "person": "Personne", "about": "À propos", "field": "Donnée", "value": "Valeur", "yes": "oui", "no": "non",
    "title": "Données personnelles détenues\u00a0: %s", "generated_on": "Établi le",
    "sections": {"consents": "Consentements", "skills": "Compétences", "needs": "Besoins", "checklists": "Parcours",
                 "checklist_items": "Étapes", "checkins": "Points d’étape", "sessions_attended": "Séances suivies",
                 "sessions_hosted": "Séances animées", "feedback": "Retours", "communities": "Communautés",
                 "resources_added": "Ressources ajoutées"},
    "not_included": {
        "diagnostic_answers": "Réponses à l’auto-diagnostic\u00a0: anonymes, reliées à personne, donc absentes.",
        "mentions_in_other_records": "Les dossiers d’autres personnes qui la citent (binôme, responsable d’une "
                                     "étape) concernent ces personnes et ne figurent pas ici."},
    "columns": {
        "uuid": "Identifiant", "kind": "Type", "first_name": "Prénom", "last_name": "Nom", "email": "E-mail",
        "phone": "Téléphone", "office": "Antenne", "role": "Rôle", "arrival_date": "Arrivée",
        "departure_date": "Départ", "departure_reason": "Motif du départ", "languages": "Langues", "notes": "Notes",
        "sensitive_notes": "Notes sensibles", "anonymised_at": "Anonymisé·e le", "created_at": "Créé le",
        "updated_at": "Modifié le", "deleted": "Supprimé", "purpose": "Finalité", "given_on": "Donné le",
        "withdrawn_on": "Retiré le", "note": "Note", "skill": "Compétence", "level": "Niveau",
        "assessed_on": "Évalué le", "source": "Source", "interest": "Intérêt",
        "willing_to_share": "Prêt·e à transmettre",
        "valid_until": "Valable jusqu’au", "topic": "Sujet", "origin": "Origine", "priority": "Priorité",
        "status": "Statut", "target_level": "Niveau visé", "target_date": "Échéance", "opened_on": "Ouvert le",
        "closed_on": "Clos le", "checklist": "Liste", "started_on": "Commencée le", "completed_on": "Terminée le",
        "buddy": "Binôme", "handover_notes": "Notes de passation", "position": "N°", "title": "Intitulé",
        "due_on": "Prévue le", "done_at": "Faite le", "comment": "Commentaire", "day": "Jour",
        "held_on": "Tenu le", "rating": "Note", "session": "Séance", "starts_at": "Début", "format": "Format",
        "invited": "Invité·e", "attended": "Présent·e", "usefulness": "Utilité", "quality": "Qualité",
        "applied": "Mis en pratique", "applied_on": "Suivi le", "applied_comment": "Commentaire du suivi",
        "community": "Communauté"},
}
_EN: dict[str, Any] = {
    "person": "Person", "about": "About", "field": "Field", "value": "Value", "yes": "yes", "no": "no",
    "title": "Personal data held: %s", "generated_on": "Made on",
    "sections": {"consents": "Consents", "skills": "Skills", "needs": "Needs", "checklists": "Checklists",
                 "checklist_items": "Checklist steps", "checkins": "Check-ins",
                 "sessions_attended": "Sessions attended",
                 "sessions_hosted": "Sessions hosted", "feedback": "Feedback", "communities": "Communities",
                 "resources_added": "Resources added"},
    "not_included": {
        "diagnostic_answers": "Self-diagnosis answers: anonymous, linked to nobody, so not included.",
        "mentions_in_other_records": "Other people's records that mention this person (as a buddy, as responsible "
                                     "for a step) are about those people and are not included."},
    "columns": {
        "uuid": "Identifier", "kind": "Kind", "first_name": "First name", "last_name": "Last name",
        "email": "E-mail", "phone": "Phone", "office": "Office", "role": "Role", "arrival_date": "Arrival",
        "departure_date": "Departure", "departure_reason": "Reason for leaving", "languages": "Languages",
        "notes": "Notes", "sensitive_notes": "Sensitive notes", "anonymised_at": "Anonymised on",
        "created_at": "Created on", "updated_at": "Changed on", "deleted": "Deleted", "purpose": "Purpose",
        "given_on": "Given on", "withdrawn_on": "Withdrawn on", "note": "Note", "skill": "Skill", "level": "Level",
        "assessed_on": "Assessed on", "source": "Source", "interest": "Interest",
        "willing_to_share": "Willing to share", "valid_until": "Valid until", "topic": "Topic", "origin": "Origin",
        "priority": "Priority", "status": "Status", "target_level": "Target level", "target_date": "Target date",
        "opened_on": "Opened on", "closed_on": "Closed on", "checklist": "Checklist", "started_on": "Started on",
        "completed_on": "Completed on", "buddy": "Buddy", "handover_notes": "Hand-over notes", "position": "No.",
        "title": "Title", "due_on": "Due on", "done_at": "Done on", "comment": "Comment", "day": "Day",
        "held_on": "Held on", "rating": "Rating", "session": "Session", "starts_at": "Starts at", "format": "Format",
        "invited": "Invited", "attended": "Attended", "usefulness": "Usefulness", "quality": "Quality",
        "applied": "Applied", "applied_on": "Followed up on", "applied_comment": "Follow-up comment",
        "community": "Community"},
}
TEXTS = {"fr": _FR, "en": _EN}


def write_personal_data(path: Path, record: dict[str, Any], lang: str = "fr") -> list[Path]:
    """`path` ending in .xlsx: the workbook plus the JSON beside it; ending in .json: the JSON alone."""
    path = Path(path)
    texts = TEXTS.get(lang, _EN)
    written: list[Path] = []
    if path.suffix.lower() == ".xlsx":
        _replace(path, lambda target: _workbook(record, texts, lang).save(target))
        written.append(path)
        path = path.with_suffix(".json")
    _replace(path, lambda target: target.write_text(to_json(record), encoding="utf-8"))
    written.append(path)
    return written


def to_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2, default=_json_value)


def _json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot write {type(value).__name__}")


def _replace(path: Path, write: Callable[[Path], object]) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f"{path.suffix}.part", dir=path.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _workbook(record: dict[str, Any], texts: dict[str, Any], lang: str) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = texts["person"]
    person = record["person"]
    name = f"{person.get('first_name') or ''} {person.get('last_name') or ''}".strip()
    put_text(sheet, 1, 1, texts["title"] % name).font = Font(bold=True, size=14)
    _cell(sheet, 2, 1, texts["generated_on"], texts, lang)
    _cell(sheet, 2, 2, record["generated_on"], texts, lang)
    for row, (key, value) in enumerate(person.items(), start=4):
        _cell(sheet, row, 1, texts["columns"].get(key, key), texts, lang).font = Font(bold=True)
        _cell(sheet, row, 2, value, texts, lang)
    _widths(sheet, {1: 24, 2: 60})
    for section, title in texts["sections"].items():
        _section(book.create_sheet(title[:31]), SECTIONS[section], record.get(section, []), texts, lang)
    about = book.create_sheet(texts["about"])
    for row, key in enumerate(record.get("not_included", []), start=1):
        put_text(about, row, 1, texts["not_included"].get(key, key))
    _widths(about, {1: 110})
    return book


def _section(sheet: Any, keys: tuple[str, ...], rows: list[dict[str, Any]], texts: dict[str, Any], lang: str) -> None:
    from openpyxl.styles import Font

    for col, key in enumerate(keys, start=1):
        put_text(sheet, 1, col, texts["columns"].get(key, key)).font = Font(bold=True)
    for row, values in enumerate(rows, start=2):
        for col, key in enumerate(keys, start=1):
            _cell(sheet, row, col, values[key], texts, lang)
    sheet.freeze_panes = "A2"
    _widths(sheet, {col: 18 for col in range(1, len(keys) + 1)})


def _cell(sheet: Any, row: int, col: int, value: Any, texts: dict[str, Any], lang: str) -> Any:
    """A typed cell: dates as dates, yes/no for booleans, numbers as numbers, any text kept as text."""
    if isinstance(value, bool):
        return put_text(sheet, row, col, texts["yes"] if value else texts["no"])
    if isinstance(value, datetime):  # Excel has no time zones: the UTC time, shown as such
        cell = sheet.cell(row, col, value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value)
        cell.number_format = TIME_FORMATS[lang]
        return cell
    if isinstance(value, date):
        cell = sheet.cell(row, col, value)
        cell.number_format = DATE_FORMATS[lang]
        return cell
    if isinstance(value, int | float):
        return sheet.cell(row, col, value)
    if isinstance(value, Enum):
        value = value.value
    return put_text(sheet, row, col, "" if value is None else str(value))


def _widths(sheet: Any, widths: dict[int, int]) -> None:
    from openpyxl.utils import get_column_letter

    for col, width in widths.items():
        sheet.column_dimensions[get_column_letter(col)].width = width
