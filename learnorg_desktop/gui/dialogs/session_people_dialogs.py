"""Dialogs over a session's people: invite them (by office, by need, by hand) and re-assess attendees."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.dialogs.session_dialog import ID_ROLE, HostsEditor
from learnorg_desktop.gui.errors import service_error_text, storage_error_text
from learnorg_desktop.gui.models.session_models import LEVEL, ReassessLine, ReassessModel
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.gui.widgets.spin_delegate import SpinDelegate
from learnorg_desktop.services import organisation, session_attendance, session_calendar, session_outcomes
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database


class _ErrorDialog(QDialog):
    """OK/Cancel and a red error line; subclasses write in `save()` and emit `saved`."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_error: ServiceError | None = None
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.save)

    def save(self) -> None:
        """OK pressed: each dialog writes through its service, emits `saved` and accepts."""
        self.accept()

    def show_error(self, error: ServiceError) -> None:
        self.last_error = error
        self.error_label.setText(service_error_text(error))
        self.error_label.show()


class InviteDialog(_ErrorDialog):
    """Invite a whole office, people with an open need on the session's skills, or people picked by hand."""

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._session_id = db, session_id
        self.added = 0
        self.task: Task | None = None  # the invitations being written
        with db.read() as session:
            offices = organisation.list_offices(session)
            candidates = session_attendance.need_candidates(session, session_id)
        self.office_combo = QComboBox()
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        self.needs_list = QListWidget()
        for need in candidates:
            item = QListWidgetItem(f"{need.person or ''} – {need.subject}")
            item.setData(ID_ROLE, need.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.needs_list.addItem(item)
        self.people = HostsEditor(db, self)
        self.pages = QTabWidget()
        for widget in (self.office_combo, self.needs_list, self.people):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(widget)
            if widget is self.office_combo:
                page_layout.addStretch(1)
            self.pages.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(620, 380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Invite people"))
        for index, text in enumerate((self.tr("A whole office"), self.tr("People with this need"),
                                      self.tr("By hand"))):
            self.pages.setTabText(index, text)
        self.people.retranslate()

    def checked_need_ids(self) -> list[int]:
        return [self.needs_list.item(i).data(ID_ROLE) for i in range(self.needs_list.count())
                if self.needs_list.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        """Invite in the background: a whole office is thousands of people (seconds), and Cancel writes nothing."""
        if self.task is not None:
            return
        db, session_id, today, page = self._db, self._session_id, date.today(), self.pages.currentIndex()
        office_id, need_ids, people = self.office_combo.currentData(), self.checked_need_ids(), self.people.host_ids()

        def work(progress: Progress) -> session_attendance.InviteResult:
            with db.transaction() as session:
                if page == 0:
                    return session_attendance.invite_office(session, session_id, office_id, today, progress=progress)
                if page == 1:
                    return session_attendance.invite_for_needs(session, session_id, need_ids, today)
                return session_attendance.invite(session, session_id, people, progress=progress)

        self.error_label.hide()
        self.task = run_with_progress(self, self.tr("Inviting…"), work, self._invited, self._failed, self._cancelled)

    def _invited(self, result: session_attendance.InviteResult) -> None:
        self.task = None
        self.added = len(result.added)
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, ServiceError):
            self.show_error(error)
            return
        self.error_label.setText(storage_error_text(error) or self.tr(
            "Nobody was invited: something went wrong (details are in the log file)."))
        self.error_label.show()

    def _cancelled(self) -> None:
        self.task = None
        self.error_label.setText(self.tr("Cancelled: nobody was invited."))
        self.error_label.show()


class ReassessDialog(_ErrorDialog):
    """Each attendee's new level on each of the session's skills, and "need met" by the coordinator's judgement."""

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._session_id = db, session_id
        self.met_needs = 0
        with db.read() as session:
            row = session_calendar.get_row(session, session_id)
            present = [a for a in session_attendance.list_attendance(session, session_id) if a.attended]
        self.model = ReassessModel(self)
        self.model.set_rows([ReassessLine(a.person_id, a.person, skill_id, skill)
                             for a in present for skill_id, skill in zip(row.skill_ids, row.skills, strict=True)])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(LEVEL, SpinDelegate(0, 4, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 180)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(680, 400)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Re-assess attendees"))
        self.hint.setText(self.tr(
            "Give a new level where you re-assessed it (blank: none recorded). Needs reaching their target level "
            "are marked met; tick \"Confirm need met\" to close a need whatever the level."))

    def save(self) -> None:
        rows = [session_outcomes.ReassessInput(line.person_id, line.skill_id, line.level, line.confirmed)
                for line in self.model.rows() if line.level is not None or line.confirmed]
        try:
            with self._db.transaction() as session:
                result = session_outcomes.reassess(session, self._session_id, rows, date.today())
        except ServiceError as error:
            self.show_error(error)
            return
        self.met_needs = len(result.met_need_ids)
        self.saved.emit()
        self.accept()
