"""An edit dialog whose record another instance saved meanwhile: the user is told, and Reload shows their version."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from learnorg_desktop.enums import NeedOrigin
from learnorg_desktop.gui.dialogs.need_dialog import NeedDialog
from learnorg_desktop.gui.dialogs.person_dialog import PersonDialog
from learnorg_desktop.gui.dialogs.session_dialog import SessionDialog
from learnorg_desktop.services import needs, people, sessions
from learnorg_desktop.services.errors import ConflictError
from learnorg_desktop.services.needs import NeedInput
from learnorg_desktop.storage.database import Database
from tests.services.sharing_data import NOW, data, person, planned

SHOTS = Path("/tmp/shots")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The conflict message box answers Reload (or Cancel once "cancel" is put in the list); its texts are kept."""
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        box.show()
        seen.append(box.text())
        SHOTS.mkdir(exist_ok=True)
        box.grab().save(str(SHOTS / "conflict_message.png"))
        reload = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        (box.button(QMessageBox.StandardButton.Cancel) if "cancel" in seen else reload).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return seen


def _edit_elsewhere(other: Database, person_id: int, **changes: object) -> None:
    with other.transaction() as session:
        current = people.get(session, person_id).data
        people.update(session, person_id, replace(current, **changes))  # type: ignore[arg-type]


def test_person_dialog_reloads_the_other_version(qtbot: QtBot, populated_db: Database, other: Database,
                                                 answers: list[str]) -> None:
    dialog = PersonDialog(populated_db, 1)
    qtbot.addWidget(dialog)
    _edit_elsewhere(other, 1, phone="04 72 00 00 00", notes="Changé à l'antenne")
    dialog.ui.notesEdit.setPlainText("Mon texte")

    dialog.save()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert answers and "changed this person" in answers[0]
    assert (dialog.ui.phoneEdit.text(), dialog.ui.notesEdit.toPlainText()) == ("04 72 00 00 00",
                                                                               "Changé à l'antenne")
    assert dialog.ui.errorLabel.isHidden()
    dialog.show()
    dialog.grab().save(str(SHOTS / "conflict_person_reloaded.png"))
    dialog.ui.notesEdit.setPlainText("Changé à l'antenne, puis ici")
    dialog.save()  # the reloaded version is the current one: this save goes through
    assert dialog.result() == QDialog.DialogCode.Accepted
    with other.read() as session:
        assert people.get(session, 1).data.notes == "Changé à l'antenne, puis ici"


def test_cancel_keeps_what_was_typed_and_says_why(qtbot: QtBot, populated_db: Database, other: Database,
                                                  answers: list[str]) -> None:
    answers.append("cancel")
    dialog = PersonDialog(populated_db, 1)
    qtbot.addWidget(dialog)
    _edit_elsewhere(other, 1, notes="Changé à l'antenne")
    dialog.ui.notesEdit.setPlainText("Mon texte")

    dialog.save()

    assert dialog.ui.notesEdit.toPlainText() == "Mon texte"
    assert isinstance(dialog.last_error, ConflictError) and dialog.last_error.code == "stale_kept"
    assert not dialog.ui.errorLabel.isHidden()
    dialog.show()
    dialog.grab().save(str(SHOTS / "conflict_person_cancelled.png"))
    with other.read() as session:
        assert people.get(session, 1).data.notes == "Changé à l'antenne"


def test_need_dialog_reloads_the_other_version(qtbot: QtBot, db: Database, other: Database,
                                               answers: list[str]) -> None:
    with db.transaction() as session:
        need_id = needs.create_need(session, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Excel"),
                                    date(2026, 6, 1))
    dialog = NeedDialog(db, need_id)
    qtbot.addWidget(dialog)
    with other.transaction() as session:
        needs.update_need(session, need_id, NeedInput(origin=NeedOrigin.WISH, office_id=1, topic="Tableur"))
    dialog.topic_edit.setText("Word")

    dialog.save()

    assert len(answers) == 1 and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.topic_edit.text() == "Tableur"
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_session_dialog_reloads_the_other_version(qtbot: QtBot, db: Database, other: Database,
                                                  answers: list[str]) -> None:
    with db.transaction() as session:
        sid = planned(session)
        ana, ben = person(session, "Durand", "Ana"), person(session, "Petit", "Ben")
    dialog = SessionDialog(db, sid)
    qtbot.addWidget(dialog)
    with other.transaction() as session:
        sessions.update_session(session, sid, data("Atelier accueil (salle 2)", host_ids=(ana,)), NOW)
    dialog.hosts.add(ben, "Ben Petit")

    dialog.save()

    assert len(answers) == 1 and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.title_edit.text() == "Atelier accueil (salle 2)"
    assert dialog.hosts.host_ids() == (ana,)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
