"""The blank self-diagnosis answer form: one Excel sheet per respondent, re-imported as one response.

Layout contract with importers/diagnostic_form.py: column A (hidden) holds machine keys — the marker
in A1, the campaign UUID and questionnaire version, "#office", "#group", "#date", "#comment" and each
statement code — column B the visible text and column C the answer. Rows are found by their key, so
a respondent who inserts a row or re-sorts nothing breaks nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.reports.cells import put_text
from learnorg_desktop.services.diagnostic import CampaignRow
from learnorg_desktop.services.diagnostic_questionnaire import Questionnaire, check_lang, load_questionnaire
from learnorg_desktop.services.organisation import OfficeRow

MARKER = "learnorg-diagnostic-form"
CAMPAIGN_KEY, VERSION_KEY = "campaign=", "version="
OFFICE_KEY, GROUP_KEY, DATE_KEY, COMMENT_KEY = "#office", "#group", "#date", "#comment"
LISTS_SHEET = "lists"
OFFICE_SEPARATOR = " – "

GROUP_LABELS: dict[str, dict[RespondentGroup, str]] = {
    "fr": {RespondentGroup.STAFF: "Salarié(e)", RespondentGroup.VOLUNTEER: "Bénévole",
           RespondentGroup.PARTNER: "Partenaire"},
    "en": {RespondentGroup.STAFF: "Staff member", RespondentGroup.VOLUNTEER: "Volunteer",
           RespondentGroup.PARTNER: "Partner"},
}

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "sheet": "Questionnaire",
        "title": "Auto-diagnostic : {campaign}",
        "intro": "Ce questionnaire est anonyme : n’écrivez pas votre nom. Il aide l’association à voir où elle "
                 "en est pour apprendre et faire circuler les savoirs.",
        "how": "Pour chaque affirmation, choisissez dans la liste de la colonne C votre degré d’accord, de 1 "
               "(pas du tout d’accord) à 5 (tout à fait d’accord). Laissez vide si vous ne savez pas.",
        "privacy": "Les résultats ne sont montrés que pour les groupes d’au moins 5 personnes.",
        "office": "Votre antenne", "group": "Vous êtes", "date": "Date de réponse (JJ/MM/AAAA, facultatif)",
        "statement": "Affirmation", "answer": "Votre réponse (1 à 5)",
        "comment": "Un commentaire ? (facultatif)",
    },
    "en": {
        "sheet": "Questionnaire",
        "title": "Self-diagnosis: {campaign}",
        "intro": "This questionnaire is anonymous: do not write your name. It helps the organisation see where "
                 "it stands in learning and sharing knowledge.",
        "how": "For each statement, pick in column C how much you agree, from 1 (strongly disagree) to 5 "
               "(strongly agree). Leave it blank if you do not know.",
        "privacy": "Results are only shown for groups of at least 5 people.",
        "office": "Your office", "group": "You are", "date": "Date of answer (DD/MM/YYYY, optional)",
        "statement": "Statement", "answer": "Your answer (1 to 5)",
        "comment": "Any comment? (optional)",
    },
}


def office_label(office: OfficeRow) -> str:
    return f"{office.code}{OFFICE_SEPARATOR}{office.name}"


def answer_labels(questionnaire: Questionnaire, lang: str) -> list[str]:
    return [f"{i} – {label}" for i, label in enumerate(questionnaire.scale[lang], start=1)]


def write_blank_form(path: Path, campaign: CampaignRow, offices: Sequence[OfficeRow], lang: str = "fr",
                     questionnaire: Questionnaire | None = None) -> Path:
    """Write the blank form for `campaign` in `lang` and return its path."""
    from openpyxl import Workbook

    check_lang(lang)
    questionnaire = questionnaire or load_questionnaire()
    book = Workbook()
    sheet = book.active
    sheet.title = TEXTS[lang]["sheet"]
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    answers = _fill_lists(lists, questionnaire, offices, lang)
    _write_form(sheet, campaign, questionnaire, lang, answers)
    book.save(path)
    return path


def _fill_lists(lists: Any, questionnaire: Questionnaire, offices: Sequence[OfficeRow], lang: str) -> list[str]:
    """The dropdowns' choices on the hidden sheet (a range has no 255-character limit, unlike a literal list)."""
    columns = (answer_labels(questionnaire, lang), [office_label(o) for o in offices],
               list(GROUP_LABELS[lang].values()))
    for col, values in enumerate(columns, start=1):
        for row, value in enumerate(values, start=1):
            put_text(lists, row, col, value)
    return [f"{LISTS_SHEET}!${letter}$1:${letter}${max(len(values), 1)}"
            for letter, values in zip("ABC", columns, strict=True)]


def _write_form(sheet: Any, campaign: CampaignRow, questionnaire: Questionnaire, lang: str,
                ranges: list[str]) -> None:
    from openpyxl.styles import Alignment, Font

    texts = TEXTS[lang]
    line = _Lines(sheet)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    head = [(MARKER, texts["title"].format(campaign=campaign.name)),
            (CAMPAIGN_KEY + campaign.uuid, texts["intro"]), (VERSION_KEY + questionnaire.version, texts["how"]),
            ("", texts["privacy"]), ("", "")]
    for key, text in head:
        line(key, text)
    sheet.cell(1, 2).font = Font(bold=True, size=14)
    validations = [_list_validation(sheet, r) for r in ranges]
    for key, label, validation in ((OFFICE_KEY, texts["office"], validations[1]),
                                   (GROUP_KEY, texts["group"], validations[2]), (DATE_KEY, texts["date"], None)):
        row = line(key, label)
        sheet.cell(row, 2).font = bold
        if validation is not None:
            validation.add(sheet.cell(row, 3))
    sheet.cell(line.row, 3).number_format = "DD/MM/YYYY"
    line("", "")
    row = line("", texts["statement"], texts["answer"])
    sheet.cell(row, 2).font = sheet.cell(row, 3).font = bold
    for dimension in questionnaire.dimensions:
        sheet.cell(line("", dimension.title[lang]), 2).font = bold
        for statement in dimension.statements:
            row = line(statement.code, statement.text[lang])
            sheet.cell(row, 2).alignment = wrap
            validations[0].add(sheet.cell(row, 3))
    line("", "")
    row = line(COMMENT_KEY, texts["comment"])
    sheet.cell(row, 2).font = bold
    sheet.cell(row, 3).alignment = wrap
    sheet.row_dimensions[row].height = 90
    for letter, width in (("A", 12), ("B", 80), ("C", 34)):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["A"].hidden = True
    for r in range(2, 5):
        sheet.cell(r, 2).alignment = wrap


def _list_validation(sheet: Any, cell_range: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="list", formula1=cell_range, allow_blank=True, showErrorMessage=True)
    sheet.add_data_validation(validation)
    return validation


class _Lines:
    """Appends the form's rows one after the other (spacer rows included, unlike `append`)."""

    def __init__(self, sheet: Any) -> None:
        self.sheet, self.row = sheet, 0

    def __call__(self, key: str, text: str, answer: str = "") -> int:
        self.row += 1
        for col, value in ((1, key), (2, text), (3, answer)):
            if value:
                put_text(self.sheet, self.row, col, value)
        return self.row
