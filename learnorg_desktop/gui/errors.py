"""Turning errors into messages: known refusals get a translated sentence, bugs get a dialog and a log."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from learnorg_desktop.enums import NeedStatus
from learnorg_desktop.gui.error_fields import field_label
from learnorg_desktop.gui.models.skill_labels import need_status_label
from learnorg_desktop.services.errors import ConflictError, NotFoundError, ServiceError, ValidationError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


class _Params(dict[str, str]):
    """An error's params for str.format_map: a placeholder the error does not carry reads as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


def known_error_texts() -> dict[str, str]:
    """Every error code the GUI words itself; {placeholders} are filled from the error's params."""
    return {**_generic_texts(), **_people_texts(), **_skills_texts(), **_needs_texts(), **_onboarding_texts(),
            **_sessions_texts(), **_diagnostic_texts(), **_file_texts(), **_exchange_texts(),
            **_privacy_texts()}


def _generic_texts() -> dict[str, str]:
    stale = translate("Errors", "This record was changed elsewhere since you opened it. It has been reloaded.")
    return {
        "error": translate("Errors", "This action was refused."),
        "invalid": translate("Errors", "This value is not acceptable."),
        "not_found": translate("Errors", "This record no longer exists."),
        "conflict": stale,
        "stale": stale,
        # A form's save refused and the user chose to keep what they typed (gui/dialogs/conflict.py).
        "stale_kept": translate("Errors", "Not saved: someone else changed this record while you were editing. "
                                          "Press OK again and choose Reload to see their version."),
        # Two saves of one record crossed (storage.database maps SQLAlchemy's StaleDataError).
        "changed_meanwhile": translate("Errors", "Not saved: someone else saved this record at the same moment. "
                                                 "Please try again."),
        "required": translate("Errors", "This field is required."),
        "too_long": translate("Errors", "This text is too long."),
        "bad_kind": translate("Errors", "This is not one of the available choices."),
        "bad_value": translate("Errors", "'{value}' is not an acceptable value."),
        "bad_lang": translate("Errors", "Only French (fr) and English (en) are available."),
        "bad_date": translate("Errors", "'{value}' is not a valid date (expected dd/mm/yyyy)."),
        "bad_flag": translate("Errors", "Write yes or no (oui or non)."),
        "bad_number": translate("Errors", "Write a whole number."),
        "bad_link": translate("Errors", "'{value}' is not a valid link (for example https://example.org)."),
    }


def _people_texts() -> dict[str, str]:
    return {
        "ambiguous_person": translate(
            "Errors", "Several people match “{person}”: choose the person in the list."),
        "bad_email": translate("Errors", "This is not a valid e-mail address."),
        "departure_before_arrival": translate("Errors", "The departure date is before the arrival date."),
        "bad_office_code": translate("Errors", "Use letters, digits, - or _ only (at most 32 characters)."),
        "duplicate_office": translate("Errors", "An office with this code already exists."),
        "already_initialised": translate("Errors", "This database already belongs to an office."),
        "unknown_person": translate("Errors", "This person no longer exists."),
        "unknown_office": translate("Errors", "This office does not exist."),
    }


def _skills_texts() -> dict[str, str]:
    return {
        "bad_level": translate(
            "Errors", "Choose a level from 0 (none) to 4 (can teach others); a level expected for a role is at "
                      "least 1."),
        "bad_target_holders": translate("Errors", "The number of people to reach must be 1 or more."),
        "duplicate_category": translate("Errors", "A category with this name already exists."),
        "duplicate_skill": translate("Errors", "A skill named '{name}' already exists."),
        "category_not_empty": translate(
            "Errors", "This category still holds skills ({count}): move them to another category first."),
        "unknown_category": translate("Errors", "This category no longer exists."),
        "unknown_skill": translate("Errors", "This skill no longer exists."),
        "unknown_role": translate("Errors", "This role no longer exists."),
        "unknown_role_skill": translate("Errors", "This skill is no longer expected for the role."),
        "unknown_assessment": translate("Errors", "This assessment no longer exists."),
        "bad_source": translate("Errors", "Choose who made the assessment: the person, the manager or a session."),
        "bad_interest": translate("Errors", "Choose an interest from 0 (not interested) to 3 (very interested)."),
        "valid_until_before_assessment": translate(
            "Errors", "The end of validity is before the date of the assessment."),
        "bad_catalogue_rows": translate("Errors", "{count} rows must be corrected; nothing was imported."),
    }


def _needs_texts() -> dict[str, str]:
    return {
        "bad_origin": translate(
            "Errors", "Choose where the need comes from: the person's wish, a career step foreseen with the "
                      "manager, or the organisation's requirements."),
        "no_owner": translate("Errors", "Choose the person, the team or the office this need is for."),
        "no_subject": translate("Errors", "Choose a skill or write a topic."),
        "bad_priority": translate("Errors", "The priority must be high, normal or low."),
        "unknown_need": translate("Errors", "This need no longer exists."),
        "bad_transition": translate("Errors", "A need cannot go from '{current}' to '{requested}'."),
    }


def _onboarding_texts() -> dict[str, str]:
    return {
        "no_items": translate("Errors", "A template needs at least one item."),
        "negative_due": translate("Errors", "The due day cannot be before the start (use 0 or more)."),
        "due_too_far": translate("Errors", "The due day is too far away (at most 3650 days, ten years)."),
        "unknown_template": translate("Errors", "This template no longer exists."),
        "wrong_template_kind": translate("Errors", "This template is not meant for this kind of checklist."),
        "no_template": translate(
            "Errors", "There is no hand-over template yet: create one or load the default templates first."),
        "person_departed": translate("Errors", "This person has left the organisation."),
        "already_assigned": translate("Errors", "This person already has a checklist of this kind in progress."),
        "not_leaving": translate("Errors", "No departure is recorded for this person."),
        "self_buddy": translate("Errors", "A newcomer cannot be their own buddy."),
        "inactive_buddy": translate("Errors", "The buddy must be someone currently active in the organisation."),
        "unknown_checklist": translate("Errors", "This checklist no longer exists."),
        "unknown_item": translate("Errors", "This checklist item no longer exists."),
        "naive_time": translate("Errors", "The time has no time zone."),
        "bad_day": translate("Errors", "The check-in day must be 1 or later."),
        "bad_rating": translate("Errors", "The rating goes from 1 to 5."),
    }


def _sessions_texts() -> dict[str, str]:
    return {
        "unknown_session": translate("Errors", "This session no longer exists."),
        "unknown_community": translate("Errors", "This community of practice no longer exists."),
        "unknown_resource": translate("Errors", "This resource no longer exists."),
        "not_a_file": translate("Errors", "This resource is a link, not a stored document."),
        "source_file_missing": translate("Errors", "The file to add cannot be found: '{path}'."),
        "stored_file_missing": translate(
            "Errors", "The library's copy of this document is missing (its folder was moved or cleaned)."),
        "no_file_store": translate("Errors", "This database has no folder beside it to keep documents in."),
        "duplicate_community": translate("Errors", "A community of practice with this name already exists."),
        "bad_format": translate("Errors", "Choose a session format from the list."),
        "bad_capacity": translate("Errors", "'{value}' is not a number of seats."),
        "capacity_exceeded": translate("Errors", "{participants} participants exceed the {capacity} seats."),
        "not_a_number": translate("Errors", "'{value}' is not a number of minutes."),
        "non_positive_duration": translate("Errors", "The duration must be at least one minute."),
        "negative_duration": translate("Errors", "The duration cannot be negative."),
        "too_long_duration": translate("Errors", "The duration is too long (at most {limit} minutes)."),
        "ends_before_start": translate("Errors", "The end is before the start."),
        "naive_datetime": translate("Errors", "The time has no time zone."),
        "blended_needs_both_parts": translate(
            "Errors", "A blended session needs both an in-person part and an online part."),
        "online_part_not_allowed": translate(
            "Errors", "Only blended sessions and online modules have an online part."),
        "host_is_participant": translate("Errors", "A person cannot both host and attend the session."),
        "collective_need": translate("Errors", "A collective need cannot be invited as such: invite its people."),
        "need_not_open": translate("Errors", "This need is no longer open."),
        "held_in_future": translate("Errors", "A session already held cannot start in the future."),
        "held_before_start": translate("Errors", "A session cannot be marked as held before it starts."),
        "session_cancelled": translate("Errors", "This session is cancelled."),
        "session_not_held": translate("Errors", "This session has not been held yet."),
        "session_not_started": translate("Errors", "Attendance is recorded once the session has started."),
        "not_an_attendee": translate("Errors", "This person did not attend the session."),
        "not_a_session_skill": translate("Errors", "This skill is not covered by the session."),
        "bad_score": translate("Errors", "'{value}' is not a score from 1 to 5."),
        "no_feedback": translate("Errors", "This person gave no feedback to follow up."),
        "follow_up_too_early": translate("Errors", "The follow-up must come after the session."),
    }


def _diagnostic_texts() -> dict[str, str]:
    return {
        "unknown_campaign": translate("Errors", "This self-diagnosis campaign does not exist."),
        "duplicate_campaign": translate("Errors", "A campaign named “{name}” already exists."),
        "campaign_closed": translate("Errors", "This campaign is closed: reopen it to add responses."),
        "responses_before_open": translate("Errors", "Some responses were given before that date."),
        "before_campaign": translate("Errors", "The response is dated before the campaign opened."),
        "unknown_statement": translate("Errors", "“{statement}” is not a statement of this questionnaire."),
        "no_answer": translate("Errors", "The response answers no statement."),
        "unknown_questionnaire_version": translate(
            "Errors", "Questionnaire version “{version}” is not available in this version of the application."),
        "diagnostic_forms_refused": translate("Errors", "{count} forms must be corrected; nothing was imported."),
        "not_a_form": translate("Errors", "This file is not a LearnOrg self-diagnosis form."),
        "duplicate_file": translate("Errors", "This form was given twice."),
        "duplicate_row": translate("Errors", "This statement appears twice in the form."),
        "wrong_campaign": translate("Errors", "This form belongs to another campaign."),
        "wrong_version": translate("Errors", "This form was made for another version of the questionnaire."),
    }


def _exchange_texts() -> dict[str, str]:
    return {
        "package_damaged": translate(
            "Errors", "This exchange file is damaged, incomplete or was modified: nothing was imported. "
                      "Ask the sending office for a new copy."),
        "package_unsafe": translate(
            "Errors", "This exchange file holds unexpected content and was not opened: nothing was imported."),
        "package_encrypted": translate("Errors", "This exchange file is protected: enter its passphrase."),
        "package_not_encrypted": translate("Errors", "This exchange file is not protected by a passphrase."),
        "package_undecryptable": translate(
            "Errors", "Wrong passphrase, or the file was modified: nothing was imported."),
        "empty_passphrase": translate("Errors", "The passphrase cannot be empty."),
        "package_too_new": translate(
            "Errors", "This exchange file comes from a newer version of LearnOrg Desktop: update the application "
                      "first."),
        "package_same_office": translate(
            "Errors", "This exchange file comes from this same office ({office}): it cannot be imported here."),
        "package_wrong_target": translate(
            "Errors", "This exchange file was made for the office {office}, not for this one."),
        "package_replayed": translate(
            "Errors", "A different file with the same export number was already imported: this one was refused."),
        "package_bad_record": translate(
            "Errors", "A record of this exchange file is not acceptable ({reason}): nothing was imported."),
        "package_missing_reference": translate(
            "Errors", "This exchange file refers to records this database does not have: ask the sending office "
                      "for a complete export."),
        "no_local_office": translate("Errors", "This database does not belong to an office yet."),
        "too_many_rows": translate(
            "Errors", "The {sheet} sheet would have more rows than Excel allows: choose a shorter period or one "
                      "office."),
        "stored_file_damaged": translate("Errors", "The library's copy of a document is damaged."),
        "unknown_conflict": translate("Errors", "This conflict no longer exists or was already resolved."),
        "unknown_conflict_field": translate("Errors", "These fields are not part of the record: {fields}."),
        "target_not_empty": translate(
            "Errors", "The target database already holds an office's data: copy into an empty database."),
    }


def _privacy_texts() -> dict[str, str]:
    return {
        "unknown_consent": translate("Errors", "This consent no longer exists."),
        "already_withdrawn": translate("Errors", "This consent is already withdrawn."),
        "withdrawn_before_given": translate("Errors", "A consent cannot be withdrawn before the day it was given."),
        "no_open_consent": translate("Errors", "This person has no open consent for “{purpose}”."),
        "bad_retention_years": translate("Errors", "Choose a period between 1 and 50 years."),
        "bad_export_suffix": translate("Errors", "Choose a file ending in .xlsx or .json."),
    }


def _file_texts() -> dict[str, str]:
    unsafe = translate("Errors", "This file looks dangerous (it would expand enormously) and was not opened.")
    unreadable = translate("Errors", "The file cannot be read.")
    return {
        "import_file": unreadable,
        "unreadable_file": unreadable,
        "unsafe_file": unsafe, "zip_members": unsafe, "zip_size": unsafe, "zip_ratio": unsafe, "xml_entities": unsafe,
        "unsupported_format": translate("Errors", "Only .csv, .xlsx, .xls and .ods files can be imported."),
        "too_large": translate("Errors", "The file is larger than 200 MB."),
        "cannot_open": translate("Errors", "The file cannot be opened."),
        "binary": translate("Errors", "This is not a text (CSV) file."),
        "bad_encoding": translate("Errors", "The text encoding is neither UTF-8 nor Windows-1252."),
        "bad_csv": translate("Errors", "The CSV file is malformed (line {line})."),
        "corrupt": translate("Errors", "The file is damaged or is not a real spreadsheet."),
        "empty_file": translate("Errors", "The file holds no data."),
        "no_header": translate("Errors", "No header row was found: the first rows must name the columns."),
    }


def _params(error: ServiceError) -> _Params:
    params = _Params({key: str(value) for key, value in error.params.items()})
    if error.code == "bad_transition":
        for key in ("current", "requested"):
            if params.get(key) in set(NeedStatus):
                params[key] = need_status_label(NeedStatus(params[key]))
    return params


def _sentence(error: ServiceError) -> str:
    known = known_error_texts()
    text = known.get(error.code)
    if text is None:
        if isinstance(error, ConflictError):
            return known["stale"]
        return known["not_found"] if isinstance(error, NotFoundError) else error.message
    try:
        return text.format_map(_params(error))
    except (ValueError, IndexError):  # a translation with stray braces must not hide the message
        return text


def service_error_text(error: ServiceError) -> str:
    """A translated sentence for a typed refusal; the service's English message as a last resort."""
    text = _sentence(error)
    if not isinstance(error, ValidationError):
        return text
    label = field_label(error.field)
    if "item" in error.params:
        label = translate("Errors", "{field} (item {item})").format(field=label, item=error.params["item"])
    # The pattern is translated too: French puts a space before the colon.
    return translate("Errors", "{field}: {message}").format(field=label, message=text)


def unexpected_error_text(log_file: Path) -> str:
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. Your saved data is safe; the action you were doing may not "
        "have finished.\n\nDetails were written to the log file:\n{log}",
    ).format(log=log_file)


def storage_error_text(error: BaseException) -> str | None:
    """A plain message when the save failed because of the disk or the file (full, read-only); else None."""
    from learnorg_desktop.storage.refusals import StorageRefusal, storage_refusal

    refusal = storage_refusal(error)
    if refusal is StorageRefusal.READ_ONLY:
        return QCoreApplication.translate(
            "Errors", "This change was not saved: the database is open read-only here (another window is working "
                      "on it, or the file or its folder cannot be written).")
    if refusal is StorageRefusal.DISK_FULL:
        return QCoreApplication.translate(
            "Errors", "This change was not saved: the disk is full. Free some space, then try again; the data "
                      "saved before is intact.")
    if refusal is StorageRefusal.WRITE_FAILED:
        return QCoreApplication.translate(
            "Errors", "This change was not saved: the disk refused to write (full, unplugged or failing). The data "
                      "saved before is intact; free some space or check the drive, then try again.")
    return None


def install_excepthook(log_file: Path, parent: Callable[[], QWidget | None] = lambda: None) -> None:
    """Log uncaught exceptions and show a dialog instead of letting Qt close the application."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        known = storage_error_text(value)
        if known is not None:  # the disk or the file refused the save: say so plainly, no "unexpected"
            QMessageBox.warning(parent(), QCoreApplication.translate("Errors", "Not saved"), known)
            return
        title = QCoreApplication.translate("Errors", "Unexpected error")
        box = QMessageBox(QMessageBox.Icon.Critical, title, unexpected_error_text(log_file),
                          QMessageBox.StandardButton.Ok, parent())
        box.setDetailedText("".join(traceback.format_exception_only(kind, value)))
        box.exec()

    sys.excepthook = hook


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
