"""Add or edit a library resource: a file to copy, a link, or an entry's title, description and skills."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from learnorg_desktop.enums import ResourceKind
from learnorg_desktop.gui.dialogs.form_dialog import FormDialog
from learnorg_desktop.services import organisation, resources, skills
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.file_store import DocumentStore
from learnorg_desktop.services.resources import ResourceInput, ResourceRow
from learnorg_desktop.storage.database import Database


class ResourceDialog(FormDialog):
    """One form for three uses: a new file (`source`), a new link, or editing `resource_id`."""

    resource_saved = Signal(int)

    def __init__(self, db: Database, *, resource_id: int | None = None, source: Path | None = None,
                 store: DocumentStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._resource_id, self._source, self._store = db, resource_id, source, store
        with db.read() as session:
            self._existing: ResourceRow | None = (resources.get_resource(session, resource_id)
                                                  if resource_id is not None else None)
            skill_rows = skills.list_skills(session)
            self._office_id = organisation.local_office(session).id
        self.file_label, self.url_edit = QLabel(), QLineEdit()
        self.title_edit, self.description_edit = QLineEdit(), QPlainTextEdit()
        self.description_edit.setMaximumHeight(90)
        self.skills_list = QListWidget()
        self.skills_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row in skill_rows:
            item = QListWidgetItem(row.name, self.skills_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._build()
        self._fill()

    def _build(self) -> None:
        if self._source is not None:
            self.add_row(QLabel(self.tr("File:")), self.file_label)
            self.file_label.setText(self._source.name)
        elif self.is_link():
            self.add_row(QLabel(self.tr("&Address:")), self.url_edit, "url")
            self.url_edit.setPlaceholderText(self.tr("https://…, mailto:… or a file path on a shared drive"))
        self.add_row(QLabel(self.tr("&Title:")), self.title_edit, "title")
        self.add_row(QLabel(self.tr("&Description:")), self.description_edit, "description")
        self.add_row(QLabel(self.tr("&Skills:")), self.skills_list, "skill_ids")
        self.finish_layout()
        self.setMinimumWidth(520)

    def is_link(self) -> bool:
        existing = self._existing
        return self._source is None and (existing is None or existing.kind is ResourceKind.LINK)

    def _fill(self) -> None:
        existing = self._existing
        if existing is None:
            self.setWindowTitle(self.tr("Add a file") if self._source is not None else self.tr("Add a link"))
            if self._source is not None:
                self.title_edit.setText(self._source.stem)
            return
        self.setWindowTitle(self.tr("Edit a resource"))
        self.title_edit.setText(existing.title)
        self.description_edit.setPlainText(existing.description)
        self.url_edit.setText(existing.url)
        self.set_skill_ids(existing.skill_ids)

    def set_skill_ids(self, skill_ids: tuple[int, ...]) -> None:
        for index in range(self.skills_list.count()):
            item = self.skills_list.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in skill_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def skill_ids(self) -> tuple[int, ...]:
        items = (self.skills_list.item(i) for i in range(self.skills_list.count()))
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def form_input(self) -> ResourceInput:
        existing = self._existing
        return ResourceInput(
            title=self.title_edit.text(), description=self.description_edit.toPlainText(),
            skill_ids=self.skill_ids(), session_ids=existing.session_ids if existing else (),
            office_id=existing.office_id if existing else self._office_id,
            added_by_id=existing.added_by_id if existing else None)

    def save(self) -> None:
        self.last_error = None
        try:
            with self._db.transaction() as session:
                resource_id = self._write(session)
        except ServiceError as error:
            self.show_error(error)
            return
        self.resource_saved.emit(resource_id)
        self.accept()

    def _write(self, session: Session) -> int:
        data = self.form_input()
        if self._resource_id is not None:
            url = self.url_edit.text() if self.is_link() else None
            resources.update_resource(session, self._resource_id, data, url=url)
            return self._resource_id
        if self._source is not None and self._store is not None:
            return resources.add_file(session, self._store, self._source, data).resource_id
        return resources.add_link(session, self.url_edit.text(), data)
