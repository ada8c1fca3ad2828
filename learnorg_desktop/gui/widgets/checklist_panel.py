"""One person's checklist: items to tick (who, when, comment), check-ins, hand-over notes, exports."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import ChecklistKind, PersonKind
from learnorg_desktop.gui import colours
from learnorg_desktop.gui.dialogs.person_dialog import to_date
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.onboarding_models import ChecklistItemsModel, format_date
from learnorg_desktop.gui.undo_edits import checklist_item_edit
from learnorg_desktop.paths import app_paths
from learnorg_desktop.services import onboarding_assign
from learnorg_desktop.services import onboarding_followup as followup
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.onboarding_followup import ChecklistDetail
from learnorg_desktop.storage.database import Database


class OnboardingSettings:
    """Typed access to the onboarding tab's remembered choices (UI state only)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        path = app_paths().data_dir / "ui-settings.ini"
        self._settings = settings or QSettings(str(path), QSettings.Format.IniFormat)

    def done_by(self) -> int | None:
        try:
            value = self._settings.value("onboarding/done_by")
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_done_by(self, person_id: int | None) -> None:
        self._settings.setValue("onboarding/done_by", "" if person_id is None else person_id)
        self._settings.sync()


class ChecklistPanel(QWidget):
    """Shows one checklist; `checklist_changed(id)` after any write so the list can refresh."""

    checklist_changed = Signal(int)
    export_requested = Signal(str)  # "pdf" or "xlsx"
    undoable = Signal(object)  # an UndoableEdit, for the window's undo stack

    def __init__(self, db: Database, settings: OnboardingSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings or OnboardingSettings()
        self.detail: ChecklistDetail | None = None
        self._versions: dict[int, list[int]] = {}  # item id -> the row version our last write left (undo)
        self.today = date.today()
        self.model = ChecklistItemsModel(self.today, self)
        self.model.toggle_requested.connect(self.set_done)
        self._build()
        self.retranslate()
        self.reload_people()
        self.show_checklist(None)
        colours.follow_palette(self, self._show_fact_line)  # the overdue count in the scheme's red

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label, self.facts_label = QLabel(), QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.facts_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setFormat("%v / %m")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, 270), (2, 85), (3, 140), (4, 85), (5, 130)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.done_by_combo = QComboBox()
        self.done_by_combo.currentIndexChanged.connect(
            lambda _i: self._settings.set_done_by(self.done_by_combo.currentData()))
        self.comment_edit = QLineEdit()
        self.done_button, self.undo_button, self.comment_button = QPushButton(), QPushButton(), QPushButton()
        self.done_button.clicked.connect(lambda: self._toggle_current(True))
        self.undo_button.clicked.connect(lambda: self._toggle_current(False))
        self.comment_button.clicked.connect(self.save_comment)
        self.pdf_button, self.excel_button = QPushButton(), QPushButton()
        self.pdf_button.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.excel_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self._done_by_label, self._comment_label = QLabel(), QLabel()
        tick = QHBoxLayout()
        for widget in (self._done_by_label, self.done_by_combo, self._comment_label):
            tick.addWidget(widget)
        tick.addWidget(self.comment_edit, 1)
        for button in (self.done_button, self.undo_button, self.comment_button):
            tick.addWidget(button)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.pdf_button)
        head.addWidget(self.excel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(tick)
        layout.addWidget(self._build_checkins())
        layout.addWidget(self._build_handover())

    def _build_checkins(self) -> QGroupBox:
        self.checkins_box = QGroupBox()
        self.checkin_day_combo, self.rating_combo = QComboBox(), QComboBox()
        for day in onboarding_assign.CHECKIN_DAYS:
            self.checkin_day_combo.addItem("", day)
        self.rating_combo.addItem("–", None)
        for rating in range(1, 6):
            self.rating_combo.addItem("★" * rating, rating)
        self.checkin_date = QDateEdit(QDate.currentDate())
        self.checkin_date.setCalendarPopup(True)
        self.checkin_comment = QLineEdit()
        self.checkin_button = QPushButton()
        self.checkin_button.clicked.connect(self.save_checkin)
        self.checkins_label = QLabel()
        self.checkins_label.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.checkin_day_combo, self.rating_combo, self.checkin_date):
            row.addWidget(widget)
        row.addWidget(self.checkin_comment, 1)
        row.addWidget(self.checkin_button)
        box = QVBoxLayout(self.checkins_box)
        box.addWidget(self.checkins_label)
        box.addLayout(row)
        return self.checkins_box

    def _build_handover(self) -> QGroupBox:
        self.handover_box = QGroupBox()
        self.handover_edit = QPlainTextEdit()
        self.handover_edit.setMaximumHeight(80)
        self.handover_edit.setTabChangesFocus(True)  # Tab moves on; no tab characters in notes
        self.handover_button = QPushButton()
        self.handover_button.clicked.connect(self.save_handover)
        box = QVBoxLayout(self.handover_box)
        box.addWidget(self.handover_edit)
        box.addWidget(self.handover_button)
        return self.handover_box

    def retranslate(self) -> None:
        self.comment_edit.setAccessibleName(self.tr("Comment on the selected item"))
        self.table.setAccessibleName(self.tr("Checklist items"))
        self._done_by_label.setText(self.tr("Done by:"))
        self._comment_label.setText(self.tr("Comment:"))
        self.comment_edit.setPlaceholderText(self.tr("optional"))
        self.done_button.setText(self.tr("Mark &done"))
        self.undo_button.setText(self.tr("Mark &not done"))
        self.comment_button.setText(self.tr("Save co&mment"))
        self.pdf_button.setText(self.tr("&Print to PDF…"))
        self.excel_button.setText(self.tr("E&xport to Excel…"))
        self.checkins_box.setTitle(self.tr("Newcomer check-ins"))
        for i in range(self.checkin_day_combo.count()):
            self.checkin_day_combo.setItemText(i, self.tr("Day %1").replace(
                "%1", str(self.checkin_day_combo.itemData(i))))
        self.checkin_comment.setPlaceholderText(self.tr("What the newcomer says"))
        self.checkin_button.setText(self.tr("Save check-in"))
        self.handover_box.setTitle(self.tr("Hand-over notes: what the person knew, documents, to whom"))
        self.handover_button.setText(self.tr("Save notes"))
        self._show_facts()

    # --- data --------------------------------------------------------------------------------
    def reload_people(self) -> None:
        """Active staff (then everyone active) to pick "done by" from; the last choice is remembered."""
        with self._db.read() as session:
            staff = onboarding_assign.people_choices(session, self.today, kinds=frozenset({PersonKind.STAFF}))
            choices = staff or onboarding_assign.people_choices(session, self.today)
        remembered = self._settings.done_by()
        self.done_by_combo.blockSignals(True)
        self.done_by_combo.clear()
        for person in choices:
            self.done_by_combo.addItem(person.name, person.id)
        self.done_by_combo.setCurrentIndex(max(self.done_by_combo.findData(remembered), 0))
        self.done_by_combo.blockSignals(False)

    def show_checklist(self, checklist_id: int | None) -> None:
        self.today = self.model.today = date.today()
        if checklist_id is None:
            self.detail = None
        else:
            with self._db.read() as session:
                self.detail = followup.get_checklist(session, checklist_id)
        self.model.set_rows(list(self.detail.items) if self.detail else [])
        self.setEnabled(self.detail is not None)
        self._show_facts()
        self._selection_changed()

    def _show_facts(self) -> None:
        d = self.detail
        if d is None:
            self.title_label.setText(self.tr("Select a checklist"))
            self.facts_label.setText("")
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            self.checkins_label.setText("")
            return
        version = f" (v{d.template_version})" if d.template_version else ""
        self.title_label.setText(f"{d.person} – {d.template_name}{version}")
        self._show_fact_line()
        self.progress_bar.setRange(0, max(d.total, 1))
        self.progress_bar.setValue(d.done)
        lines = [self.tr("Day %1: %2").replace("%1", str(c.day)).replace(
            "%2", ("★" * c.rating + f" {c.comment}".rstrip()) if c.rating else (c.comment or "–"))
            for c in d.checkins]
        self.checkins_label.setText(" · ".join(lines))
        self.checkins_box.setVisible(d.kind is ChecklistKind.ONBOARDING)
        self.handover_box.setVisible(d.kind is ChecklistKind.OFFBOARDING)
        self.handover_edit.setPlainText(d.handover_notes)

    def _show_fact_line(self) -> None:
        """Office, buddy, start and the overdue count in red; redrawn alone when the colour scheme changes."""
        d = self.detail
        if d is None:
            return
        facts = [self.tr("Office: %1").replace("%1", d.office_code or "–"),
                 self.tr("Buddy: %1").replace("%1", d.buddy or "–"),
                 self.tr("Started on %1").replace("%1", format_date(d.started_on))]
        overdue = d.overdue(self.today)
        if overdue:
            late = self.tr("%n overdue", "", overdue)  # outside the f-string, where lupdate can see it
            facts.append(f"<span style='color:{colours.overdue_text().name()}'><b>⚠ {late}</b></span>")
        self.facts_label.setText(" · ".join(facts))

    def current_item(self) -> followup.ItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        item = self.current_item()
        self.done_button.setEnabled(item is not None and not item.done)
        self.undo_button.setEnabled(item is not None and item.done)
        self.comment_button.setEnabled(item is not None)
        self.comment_edit.setText(item.comment if item else "")

    # --- writing -----------------------------------------------------------------------------
    def _write(self, title: str, action: object) -> bool:
        assert self.detail is not None
        selected = self.current_item()
        try:
            with self._db.transaction() as session:
                action(session)  # type: ignore[operator]
        except ServiceError as error:
            QMessageBox.warning(self, title, service_error_text(error))
            return False
        checklist_id = self.detail.id
        self.show_checklist(checklist_id)
        if selected is not None:
            row = self.model.row_of_id(selected.id)
            if row is not None:
                self.table.selectRow(row)
        self.checklist_changed.emit(checklist_id)
        return True

    def _toggle_current(self, done: bool) -> None:
        item = self.current_item()
        if item is not None:
            self.set_done(item.id, done)

    def set_done(self, item_id: int, done: bool) -> bool:
        """Tick (recording who, now in UTC, and the comment) or untick an item; either can be undone."""
        if not done:
            return self._undoable(item_id, self.tr("Mark not done"), lambda s: followup.uncheck_item(s, item_id))
        who = self.done_by_combo.currentData()
        if who is None:
            QMessageBox.warning(self, self.tr("Mark done"), self.tr("Choose who did it first."))
            return False
        self._settings.set_done_by(who)
        comment = self.comment_edit.text() if self._is_current(item_id) else None
        now = datetime.now(UTC)
        return self._undoable(item_id, self.tr("Mark done"),
                              lambda s: followup.check_item(s, item_id, who, now, comment))

    def _undoable(self, item_id: int, title: str, action: object) -> bool:
        """Write, then hand the window's undo stack what the item was and what it is now."""
        row = self.model.row_of_id(item_id)
        before = self.model.row_at(row) if row is not None else None
        if not self._write(title, action):
            return False
        row = self.model.row_of_id(item_id)
        if before is not None and row is not None and self.detail is not None:
            checklist_id, after = self.detail.id, self.model.row_at(row)
            version = self._versions.setdefault(item_id, [0])
            version[0] = after.row_version
            self.undoable.emit(checklist_item_edit(self._db, title, before, after, version,
                                                   lambda: self.reload_after_undo(checklist_id)))
        return True

    def reload_after_undo(self, checklist_id: int) -> None:
        """An undo or redo wrote this checklist: show it again if it is still the one shown."""
        if self.detail is not None and self.detail.id == checklist_id:
            selected = self.current_item()
            self.show_checklist(checklist_id)
            row = self.model.row_of_id(selected.id) if selected is not None else None
            if row is not None:
                self.table.selectRow(row)
        self.checklist_changed.emit(checklist_id)

    def _is_current(self, item_id: int) -> bool:
        item = self.current_item()
        return item is not None and item.id == item_id

    def save_comment(self) -> None:
        item = self.current_item()
        if item is not None:
            text = self.comment_edit.text()
            self._undoable(item.id, self.tr("Save comment"), lambda s: followup.set_item_comment(s, item.id, text))

    def save_checkin(self) -> None:
        if self.detail is None:
            return
        checklist_id, day = self.detail.id, self.checkin_day_combo.currentData()
        rating, comment = self.rating_combo.currentData(), self.checkin_comment.text()
        held = to_date(self.checkin_date.date())
        if self._write(self.tr("Save check-in"),
                       lambda s: followup.record_checkin(s, checklist_id, day, rating, comment, held)):
            self.checkin_comment.clear()

    def save_handover(self) -> None:
        if self.detail is not None:
            checklist_id, notes = self.detail.id, self.handover_edit.toPlainText()
            self._write(self.tr("Save notes"), lambda s: followup.set_handover_notes(s, checklist_id, notes))
