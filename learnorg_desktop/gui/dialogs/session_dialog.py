"""Plan or edit a knowledge-sharing session; also the pre-filled form of "plan a session from a need"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import SessionFormat
from learnorg_desktop.gui.dialogs.conflict import Edited, offer_reload
from learnorg_desktop.gui.dialogs.form_dialog import FormDialog
from learnorg_desktop.gui.models.session_labels import format_label, from_qdatetime, to_qdatetime
from learnorg_desktop.gui.widgets.person_picker import PersonPicker
from learnorg_desktop.services import communities, organisation, session_calendar, session_planning, sessions, skills
from learnorg_desktop.services.errors import ConflictError, ServiceError
from learnorg_desktop.services.session_planning import NeedDraft
from learnorg_desktop.services.sessions import CAPACITY_MAX, DURATION_MAX, SessionInput
from learnorg_desktop.storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from learnorg_desktop.services.session_calendar import SessionRow
    from learnorg_desktop.services.sessions import SessionRecord

ID_ROLE = 256  # Qt.UserRole


def _spin(minimum: int, maximum: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setValue(value)
    return spin


class HostsEditor(QWidget):
    """The chosen hosts (a short list) and a person picker to add more."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(70)
        self.picker = PersonPicker(db, self)
        self.picker.setFixedHeight(120)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self._add_current)
        self.remove_button.clicked.connect(lambda: [self.chosen.takeItem(self.chosen.row(i))
                                                    for i in self.chosen.selectedItems()])
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.chosen, 1)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add →"))
        self.remove_button.setText(self.tr("← Remove"))

    def add(self, person_id: int, name: str) -> None:
        if person_id not in self.host_ids():
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, person_id)
            self.chosen.addItem(item)

    def _add_current(self) -> None:
        person_id = self.picker.current_person_id()
        if person_id is not None:
            index = self.picker.list_view.currentIndex()
            self.add(person_id, str(self.picker.model.data(index)))

    def host_ids(self) -> tuple[int, ...]:
        return tuple(self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count()))


class SessionDialog(FormDialog):
    """The session form; `session_saved(id)` once committed. With a `draft`, saving creates it with its invitations."""

    session_saved = Signal(int)

    def __init__(self, db: Database, session_id: int | None = None, *, draft: NeedDraft | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._session_id, self._draft, self._version = db, session_id, draft, None
        with db.read() as session:
            offices = organisation.list_offices(session)
            skill_rows = skills.list_skills(session)
            community_rows = communities.list_communities(session)
            record = sessions.get_record(session, session_id) if session_id is not None else None
            row = session_calendar.get_row(session, session_id) if session_id is not None else None
        self._build_widgets(offices, skill_rows, community_rows, db)
        self._build_form()
        self.retranslate()
        if record is not None and row is not None:
            self._show_stored(record, row)
        elif draft is not None:
            self._load(draft.data, {t.person_id: t.person for t in draft.suggested_hosts})
        self._format_changed()
        self.resize(640, self.sizeHint().height())

    def _build_widgets(self, offices: list, skill_rows: list, community_rows: list, db: Database) -> None:
        self.title_edit, self.place_edit, self.link_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.external_edit = QLineEdit()
        self.format_combo = QComboBox()
        for fmt in SessionFormat:
            self.format_combo.addItem(format_label(fmt), fmt.value)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._format_changed())
        start = QDateTime(QDateTime.currentDateTime().date().addDays(7), QTime(14, 0))
        self.starts_edit = QDateTimeEdit(start, calendarPopup=True)
        self.duration_spin, self.online_spin = _spin(1, DURATION_MAX, 60), _spin(0, DURATION_MAX, 0)
        self.duration_spin.valueChanged.connect(lambda _v: self._format_changed())
        self.capacity_spin = _spin(0, CAPACITY_MAX, 0)  # 0 shows "no limit"
        self.office_combo, self.community_combo = QComboBox(), QComboBox()
        self.office_combo.addItem("", None)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        self.community_combo.addItem("", None)
        for community in community_rows:
            self.community_combo.addItem(community.name, community.id)
        self.skills_list = QListWidget()
        self.skills_list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.skills_list.setMaximumHeight(90)
        for skill in skill_rows:
            item = QListWidgetItem(skill.name)
            item.setData(ID_ROLE, skill.id)
            self.skills_list.addItem(item)
        self.hosts = HostsEditor(db)  # no parent yet: Tab reaches it in its row's turn, not first
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(60)
        self.invitees_label = QLabel()
        self.invitees_label.setWordWrap(True)

    def _build_form(self) -> None:
        rows = (
            (self.title_edit, "title"), (self.format_combo, "format"), (self.starts_edit, "starts_at"),
            (self.duration_spin, "duration_minutes"), (self.online_spin, "online_minutes"),
            (self.place_edit, "place"), (self.link_edit, "online_link"), (self.capacity_spin, "capacity"),
            (self.office_combo, "office_id"), (self.community_combo, "community_id"),
            (self.skills_list, "skill_ids"), (self.hosts, "host_ids"), (self.external_edit, "external_host"),
            (self.description_edit, "description"),
        )
        self._labels = [QLabel() for _ in rows]
        for label, (widget, field) in zip(self._labels, rows, strict=True):
            self.add_row(label, widget, field)
        if self._draft is not None:
            self.form.addRow(self.invitees_label)
        self.finish_layout()

    def retranslate(self) -> None:
        if self._draft is not None:
            self.setWindowTitle(self.tr("Plan a session for a need"))
        else:
            self.setWindowTitle(self.tr("New session") if self._session_id is None else self.tr("Edit the session"))
        texts = (self.tr("&Title:"), self.tr("&Format:"), self.tr("&Starts on:"), self.tr("&Duration (minutes):"),
                 self.tr("&Online part (minutes):"), self.tr("&Place:"), self.tr("Video-call &link:"),
                 self.tr("Sea&ts:"), self.tr("&Office:"), self.tr("Co&mmunity:"), self.tr("S&kills:"),
                 self.tr("&Hosts:"), self.tr("&Outside host:"), self.tr("D&escription:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.capacity_spin.setSpecialValueText(self.tr("no limit"))
        self.office_combo.setItemText(0, self.tr("(whole organisation)"))
        self.community_combo.setItemText(0, self.tr("(none)"))
        self.link_edit.setPlaceholderText("https://…")
        self.external_edit.setPlaceholderText(self.tr("A partner's name, if they host"))
        self.hosts.retranslate()
        if self._draft is not None:
            self.invitees_label.setText(self.tr("Saving also invites %n people with this need and marks their "
                                                "needs as planned.", "", len(self._draft.invitees)))

    def _format_changed(self) -> None:
        """Online minutes only mean something for a blended session; an online module is online throughout."""
        fmt = SessionFormat(self.format_combo.currentData())
        self.online_spin.setEnabled(fmt is SessionFormat.BLENDED)
        if fmt is SessionFormat.ONLINE_MODULE:
            self.online_spin.setValue(self.duration_spin.value())
        elif fmt is not SessionFormat.BLENDED:
            self.online_spin.setValue(0)

    def _load(self, data: SessionInput, host_names: dict[int, str]) -> None:
        self.title_edit.setText(data.title)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(SessionFormat(data.format).value), 0))
        self.starts_edit.setDateTime(to_qdatetime(data.starts_at).toLocalTime())
        self.duration_spin.setValue(data.duration_minutes)
        self.online_spin.setValue(data.online_minutes)
        self.place_edit.setText(data.place)
        self.link_edit.setText(data.online_link)
        self.capacity_spin.setValue(data.capacity or 0)
        self.office_combo.setCurrentIndex(max(self.office_combo.findData(data.office_id), 0))
        self.community_combo.setCurrentIndex(max(self.community_combo.findData(data.community_id), 0))
        for index in range(self.skills_list.count()):
            item = self.skills_list.item(index)
            item.setSelected(item.data(ID_ROLE) in data.skill_ids)
        for person_id in data.host_ids:
            self.hosts.add(person_id, host_names.get(person_id, str(person_id)))
        self.external_edit.setText(data.external_host)
        self.description_edit.setPlainText(data.description)

    def _show_stored(self, record: SessionRecord, row: SessionRow) -> None:
        self._version = record.row_version
        self.hosts.chosen.clear()
        self._load(record.data, dict(zip(row.host_ids, row.hosts, strict=True)))

    def reload(self) -> None:
        """The stored session and its version back in the form (after a conflict), replacing what was typed."""
        if self._session_id is None:
            return
        try:
            with self._db.read() as session:
                record = sessions.get_record(session, self._session_id)
                row = session_calendar.get_row(session, self._session_id)
        except ServiceError as error:  # deleted meanwhile
            self.show_error(error)
            return
        self._show_stored(record, row)
        self._format_changed()
        self.last_error = None
        self.error_label.hide()

    def session_input(self) -> SessionInput:
        skill_ids = tuple(self.skills_list.item(i).data(ID_ROLE) for i in range(self.skills_list.count())
                          if self.skills_list.item(i).isSelected())
        return SessionInput(
            title=self.title_edit.text(), format=SessionFormat(self.format_combo.currentData()),
            starts_at=from_qdatetime(self.starts_edit.dateTime()), duration_minutes=self.duration_spin.value(),
            online_minutes=self.online_spin.value(), skill_ids=skill_ids, host_ids=self.hosts.host_ids(),
            external_host=self.external_edit.text(), place=self.place_edit.text(), online_link=self.link_edit.text(),
            capacity=self.capacity_spin.value() or None, description=self.description_edit.toPlainText(),
            office_id=self.office_combo.currentData(), community_id=self.community_combo.currentData(),
        )

    def save(self) -> None:
        data = self.session_input()
        try:
            sessions.validate_session(data)
            with self._db.transaction() as session:
                self._session_id = self._write(session, data)
        except ConflictError as error:
            offer_reload(self, Edited.SESSION, error, self.reload, self.show_error)
            return
        except ServiceError as error:
            self.show_error(error)
            return
        self.session_saved.emit(self._session_id)
        self.accept()

    def _write(self, session: Session, data: SessionInput) -> int:
        if self._draft is not None:
            return session_planning.create_from_draft(session, replace(self._draft, data=data), date.today())
        if self._session_id is None:
            return sessions.create_session(session, data)
        sessions.update_session(session, self._session_id, data, datetime.now().astimezone(),
                                expected_version=self._version)
        return self._session_id
