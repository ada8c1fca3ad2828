"""Questions asked right after a person is added or leaves: start their onboarding, or their hand-over."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from learnorg_desktop.enums import ChecklistKind
from learnorg_desktop.gui.dialogs.assign_dialog import AssignDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.formatting import ui_language
from learnorg_desktop.services import onboarding_assign, onboarding_offboarding, people
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database

MAX_SKILLS_LISTED = 8


translate = QCoreApplication.translate  # lupdate only sees translate("Context", "text") calls


def propose_onboarding(parent: QWidget, db: Database, person_id: int) -> AssignDialog | None:
    """For a new person with an arrival date: "Start onboarding with template X?" then the assign form."""
    with db.read() as session:
        detail = people.get(session, person_id)
        if detail.data.arrival_date is None or onboarding_assign.has_open_checklist(
                session, person_id, ChecklistKind.ONBOARDING):
            return None
        template = onboarding_assign.propose_template(session, person_id, language=ui_language())
    if template is None:
        return None
    answer = QMessageBox.question(
        parent, translate("OnboardingPrompts", "Start onboarding"),
        translate("OnboardingPrompts", "Start onboarding with the checklist “%1”?").replace("%1", template.name))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    dialog = AssignDialog(db, person_id, template.id, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def propose_offboarding(parent: QWidget, db: Database, person_id: int) -> int | None:
    """After a departure: offer the hand-over checklist, naming the skills that would leave with the person."""
    language = ui_language()
    try:
        with db.read() as session:
            proposal = onboarding_offboarding.propose_offboarding(session, person_id, language)
    except ServiceError:
        return None
    if proposal.template is None or proposal.already_started:
        return None
    text = translate("OnboardingPrompts", "Start the hand-over checklist “%1” for %2?")
    text = text.replace("%1", proposal.template.name).replace("%2", proposal.person)
    if proposal.skills:
        names = ", ".join(s.skill for s in proposal.skills[:MAX_SKILLS_LISTED])
        if len(proposal.skills) > MAX_SKILLS_LISTED:
            names += ", …"
        lone = translate("OnboardingPrompts", "Skills that would be left without a holder (%1): %2. One hand-over item "
                         "is added for each.")
        text += "\n\n" + lone.replace("%1", str(len(proposal.skills))).replace("%2", names)
    title = translate("OnboardingPrompts", "Departure hand-over")
    if QMessageBox.question(parent, title, text) != QMessageBox.StandardButton.Yes:
        return None
    try:
        with db.transaction() as session:
            return onboarding_offboarding.start_offboarding(session, person_id, date.today(),
                                                            template_id=proposal.template.id, language=language)
    except ServiceError as error:
        QMessageBox.warning(parent, title, service_error_text(error))
        return None
