"""The Sessions view: the calendar of knowledge-sharing sessions with filters, actions and the detail panel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import SessionFormat, SessionStatus
from learnorg_desktop.gui.dialogs.form_dialog import to_date
from learnorg_desktop.gui.dialogs.session_dialog import SessionDialog
from learnorg_desktop.gui.dialogs.session_people_dialogs import InviteDialog, ReassessDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.session_labels import format_label, session_status_label
from learnorg_desktop.gui.models.session_models import SessionsModel
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.gui.widgets.session_panel import SessionPanel
from learnorg_desktop.services import organisation, session_attendance, session_calendar, sessions, skills
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.session_calendar import SessionQuery, SessionRow
from learnorg_desktop.storage.database import Database

MONTHS_BEFORE, MONTHS_AFTER = 3, 6


class SessionsView(LazyView):
    """Sessions from 3 months ago to 6 months ahead by default; `status_message` for the status bar."""

    status_message = Signal(str)
    sessions_changed = Signal()
    undoable = Signal(object)  # an UndoableEdit from the session panel, for the window's undo stack

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = SessionsModel(self)
        self.panel = SessionPanel(db, self)
        self.panel.undoable.connect(self.undoable)
        self.panel.session_changed.connect(lambda _id: self._changed(self.tr("Saved.")))
        self.panel.failed.connect(self._warn)
        self._build_filters()
        self._build_buttons()
        self._build_table()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setSizes([600, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addLayout(self.actions)
        layout.addWidget(splitter, 1)
        self.retranslate()
        # No query here: LazyView refreshes on first show, so start-up stays fast.

    # --- layout ------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addMonths(-MONTHS_BEFORE), calendarPopup=True)
        self.to_edit = QDateEdit(today.addMonths(MONTHS_AFTER), calendarPopup=True)
        self.office_combo, self.skill_combo = QComboBox(), QComboBox()
        self.format_combo, self.status_combo = QComboBox(), QComboBox()
        self.office_combo.addItem("", None)
        self.skill_combo.addItem("", None)
        self.format_combo.addItem("", None)
        for fmt in SessionFormat:
            self.format_combo.addItem("", fmt.value)
        self.status_combo.addItem("", None)
        for status in SessionStatus:
            self.status_combo.addItem("", status.value)
        self.from_label, self.to_label, self.count_label = QLabel(), QLabel(), QLabel()
        self.filters = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit, self.office_combo,
                       self.skill_combo, self.format_combo, self.status_combo, self.count_label):
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.invalidate())
        for combo in (self.office_combo, self.skill_combo, self.format_combo, self.status_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(220)  # long skill names would push the rest off the screen
            combo.currentIndexChanged.connect(lambda _i: self.invalidate())

    def _build_buttons(self) -> None:
        self.new_button, self.edit_button, self.held_button = QPushButton(), QPushButton(), QPushButton()
        self.cancel_button, self.invite_button = QPushButton(), QPushButton()
        self.reassess_button, self.print_button = QPushButton(), QPushButton()
        slots = ((self.new_button, self.new_session), (self.edit_button, self.edit_session),
                 (self.held_button, self.mark_held), (self.cancel_button, self.cancel_session),
                 (self.invite_button, self.invite), (self.reassess_button, self.reassess),
                 (self.print_button, self.print_attendance))
        self.actions = QHBoxLayout()
        for button, slot in slots:
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.actions.addWidget(button)
        self.actions.addStretch(1)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((115, 230, 120, 70, 150, 150, 80)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_session())

    def retranslate(self) -> None:
        self.from_edit.setAccessibleName(self.tr("Period start"))
        self.to_edit.setAccessibleName(self.tr("Period end"))
        self.table.setAccessibleName(self.tr("Sessions"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.office_combo.setItemText(0, self.tr("All offices"))
        self.skill_combo.setItemText(0, self.tr("All skills"))
        self.format_combo.setItemText(0, self.tr("All formats"))
        for index, fmt in enumerate(SessionFormat, start=1):
            self.format_combo.setItemText(index, format_label(fmt))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index, status in enumerate(SessionStatus, start=1):
            self.status_combo.setItemText(index, session_status_label(status))
        texts = (self.tr("New session…"), self.tr("Edit…"), self.tr("Mark held"), self.tr("Cancel session"),
                 self.tr("Invite…"), self.tr("Re-assess attendees…"), self.tr("Print attendance sheet…"))
        for button, text in zip((self.new_button, self.edit_button, self.held_button, self.cancel_button,
                                 self.invite_button, self.reassess_button, self.print_button), texts, strict=True):
            button.setText(text)
        self.count_label.setText(self.tr("%n session(s)", "", self.model.rowCount()))
        self.panel.retranslate()

    # --- data --------------------------------------------------------------------------------
    def query(self) -> SessionQuery:
        fmt, status = self.format_combo.currentData(), self.status_combo.currentData()
        return SessionQuery(
            start=to_date(self.from_edit.date()), end=to_date(self.to_edit.date()),
            office_id=self.office_combo.currentData(), skill_id=self.skill_combo.currentData(),
            formats=frozenset({SessionFormat(fmt)}) if fmt else frozenset(),
            statuses=frozenset({SessionStatus(status)}) if status else frozenset(),
        )

    def refresh(self) -> None:
        db, query = self._db, self.query()
        self.load(lambda: _read_all(db, query), self._loaded)

    def _loaded(self, result: tuple[list[Any], list[Any], list[SessionRow]]) -> None:
        offices, skill_rows, rows = result
        _fill(self.office_combo, [(f"{o.code} – {o.name}", o.id) for o in offices])
        _fill(self.skill_combo, [(s.name, s.id) for s in skill_rows])
        kept = self.current_session_id()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n session(s)", "", len(rows)))
        if kept is None or not self.select_session(kept):
            self.panel.show_session(None)
            self._update_enabled()

    def current_row(self) -> SessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def current_session_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _selection_changed(self) -> None:
        self.panel.show_session(self.current_session_id())
        self._update_enabled()

    def _update_enabled(self) -> None:
        row = self.current_row()
        status = row.status if row is not None else None
        for button in (self.edit_button, self.invite_button, self.print_button):
            button.setEnabled(row is not None)
        self.held_button.setEnabled(status is SessionStatus.PLANNED)
        self.cancel_button.setEnabled(status is not None and status is not SessionStatus.CANCELLED)
        self.reassess_button.setEnabled(status is SessionStatus.HELD)
        self.invite_button.setEnabled(status is not None and status is not SessionStatus.CANCELLED)

    def _changed(self, message: str) -> None:
        self.invalidate()
        self.sessions_changed.emit()
        self.status_message.emit(message)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Knowledge sharing"), text)

    # --- actions -------------------------------------------------------------------------------
    def _open(self, dialog: Any) -> Any:
        """Show a dialog window-modal without blocking; it is returned so callers (and tests) can drive it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def session_dialog(self, session_id: int | None = None, draft: Any = None) -> SessionDialog:
        dialog = SessionDialog(self._db, session_id, draft=draft, parent=self)
        dialog.session_saved.connect(self._saved)
        return self._open(dialog)

    def _saved(self, session_id: int) -> None:
        self.sessions_changed.emit()
        self.status_message.emit(self.tr("Session saved."))
        self.pending_select(session_id)

    def pending_select(self, session_id: int) -> None:
        """Select `session_id` once the list reloaded (it is reloaded in the background)."""
        def select(result: Any) -> None:
            self._loaded(result)
            self.select_session(session_id)

        db, query = self._db, self.query()
        self.load(lambda: _read_all(db, query), select)

    def new_session(self) -> SessionDialog:
        return self.session_dialog()

    def edit_session(self) -> SessionDialog | None:
        session_id = self.current_session_id()
        return self.session_dialog(session_id) if session_id is not None else None

    def _set_status(self, status: SessionStatus, question: str) -> bool:
        session_id = self.current_session_id()
        if session_id is None or QMessageBox.question(self, self.tr("Knowledge sharing"), question) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self._db.transaction() as session:
                sessions.set_status(session, session_id, status, datetime.now().astimezone())
        except ServiceError as error:
            self._warn(service_error_text(error))
            return False
        self.panel.show_session(session_id)
        self._changed(self.tr("Session updated."))
        return True

    def mark_held(self) -> bool:
        return self._set_status(SessionStatus.HELD, self.tr("Mark this session as held?"))

    def cancel_session(self) -> bool:
        return self._set_status(SessionStatus.CANCELLED, self.tr(
            "Cancel this session? The needs it had planned go back to open."))

    def invite(self) -> InviteDialog | None:
        session_id = self.current_session_id()
        if session_id is None:
            return None
        dialog = InviteDialog(self._db, session_id, self)
        dialog.saved.connect(lambda: self._after_people(session_id, self.tr("People invited: %1.").replace(
            "%1", str(dialog.added))))
        return self._open(dialog)

    def reassess(self) -> ReassessDialog | None:
        session_id = self.current_session_id()
        if session_id is None:
            return None
        dialog = ReassessDialog(self._db, session_id, self)
        dialog.saved.connect(lambda: self._after_people(session_id, self.tr("Levels recorded; needs met: %1.")
                                                        .replace("%1", str(dialog.met_needs))))
        return self._open(dialog)

    def _after_people(self, session_id: int, message: str) -> None:
        self.panel.show_session(session_id)
        self._changed(message)

    def print_attendance(self) -> Path | None:
        row = self.current_row()
        if row is None:
            return None
        default = str(Path.home() / f"{row.title} – {row.starts_at.astimezone():%Y-%m-%d}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print attendance sheet"), default, self.tr("PDF (*.pdf)"))
        if not path:
            return None
        return self.write_attendance(Path(path) if path.endswith(".pdf") else Path(path + ".pdf"))

    def write_attendance(self, path: Path) -> Path:
        """Write the selected session's attendance sheet (a page or two: fast enough on the UI thread)."""
        from learnorg_desktop.gui.printing.attendance_pdf import write_attendance_pdf

        row = self.current_row()
        assert row is not None
        with self._db.read() as session:
            people = session_attendance.list_attendance(session, row.id)
            name = organisation.organisation_name(session)
        written = write_attendance_pdf(row, people, path, name)
        self.status_message.emit(self.tr("Written to %1").replace("%1", str(written)))
        return written

    def plan_from_need(self, need_id: int, starts_at: datetime) -> SessionDialog | None:
        """The session dialog pre-filled from an open need; saving invites the people with that need."""
        from learnorg_desktop.services import session_planning

        try:
            with self._db.read() as session:
                draft = session_planning.draft_from_need(session, need_id, starts_at, date.today())
        except ServiceError as error:
            self._warn(service_error_text(error))
            return None
        return self.session_dialog(draft=draft)


def _read_all(db: Database, query: SessionQuery) -> tuple[list[Any], list[Any], list[SessionRow]]:
    with db.read() as session:
        return (organisation.list_offices(session), skills.list_skills(session),
                session_calendar.list_sessions(session, query))


def _fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace a filter's choices (after its "All …" entry), keeping the current one."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
