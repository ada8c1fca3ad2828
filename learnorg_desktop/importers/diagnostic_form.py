"""Re-import filled self-diagnosis forms: each file is one anonymous response, all files or none."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NoReturn

from sqlalchemy.orm import Session

from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.importers.errors import ImportFileError
from learnorg_desktop.importers.tabular import CellValue, RawTable, is_empty, read_table
from learnorg_desktop.reports.diagnostic_form import (
    CAMPAIGN_KEY,
    COMMENT_KEY,
    DATE_KEY,
    GROUP_KEY,
    GROUP_LABELS,
    MARKER,
    OFFICE_KEY,
    VERSION_KEY,
)
from learnorg_desktop.services import diagnostic, organisation
from learnorg_desktop.services.diagnostic_questionnaire import Questionnaire, questionnaire_for
from learnorg_desktop.services.errors import ServiceError, ValidationError
from learnorg_desktop.services.parsing import parse_date
from learnorg_desktop.services.text import fold
from learnorg_desktop.storage.backups import backup_before
from learnorg_desktop.storage.database import Database

# "4", 4.0, "4,0" or a dropdown choice such as "4 – Plutôt d’accord".
_ANSWER = re.compile(r"\s*([1-5])(?:[.,]0*)?(?:\s*[–—-].*)?\s*", re.DOTALL)
_OFFICE_SPLIT = re.compile(r"\s+[–—-]\s+")


@dataclass(frozen=True)
class FormProblem:
    """Why one file was refused: `cell` (e.g. "C14") and `field` (a statement code, "office"…) when known."""

    path: str
    cell: str | None
    field: str
    code: str
    message: str
    value: str = ""


class FormImportError(ServiceError):
    """At least one form was refused; nothing was written. `problems` lists them, file by file."""

    code = "diagnostic_forms_refused"

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        text = "; ".join(f"{p.path}{' ' + p.cell if p.cell else ''}: {p.message}" for p in problems)
        super().__init__(f"forms refused, nothing imported: {text}", count=len(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class FormImportReport:
    files: int
    response_ids: tuple[int, ...]


class _Refused(Exception):
    """Internal: carries the problem of the file being read."""

    def __init__(self, problem: FormProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True)
class FormContext:
    """What reading a form needs to know about the campaign and the offices."""

    path: str
    campaign_uuid: str
    questionnaire: Questionnaire
    offices: Mapping[str, str]  # code -> folded name
    today: date


def import_forms(session: Session, campaign_id: int, paths: Sequence[Path], today: date) -> FormImportReport:
    """Read every form, check them all, then store one response per file (the caller's transaction)."""
    ids = diagnostic.add_responses(session, campaign_id, check_forms(session, campaign_id, paths, today))
    return FormImportReport(len(ids), tuple(ids))


def import_form_files(db: Database, campaign_id: int, paths: Sequence[Path], today: date) -> FormImportReport:
    """The import as the application runs it: every form read and checked, then (only when all are
    acceptable) the automatic backup taken before any import, then the responses stored in one transaction."""
    with db.read() as session:
        responses = check_forms(session, campaign_id, paths, today)
    backup_before(db, "import")
    with db.transaction() as session:  # add_responses checks them again against the campaign as it is now
        ids = diagnostic.add_responses(session, campaign_id, responses)
    return FormImportReport(len(ids), tuple(ids))


def check_forms(session: Session, campaign_id: int, paths: Sequence[Path], today: date
                ) -> list[diagnostic.ResponseInput]:
    """One response per form; FormImportError listing every refused form, ValidationError for the campaign."""
    campaign = diagnostic.load_campaign(session, campaign_id)
    if campaign.closed_on is not None:
        raise ValidationError("campaign", "the campaign is closed", code="campaign_closed")
    questionnaire = questionnaire_for(campaign.questionnaire_version)
    offices = {o.code: fold(o.name) for o in organisation.list_offices(session)}
    office_ids = {o.code: o.id for o in organisation.list_offices(session)}
    responses: list[diagnostic.ResponseInput] = []
    problems: list[FormProblem] = []
    seen: set[Path] = set()
    for path in paths:
        context = FormContext(str(path), campaign.uuid, questionnaire, offices, today)
        try:
            if Path(path).resolve() in seen:
                raise _Refused(FormProblem(str(path), None, "file", "duplicate_file", "the file is listed twice"))
            seen.add(Path(path).resolve())
            response = read_form(Path(path), context)
            diagnostic.check_response(campaign, questionnaire, office_ids, response)
            responses.append(response)
        except _Refused as refused:
            problems.append(refused.problem)
        except ValidationError as error:
            problems.append(FormProblem(str(path), None, error.field, error.code, error.message))
    if problems:
        raise FormImportError(problems)
    if not responses:
        raise ValidationError("file", "no form to import", code="required")
    return responses


def read_form(path: Path, context: FormContext) -> diagnostic.ResponseInput:
    try:
        table = read_table(path)
    except ImportFileError as error:
        raise _Refused(FormProblem(str(path), None, "file", error.code, error.reason)) from None
    rows = _keyed_rows(table, context)
    return diagnostic.ResponseInput(
        office_code=_office(rows, context), group=_group(rows, context), answered_on=_date(rows, context),
        answers=_answers(rows, context), comment=_comment(rows, context))


_Keyed = dict[str, tuple[str, CellValue]]  # key -> (cell reference of the answer, its value)


def _keyed_rows(table: RawTable, context: FormContext) -> _Keyed:
    column = next((i for row in table.rows for i, v in enumerate(row) if isinstance(v, str) and v.strip() == MARKER),
                  None)
    if column is None:
        _refuse(context, None, "file", "not_a_form", "this is not a LearnOrg self-diagnosis form")
    keyed: _Keyed = {}
    for row, number in zip(table.rows, table.row_numbers, strict=True):
        key = str(row[column]).strip() if len(row) > column and not is_empty(row[column]) else ""
        if not key or key == MARKER:
            continue
        if key in keyed:
            _refuse(context, f"{_letter(column)}{number}", key, "duplicate_row", f"the row '{key}' appears twice")
        keyed[key] = (f"{_letter(column + 2)}{number}", row[column + 2] if len(row) > column + 2 else None)
    _check_identity(keyed, context)
    return keyed


def _check_identity(keyed: _Keyed, context: FormContext) -> None:
    meta = {k.split("=", 1)[0] + "=": k.split("=", 1)[1] for k in keyed if "=" in k}
    if meta.get(CAMPAIGN_KEY) != context.campaign_uuid:
        _refuse(context, None, "campaign", "wrong_campaign", "this form belongs to another campaign")
    if meta.get(VERSION_KEY) != context.questionnaire.version:
        _refuse(context, None, "campaign", "wrong_version", "this form is of another questionnaire version",
                meta.get(VERSION_KEY, ""))
    known = {*context.questionnaire.codes, OFFICE_KEY, GROUP_KEY, DATE_KEY, COMMENT_KEY}
    for key, (cell, _) in keyed.items():
        if "=" not in key and key not in known:
            _refuse(context, cell, key, "unknown_statement", f"'{key}' is not a statement of this questionnaire")


def _value(rows: _Keyed, key: str) -> tuple[str | None, CellValue]:
    return rows.get(key, (None, None))


def _office(rows: _Keyed, context: FormContext) -> str:
    cell, value = _value(rows, OFFICE_KEY)
    if is_empty(value):
        _refuse(context, cell, "office", "required", "the office is not filled in")
    text = str(value).strip()
    code = _OFFICE_SPLIT.split(text, maxsplit=1)[0].strip().upper()
    if code in context.offices:
        return code
    by_name = [c for c, name in context.offices.items() if name == fold(text)]
    if by_name:
        return by_name[0]
    return _refuse(context, cell, "office", "unknown_office", f"unknown office '{text}'", text)


def _group(rows: _Keyed, context: FormContext) -> RespondentGroup:
    cell, value = _value(rows, GROUP_KEY)
    if is_empty(value):
        _refuse(context, cell, "kind", "required", "the respondent group is not filled in")
    text = fold(str(value).strip())
    for labels in GROUP_LABELS.values():
        for group, label in labels.items():
            if text in (fold(label), group.value):
                return group
    return _refuse(context, cell, "kind", "bad_kind", f"unknown respondent group '{value}'", str(value))


def _date(rows: _Keyed, context: FormContext) -> date:
    cell, value = _value(rows, DATE_KEY)
    try:
        return parse_date(value, "date") or context.today
    except ValidationError as error:
        return _refuse(context, cell, "date", error.code, error.message, str(value))


def _answers(rows: _Keyed, context: FormContext) -> dict[str, int]:
    answers: dict[str, int] = {}
    for code in context.questionnaire.codes:
        cell, value = _value(rows, code)
        if is_empty(value):
            continue  # skipped statement
        answer = _answer(value)
        if answer is None:
            _refuse(context, cell, code, "bad_rating", f"{code}: the answer must be from 1 to 5", str(value))
        answers[code] = answer
    if not answers:
        _refuse(context, None, "answers", "no_answer", "no statement is answered")
    return answers


def _answer(value: CellValue) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if value in (1, 2, 3, 4, 5) else None
    match = _ANSWER.fullmatch(value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


def _comment(rows: _Keyed, context: FormContext) -> str:
    cell, value = _value(rows, COMMENT_KEY)
    text = "" if is_empty(value) else str(value).strip()
    if len(text) > diagnostic.COMMENT_MAX:
        _refuse(context, cell, "notes", "too_long", f"the comment is longer than {diagnostic.COMMENT_MAX} characters")
    return text


def _letter(index: int) -> str:
    """Spreadsheet column letters of a 0-based column index."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _refuse(context: FormContext, cell: str | None, field: str, code: str, message: str, value: str = "") -> NoReturn:
    raise _Refused(FormProblem(context.path, cell, field, code, message, value))
