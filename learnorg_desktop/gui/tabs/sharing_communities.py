"""Communities of practice: the list, their members, and their series of sessions (read-only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from learnorg_desktop.gui.dialogs.community_dialog import CommunityDialog, MemberPickerDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.keyboard import delete_key
from learnorg_desktop.gui.models.sharing_view_models import CommunitiesModel, CommunitySessionsModel, MembersModel
from learnorg_desktop.gui.tabs.sharing_library import fit_headers, make_table
from learnorg_desktop.services import communities
from learnorg_desktop.services.communities import CommunityRow
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class CommunitiesView(QWidget):
    """Communities by name; the selected one's members and sessions beside them."""

    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model, self.members_model = CommunitiesModel(self), MembersModel(self)
        self.sessions_model = CommunitySessionsModel(self)
        self.table = make_table()
        self.table.setModel(self.model)
        self.members_table, self.sessions_table = make_table(), make_table()
        self.members_table.setModel(self.members_model)
        self.sessions_table.setModel(self.sessions_model)
        for column, width in enumerate((220, 220, 80, 80)):
            self.table.setColumnWidth(column, width)
        fit_headers(self.members_table, 0)
        fit_headers(self.sessions_table, 1)
        self.sessions_table.setColumnWidth(0, 90)
        self.sessions_table.setColumnWidth(2, 160)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_community())
        self.members_table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.add_member_button, self.remove_member_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self.add_community())
        self.edit_button.clicked.connect(lambda: self.edit_community())
        self.delete_button.clicked.connect(self.delete_community)
        self.add_member_button.clicked.connect(lambda: self.pick_member())
        self.remove_member_button.clicked.connect(self.remove_member)
        delete_key(self.table, self.delete_button)
        delete_key(self.members_table, self.remove_member_button)
        self.members_box, self.sessions_box = QGroupBox(), QGroupBox()
        self._layout()
        self.retranslate()
        self._update_actions()

    def _layout(self) -> None:
        left = QWidget()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        members_layout = QVBoxLayout(self.members_box)
        members_layout.addWidget(self.members_table, 1)
        members_layout.addLayout(member_buttons)
        QVBoxLayout(self.sessions_box).addWidget(self.sessions_table)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.members_box)
        right.addWidget(self.sessions_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Communities"))
        self.add_button.setText(self.tr("&Add a community…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.add_member_button.setText(self.tr("Add a &member…"))
        self.remove_member_button.setText(self.tr("&Remove the member"))
        self.members_box.setTitle(self.tr("Members"))
        self.sessions_box.setTitle(self.tr("Sessions of the community"))

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        kept = self.current_id()
        with self._db.read() as session:
            rows = communities.list_communities(session)
        self.model.set_rows(rows)
        self.select(kept)
        self._selection_changed()

    def current_row(self) -> CommunityRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select(self, community_id: int | None) -> None:
        row = self.model.row_of(community_id) if community_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        community_id = self.current_id()
        if community_id is None:
            self.members_model.set_rows([])
            self.sessions_model.set_rows([])
        else:
            with self._db.read() as session:
                self.members_model.set_rows(communities.list_members(session, community_id))
                self.sessions_model.set_rows(communities.community_sessions(session, community_id))
        self._update_actions()

    def current_member_id(self) -> int | None:
        rows = self.members_table.selectionModel().selectedRows()
        return self.members_model.row_at(rows[0].row()).person_id if rows else None

    def _update_actions(self) -> None:
        selected = self.current_id() is not None
        for button in (self.edit_button, self.delete_button, self.add_member_button):
            button.setEnabled(selected)
        self.remove_member_button.setEnabled(selected and self.current_member_id() is not None)

    # --- actions ---------------------------------------------------------------------------------
    def add_community(self) -> CommunityDialog:
        return self._open(CommunityDialog(self._db, parent=self))

    def edit_community(self) -> CommunityDialog | None:
        community_id = self.current_id()
        return None if community_id is None else self._open(CommunityDialog(self._db, community_id, self))

    def _open(self, dialog: CommunityDialog) -> CommunityDialog:
        dialog.community_saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, community_id: int) -> None:
        self.refresh()
        self.select(community_id)
        self.status_message.emit(self.tr("Community saved."))

    def delete_community(self) -> None:
        row = self.current_row()
        if row is None:
            return
        text = self.tr("Delete the community “%1”? Its past sessions stay in the calendar.").replace("%1", row.name)
        if QMessageBox.question(self, self.tr("Delete a community"), text) != QMessageBox.StandardButton.Yes:
            return
        if self._write(self.tr("Delete a community"), lambda s: communities.delete_community(s, row.id)):
            self.refresh()
            self.status_message.emit(self.tr("Community deleted."))

    def pick_member(self) -> MemberPickerDialog | None:
        if self.current_id() is None:
            return None
        dialog = MemberPickerDialog(self._db, self)
        dialog.person_chosen.connect(self.add_member)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_member(self, person_id: int) -> bool:
        community_id = self.current_id()
        if community_id is None:
            return False
        done = self._write(self.tr("Add a member"), lambda s: communities.add_members(s, community_id, [person_id]))
        if done:
            self.refresh()
            self.status_message.emit(self.tr("Member added."))
        return done

    def remove_member(self) -> bool:
        community_id, person_id = self.current_id(), self.current_member_id()
        if community_id is None or person_id is None:
            return False
        done = self._write(self.tr("Remove a member"),
                           lambda s: communities.remove_members(s, community_id, [person_id]))
        if done:
            self.refresh()
            self.status_message.emit(self.tr("Member removed."))
        return done

    def _write(self, title: str, work: Callable[[Session], object]) -> bool:
        """Run `work(session)` in a transaction; a refusal is shown, not raised."""
        try:
            with self._db.transaction() as session:
                work(session)
        except ServiceError as error:
            QMessageBox.warning(self, title, service_error_text(error))
            return False
        return True
