"""Add or edit a community of practice (name, topic, office), and pick a person to add as a member."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from learnorg_desktop.gui.dialogs.form_dialog import FormDialog
from learnorg_desktop.gui.widgets.person_picker import PersonPicker
from learnorg_desktop.services import communities, organisation
from learnorg_desktop.services.communities import CommunityInput
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class CommunityDialog(FormDialog):
    """The community form; `community_saved(id)` once written."""

    community_saved = Signal(int)

    def __init__(self, db: Database, community_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._community_id = db, community_id
        self.name_edit, self.topic_edit, self.office_combo = QLineEdit(), QLineEdit(), QComboBox()
        with db.read() as session:
            offices = organisation.list_offices(session)
            existing = communities.get_community(session, community_id) if community_id is not None else None
        self.office_combo.addItem(self.tr("All offices"), None)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        self.add_row(QLabel(self.tr("&Name:")), self.name_edit, "name")
        self.add_row(QLabel(self.tr("&Topic:")), self.topic_edit, "topic")
        self.add_row(QLabel(self.tr("&Office:")), self.office_combo, "office_id")
        self.finish_layout()
        self.setMinimumWidth(420)
        if existing is None:
            self.setWindowTitle(self.tr("Add a community of practice"))
        else:
            self.setWindowTitle(self.tr("Edit a community of practice"))
            self.name_edit.setText(existing.name)
            self.topic_edit.setText(existing.topic)
            self.office_combo.setCurrentIndex(max(self.office_combo.findData(existing.office_id), 0))

    def form_input(self) -> CommunityInput:
        return CommunityInput(self.name_edit.text(), self.topic_edit.text(), self.office_combo.currentData())

    def save(self) -> None:
        self.last_error = None
        try:
            with self._db.transaction() as session:
                if self._community_id is None:
                    community_id = communities.create_community(session, self.form_input())
                else:
                    community_id = self._community_id
                    communities.update_community(session, community_id, self.form_input())
        except ServiceError as error:
            self.show_error(error)
            return
        self.community_saved.emit(community_id)
        self.accept()


class MemberPickerDialog(QDialog):
    """Choose one person; `person_chosen(id)` on OK."""

    person_chosen = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a member"))
        self.picker = PersonPicker(db, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.picker.list_view.doubleClicked.connect(lambda _i: self._accept())
        self.resize(380, 460)

    def _accept(self) -> None:
        person_id = self.picker.current_person_id()
        if person_id is not None:
            self.person_chosen.emit(person_id)
            self.accept()
