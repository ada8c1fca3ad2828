"""One person's annual review as an Excel workbook: a summary sheet, then one real Excel table per section.

Texts come in French or English (the command line has no Qt translator, so they live here). Dates are
written as dates, hours as numbers, and every user text through `put_text`: never a live formula.
The file is written beside its target and renamed into place, so a failure leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

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
from learnorg_desktop.reports.cells import put_text
from learnorg_desktop.services.person_review import PersonReview
from learnorg_desktop.services.session_hours import hours

LANGS = ("fr", "en")
DATE_FORMATS = {"fr": "DD/MM/YYYY", "en": "YYYY-MM-DD"}
HOURS_FORMAT = "0.0"
WIDTH_MIN, WIDTH_MAX = 8, 60

_FR: dict[Any, Any] = {
    "title": "Entretien annuel\u00a0: %s", "made_on": "Établi le", "overdue": "%d en retard",
    "identity": ("Nom", "Type", "Antenne", "Rôle", "Arrivée", "Départ", "Motif du départ", "Statut", "E-mail"),
    "figures": "Chiffres clés",
    "figure_names": ("Heures de formation (12 derniers mois)", "Heures de formation (total)",
                     "Heures animées (12 derniers mois)", "Heures animées (total)", "Séances suivies",
                     "Séances animées", "Besoins ouverts ou en cours", "Besoins satisfaits",
                     "Compétences sous le niveau attendu", "Retours donnés", "Utilité moyenne (1 à 5)"),
    "onboarding": "Intégration et départ",
    "sheets": ("Synthèse", "Compétences", "Historique", "Besoins", "Séances", "Retours", "Listes"),
    "skills": ("Compétence", "Niveau actuel", "Libellé", "Évalué le", "Valable jusqu’au", "Expiré",
               "Niveau attendu (rôle)", "Sous le niveau attendu", "Premier niveau", "Évaluations"),
    "history": ("Compétence", "Date", "Niveau", "Libellé", "Source"),
    "needs": ("Sujet", "Origine", "Priorité", "Statut", "Ouvert le", "Échéance", "Niveau visé", "Clos le", "Notes"),
    "sessions": ("Date", "Séance", "Format", "Antenne", "Compétences", "Rôle", "Statut", "Heures"),
    "feedback": ("Date de la séance", "Séance", "Donné le", "Utilité", "Qualité", "Commentaire",
                 "Mis en pratique", "Suivi le", "Commentaire du suivi"),
    "checklists": ("Liste", "Type", "Commencée le", "Terminée le", "N°", "Étape", "Prévue le", "Faite le",
                   "Faite par", "En retard", "Commentaire"),
    "yes": "oui", "no": "non", "participant": "Participant·e", "host": "Animateur·rice",
    "levels": ("aucun", "notions", "pratique", "autonome", "peut transmettre"),
    PersonKind: ("Bénévole", "Salarié·e", "Partenaire"),
    PersonStatus: ("À venir", "Actif·ve", "Parti·e"),
    AssessmentSource: ("Auto-évaluation", "Manager", "Séance"),
    NeedOrigin: ("Souhait de la personne", "Évolution anticipée avec le manager", "Exigence de l’organisation"),
    NeedStatus: ("Ouvert", "Planifié", "En cours", "Satisfait", "Abandonné"),
    "priorities": ("Haute", "Normale", "Basse"),
    SessionFormat: ("Atelier", "Déjeuner-partage", "Binôme de mentorat", "Réunion de communauté de pratique",
                    "Visite de terrain", "Module en ligne", "Formation mixte"),
    SessionStatus: ("Prévue", "Tenue", "Annulée"),
    ChecklistKind: ("Intégration", "Départ"),
}
_EN: dict[Any, Any] = {
    "title": "Annual review: %s", "made_on": "Made on", "overdue": "%d overdue",
    "identity": ("Name", "Kind", "Office", "Role", "Arrival", "Departure", "Reason for leaving", "Status", "E-mail"),
    "figures": "Key figures",
    "figure_names": ("Learning hours (last 12 months)", "Learning hours (total)", "Hosting hours (last 12 months)",
                     "Hosting hours (total)", "Sessions attended", "Sessions hosted", "Needs open or in progress",
                     "Needs met", "Skills below the expected level", "Feedback given",
                     "Average usefulness (1 to 5)"),
    "onboarding": "Onboarding and offboarding",
    "sheets": ("Summary", "Skills", "Skill history", "Needs", "Sessions", "Feedback", "Checklists"),
    "skills": ("Skill", "Current level", "Level name", "Assessed on", "Valid until", "Expired",
               "Expected level (role)", "Below expected level", "First level", "Assessments"),
    "history": ("Skill", "Date", "Level", "Level name", "Source"),
    "needs": ("Subject", "Origin", "Priority", "Status", "Opened on", "Target date", "Target level", "Closed on",
              "Notes"),
    "sessions": ("Date", "Session", "Format", "Office", "Skills", "Role", "Status", "Hours"),
    "feedback": ("Session date", "Session", "Given on", "Usefulness", "Quality", "Comment", "Applied",
                 "Followed up on", "Follow-up comment"),
    "checklists": ("Checklist", "Kind", "Started on", "Completed on", "#", "Item", "Due on", "Done on", "Done by",
                   "Overdue", "Comment"),
    "yes": "yes", "no": "no", "participant": "Participant", "host": "Host",
    "levels": ("none", "notions", "practitioner", "autonomous", "can teach"),
    PersonKind: ("Volunteer", "Staff member", "Partner"),
    PersonStatus: ("Incoming", "Active", "Departed"),
    AssessmentSource: ("Self-assessment", "Manager", "Session"),
    NeedOrigin: ("Wish", "Career", "Organisation"),
    NeedStatus: ("Open", "Planned", "In progress", "Met", "Dropped"),
    "priorities": ("High", "Normal", "Low"),
    SessionFormat: ("Workshop", "Lunch-and-learn", "Mentoring pair", "Community-of-practice meeting", "Field visit",
                    "Online module", "Blended"),
    SessionStatus: ("Planned", "Held", "Cancelled"),
    ChecklistKind: ("Onboarding", "Offboarding"),
}
TEXTS: dict[str, dict[Any, Any]] = {"fr": _FR, "en": _EN}
# Excel table names: unique in the workbook, no spaces, never translated.
TABLE_NAMES = ("Skills", "SkillHistory", "Needs", "Sessions", "Feedback", "Checklists")


class _Texts:
    """Look-ups into one language's texts."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r} (expected one of {', '.join(LANGS)})")
        self.lang, self.t = lang, TEXTS[lang]

    def enum(self, value: StrEnum) -> str:
        members = list(type(value))
        return str(self.t[type(value)][members.index(value)])

    def level(self, level: int | None) -> str:
        return "" if level is None else f"{level} – {self.t['levels'][level]}"

    def yes_no(self, value: bool | None) -> str:
        return "" if value is None else str(self.t["yes"] if value else self.t["no"])

    def priority(self, value: int) -> str:
        names = self.t["priorities"]
        return str(names[value - 1]) if 1 <= value <= len(names) else str(value)


def write_person_review(review: PersonReview, path: Path, lang: str = "fr") -> Path:
    """Write the workbook at `path` (replacing it only once complete) and return the path."""
    texts = _Texts(lang)
    book = build_workbook(review, texts)
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part", dir=path.parent)
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path


def build_workbook(review: PersonReview, texts: _Texts) -> Any:
    from openpyxl import Workbook

    book = Workbook()
    _summary(book.active, review, texts)
    sheets = texts.t["sheets"]
    sections: Sequence[tuple[str, Callable[[PersonReview, _Texts], list[list[Any]]]]] = (
        ("skills", _skill_rows), ("history", _history_rows), ("needs", _need_rows),
        ("sessions", _session_rows), ("feedback", _feedback_rows), ("checklists", _checklist_rows),
    )
    for index, (key, rows) in enumerate(sections):
        sheet = book.create_sheet(sheets[index + 1])
        _table(sheet, TABLE_NAMES[index], texts.t[key], rows(review, texts), DATE_FORMATS[texts.lang])
    return book


# --- summary ---------------------------------------------------------------------------------------
def _summary(sheet: Any, review: PersonReview, texts: _Texts) -> None:
    from openpyxl.styles import Font

    t, who = texts.t, review.identity
    sheet.title = t["sheets"][0]
    bold, date_format = Font(bold=True), DATE_FORMATS[texts.lang]
    put_text(sheet, 1, 1, t["title"] % who.name).font = Font(bold=True, size=14)
    lines: list[tuple[str, Any]] = [(t["made_on"], review.today), ("", None)]
    lines += list(zip(t["identity"], (
        who.name, texts.enum(who.kind), _office(who.office_code, who.office_name), who.role or "",
        who.arrival_date, who.departure_date, who.departure_reason, texts.enum(who.status), who.email or ""),
        strict=True))
    lines += [("", None), (t["figures"], None)]
    lines += list(zip(t["figure_names"], _figures(review), strict=True))
    if review.checklists:
        lines += [("", None), (t["onboarding"], None)]
        lines += [(_checklist_name(c.detail.template_name, c.detail.template_version),
                   f"{c.done}/{c.total}" + (f" – {t['overdue'] % c.overdue}" if c.overdue else ""))
                  for c in review.checklists]
    for row, (label, value) in enumerate(lines, start=3):
        if label:
            put_text(sheet, row, 1, label).font = bold
        _put(sheet, row, 2, value, date_format)
    sheet.column_dimensions["A"].width = 42
    sheet.column_dimensions["B"].width = 40


def _figures(review: PersonReview) -> tuple[Any, ...]:
    h = review.hours
    useful = [f.usefulness for f in review.feedback]
    return (
        hours(h.learning_minutes_year), hours(h.learning_minutes), hours(h.hosting_minutes_year),
        hours(h.hosting_minutes), h.sessions_attended, h.sessions_hosted,
        review.needs_in(NeedStatus.OPEN, NeedStatus.PLANNED, NeedStatus.IN_PROGRESS),
        review.needs_in(NeedStatus.MET), sum(1 for s in review.skills if s.below_target), len(review.feedback),
        round(sum(useful) / len(useful), 2) if useful else None,
    )


def _office(code: str | None, name: str | None) -> str:
    return " – ".join(p for p in (code, name) if p)


def _checklist_name(name: str, version: int | None) -> str:
    return f"{name} (v{version})" if version else name


# --- sections --------------------------------------------------------------------------------------
def _skill_rows(review: PersonReview, texts: _Texts) -> list[list[Any]]:
    return [[s.skill, s.current_level, texts.level(s.current_level), s.assessed_on, s.valid_until,
             texts.yes_no(s.expired) if s.valid_until else "", s.target_level,
             texts.yes_no(s.below_target) if s.target_level is not None else "", s.first_level, len(s.points)]
            for s in review.skills]


def _history_rows(review: PersonReview, texts: _Texts) -> list[list[Any]]:
    return [[s.skill, p.on, p.level, texts.level(p.level), texts.enum(p.source)]
            for s in review.skills for p in s.points]


def _need_rows(review: PersonReview, texts: _Texts) -> list[list[Any]]:
    return [[n.subject, texts.enum(n.origin), texts.priority(n.priority), texts.enum(n.status), n.opened_on,
             n.target_date, n.target_level, n.closed_on, n.notes] for n in review.needs]


def _session_rows(review: PersonReview, texts: _Texts) -> list[list[Any]]:
    t = texts.t
    return [[s.starts_at.astimezone().date(), s.title, texts.enum(s.format), s.office_code or "", ", ".join(s.skills),
             t["host"] if s.hosted else t["participant"], texts.enum(s.status), hours(s.minutes)]
            for s in review.sessions]


def _feedback_rows(review: PersonReview, texts: _Texts) -> list[list[Any]]:
    return [[f.session_starts_at.astimezone().date(), f.session_title, f.given_on, f.usefulness, f.quality, f.comment,
             texts.yes_no(f.applied), f.applied_on, f.applied_comment] for f in review.feedback]


def _checklist_rows(review: PersonReview, texts: _Texts) -> list[list[Any]]:
    rows = []
    for c in review.checklists:
        d = c.detail
        head = [_checklist_name(d.template_name, d.template_version), texts.enum(d.kind), d.started_on, d.completed_on]
        for item in d.items:
            done_on = item.done_at.astimezone().date() if item.done_at else None
            rows.append([*head, item.position, item.title, item.due_on, done_on, item.done_by or "",
                         texts.yes_no(item.is_overdue(review.today)), item.comment])
        if not d.items:
            rows.append([*head, None, "", None, None, "", "", ""])
    return rows


# --- cells and tables ------------------------------------------------------------------------------
def _put(sheet: Any, row: int, col: int, value: Any, date_format: str) -> None:
    if value is None:
        return
    if isinstance(value, str):
        if value:
            put_text(sheet, row, col, value)
        return
    cell = sheet.cell(row, col)
    cell.value = value
    if isinstance(value, date | datetime):
        cell.number_format = date_format
    elif isinstance(value, float):
        cell.number_format = HOURS_FORMAT


def _table(sheet: Any, name: str, headers: Sequence[str], rows: list[list[Any]], date_format: str) -> None:
    """Headers, rows and an Excel table over them (with its filter buttons), header frozen."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    for col, header in enumerate(headers, start=1):
        put_text(sheet, 1, col, header).font = Font(bold=True)
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            _put(sheet, r, col, value, date_format)
    last = get_column_letter(len(headers))
    # A table needs a body row: an empty section gets one blank row rather than a table Excel "repairs".
    table = Table(displayName=name, ref=f"A1:{last}{max(len(rows), 1) + 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    sheet.freeze_panes = "A2"
    for col, header in enumerate(headers, start=1):
        longest = max([len(header), *(_width(v[col - 1]) for v in rows)])
        sheet.column_dimensions[get_column_letter(col)].width = min(max(longest + 2, WIDTH_MIN), WIDTH_MAX)


def _width(value: Any) -> int:
    if isinstance(value, date | datetime):
        return 10
    return len(str(value)) if value is not None else 0
