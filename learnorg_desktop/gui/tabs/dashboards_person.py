"""Individual follow-up: one person's skills over time, needs, sessions, feedback and onboarding; Excel export."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.charts.skills_timeline import TimelineTexts, lines_from, skills_timeline
from learnorg_desktop.enums import ChecklistKind
from learnorg_desktop.gui import colours
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.formatting import number, percent, ui_language
from learnorg_desktop.gui.models.labels import kind_label, status_label
from learnorg_desktop.gui.models.needs_models import NeedsModel
from learnorg_desktop.gui.models.rows_model import RowsModel, short_date
from learnorg_desktop.gui.models.session_labels import format_label
from learnorg_desktop.gui.models.skill_labels import level_label, yes_no
from learnorg_desktop.gui.tabs.needs_person import make_table
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.gui.widgets.chart_view import ChartView
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.gui.widgets.person_picker import PersonPicker
from learnorg_desktop.reports.person_review_sheet import write_person_review
from learnorg_desktop.services import person_review
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.person_review import (
    ChecklistProgress,
    FeedbackLine,
    PersonReview,
    SessionLine,
    SkillHistory,
)
from learnorg_desktop.services.session_hours import hours
from learnorg_desktop.storage.database import Database

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate only sees translate("Context", "text") calls
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
MAX_VISIBLE_ROWS = 8  # taller tables scroll inside: the page stays readable at 1366×768
MAX_COLUMN_WIDTH = 300


class SkillsReviewModel(RowsModel):
    """Current level per skill against the role's expected level; gaps on a light red, expired greyed."""

    def row_id(self, row: SkillHistory) -> int:
        return row.skill_id

    def headers(self) -> Sequence[str]:
        return (translate("PersonReview", "Skill"), translate("PersonReview", "Current level"),
                translate("PersonReview", "Assessed on"), translate("PersonReview", "Expected by the role"),
                translate("PersonReview", "First level"), translate("PersonReview", "Assessments"))

    def cell(self, row: SkillHistory, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.below_target:
            return QBrush(colours.gap_background())  # the palette's text stays readable on it
        if role == Qt.ItemDataRole.ForegroundRole and row.expired and not row.below_target:
            return QBrush(colours.muted_text())
        if role == _TOOLTIP and row.expired:
            return translate("PersonReview", "Expired: this level no longer counts.")
        if role != _DISPLAY:
            return None
        return (row.skill, level_label(row.current_level), short_date(row.assessed_on), level_label(row.target_level),
                level_label(row.first_level), len(row.points))[column]


class SessionLinesModel(RowsModel):
    """Sessions attended or hosted, oldest first."""

    def row_id(self, row: SessionLine) -> tuple[int, bool]:
        return row.session_id, row.hosted

    def headers(self) -> Sequence[str]:
        return (translate("PersonReview", "Date"), translate("PersonReview", "Session"),
                translate("PersonReview", "Format"), translate("PersonReview", "Role"),
                translate("PersonReview", "Hours"), translate("PersonReview", "Skills"))

    def cell(self, row: SessionLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _TOOLTIP and column in (1, 5):  # long texts the column may cut
            return (row.title if column == 1 else ", ".join(row.skills)) or None
        if role != _DISPLAY:
            return None
        part = translate("PersonReview", "Host") if row.hosted else translate("PersonReview", "Participant")
        return (short_date(row.starts_at.astimezone().date()), row.title, format_label(row.format), part,
                number(hours(row.minutes), 1), ", ".join(row.skills))[column]


class FeedbackLinesModel(RowsModel):
    """Feedback given after sessions and whether it was applied weeks later."""

    def row_id(self, row: FeedbackLine) -> int:
        return row.session_id

    def headers(self) -> Sequence[str]:
        return (translate("PersonReview", "Session"), translate("PersonReview", "Given on"),
                translate("PersonReview", "Usefulness"), translate("PersonReview", "Quality"),
                translate("PersonReview", "Comment"), translate("PersonReview", "Applied"),
                translate("PersonReview", "Follow-up"))

    def cell(self, row: FeedbackLine, column: int, role: int) -> Any:
        if role == _TOOLTIP and column in (0, 4, 6):
            return ((row.session_title, "", "", "", row.comment, "", row.applied_comment)[column]) or None
        if role != _DISPLAY:
            return None
        applied = "" if row.applied is None else yes_no(row.applied)
        return (row.session_title, short_date(row.given_on), f"{row.usefulness}/5", f"{row.quality}/5", row.comment,
                applied, row.applied_comment)[column]


class ChecklistsProgressModel(RowsModel):
    """The person's onboarding and offboarding checklists with their progress."""

    def row_id(self, row: ChecklistProgress) -> int:
        return row.detail.id

    def headers(self) -> Sequence[str]:
        return (translate("PersonReview", "Checklist"), translate("PersonReview", "Kind"),
                translate("PersonReview", "Started on"), translate("PersonReview", "Progress"),
                translate("PersonReview", "Overdue"), translate("PersonReview", "Completed on"))

    def cell(self, row: ChecklistProgress, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.overdue:
            return QBrush(colours.overdue_text())
        if role != _DISPLAY:
            return None
        d = row.detail
        kind = translate("PersonReview", "Onboarding") if d.kind is ChecklistKind.ONBOARDING else translate(
            "PersonReview", "Offboarding")
        name = f"{d.template_name} (v{d.template_version})" if d.template_version else d.template_name
        progress = f"{row.done}/{row.total} ({percent(row.ratio)})"
        return (name, kind, short_date(d.started_on), progress, row.overdue or "", short_date(d.completed_on))[column]


def fit_rows(table: QTableView, rows: int, available_width: int) -> None:
    """Columns to their contents (capped) and the table to its rows, so the page scrolls rather than each table."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
    shown = max(1, min(rows, MAX_VISIBLE_ROWS))
    height = header.sizeHint().height() + shown * table.verticalHeader().defaultSectionSize()
    if header.length() > available_width:  # a horizontal scroll bar will take a row's room
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


class PersonView(LazyView):
    """Pick a person on the left; their follow-up on the right, loaded in the background."""

    status_message = Signal(str)
    navigate_requested = Signal(str)
    exported = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._person_id: int | None = None
        self.review: PersonReview | None = None
        self.export_task: Task | None = None
        self.picker = PersonPicker(db, self)
        self.picker.person_selected.connect(self.show_person)
        self.name_label, self.identity_label, self.figures_label = QLabel(), QLabel(), QLabel()
        self._bigger(self.name_label)
        for label in (self.identity_label, self.figures_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.ask_export)
        self.chart = ChartView("skills-over-time", self)
        self.skills_model, self.needs_model = SkillsReviewModel(self), NeedsModel(self)
        self.sessions_model, self.feedback_model = SessionLinesModel(self), FeedbackLinesModel(self)
        self.checklists_model = ChecklistsProgressModel(self)
        self.tables = {name: make_table(model) for name, model in (
            ("skills", self.skills_model), ("needs", self.needs_model), ("sessions", self.sessions_model),
            ("feedback", self.feedback_model), ("checklists", self.checklists_model))}
        for column in (0, 1):  # the person and their office: the page is about them
            self.tables["needs"].setColumnHidden(column, True)
        self.boxes = {name: QGroupBox() for name in self.tables}
        self.empty_labels = {name: QLabel() for name in self.tables}
        self.content = QWidget()
        self._layout()
        self.retranslate()
        self._show_sections(False)

    @staticmethod
    def _bigger(label: QLabel) -> None:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        label.setFont(font)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self.content)
        column.addLayout(header)
        column.addWidget(self.identity_label)
        column.addWidget(self.figures_label)
        for name, box in self.boxes.items():
            inner = QVBoxLayout(box)
            if name == "skills":
                self.chart.setMinimumHeight(300)
                inner.addWidget(self.chart)
            inner.addWidget(self.tables[name])
            inner.addWidget(self.empty_labels[name])
            column.addWidget(box)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.picker)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1000])
        QVBoxLayout(self).addWidget(splitter)

    def retranslate(self) -> None:
        self.picker.retranslate()
        self.chart.retranslate()
        self.export_button.setText(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Write this follow-up as an Excel workbook for an annual review"))
        titles = {"skills": self.tr("Skills over time"), "needs": self.tr("Learning needs"),
                  "sessions": self.tr("Sessions attended and hosted"), "feedback": self.tr("Feedback given"),
                  "checklists": self.tr("Onboarding")}
        for name, title in titles.items():
            self.boxes[name].setTitle(title)
        empty = {"skills": self.tr("No skill assessed, none expected by the role."),
                 "needs": self.tr("No learning need recorded."), "sessions": self.tr("No session attended or hosted."),
                 "feedback": self.tr("No feedback given."), "checklists": self.tr("No checklist.")}
        for name, text in empty.items():
            self.empty_labels[name].setText(text)
        self.chart.set_title(self.tr("Levels from 0 (none) to 4 (can teach)"))
        if self.review is not None:
            self._show_texts(self.review)
        elif self._person_id is None:
            self.name_label.setText(self.tr("Choose a person in the list."))

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.picker.refresh()
        if self._person_id is not None:
            self._load(self._person_id)

    def person_id(self) -> int | None:
        return self._person_id

    def show_person(self, person_id: int) -> None:
        """Show this person's follow-up (from the picker or another tab)."""
        self._person_id = person_id
        if self.picker.current_person_id() != person_id:
            self.picker.select_person(person_id, emit=False)
        self._load(person_id)

    def _timeline_texts(self) -> TimelineTexts:
        return TimelineTexts(level_labels=[level_label(level) for level in range(5)],
                             empty=self.tr("No skill assessed yet."), target=self.tr("expected by the role"),
                             more=self.tr("Not drawn: %1 more"))

    def _load(self, person_id: int) -> None:
        today, texts, db = date.today(), self._timeline_texts(), self._db

        def work() -> tuple[PersonReview, Any] | ServiceError:
            try:
                with db.read() as session:
                    review = person_review.review(session, person_id, today)
            except ServiceError as error:  # e.g. the person was deleted meanwhile
                return error
            return review, skills_timeline(lines_from(review.skills), texts, today)

        self.load(work, self._loaded)

    def _loaded(self, result: tuple[PersonReview, Any] | ServiceError) -> None:
        if isinstance(result, ServiceError):
            self.review = None
            self.name_label.setText(service_error_text(result))
            self._show_sections(False)
            return
        review, figure = result
        self.review = review
        self.needs_model.today = review.today
        for name, rows in (("skills", review.skills), ("needs", review.needs), ("sessions", review.sessions),
                           ("feedback", review.feedback), ("checklists", review.checklists)):
            self.tables[name].model().set_rows(rows)  # type: ignore[attr-defined]
            fit_rows(self.tables[name], len(rows), self.scroll.viewport().width() - 40)
            self.tables[name].setVisible(bool(rows))
            self.empty_labels[name].setVisible(not rows)
        self.chart.set_figure(figure)
        self._show_texts(review)
        self._show_sections(True)

    def _show_sections(self, shown: bool) -> None:
        for widget in (self.identity_label, self.figures_label, self.export_button, *self.boxes.values()):
            widget.setVisible(shown)

    def _show_texts(self, review: PersonReview) -> None:
        who = review.identity
        self.name_label.setText(who.name)
        parts = [kind_label(who.kind), who.office_name or who.office_code or "", who.role or "",
                 status_label(who.status)]
        if who.arrival_date:
            parts.append(self.tr("arrived on %1").replace("%1", short_date(who.arrival_date)))
        if who.departure_date:
            parts.append(self.tr("left on %1").replace("%1", short_date(who.departure_date)))
        self.identity_label.setText(" · ".join(p for p in parts if p))
        h = review.hours
        learning = self.tr("Learning: %1 h over the last 12 months (%2 h in all, %3 sessions).") \
            .replace("%1", number(hours(h.learning_minutes_year), 1)) \
            .replace("%2", number(hours(h.learning_minutes), 1)).replace("%3", str(h.sessions_attended))
        hosting = self.tr("Hosting: %1 h over the last 12 months (%2 h in all, %3 sessions).") \
            .replace("%1", number(hours(h.hosting_minutes_year), 1)) \
            .replace("%2", number(hours(h.hosting_minutes), 1)).replace("%3", str(h.sessions_hosted))
        self.figures_label.setText(f"{learning}\n{hosting}")

    # --- export --------------------------------------------------------------------------------
    def default_file_name(self) -> str:
        name = self.review.identity.name if self.review else ""
        safe = re.sub(r"[^\w\-]+", "-", name, flags=re.UNICODE).strip("-") or "person"
        return self.tr("annual-review-%1.xlsx").replace("%1", safe)

    def ask_export(self) -> None:
        if self.review is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                                str(Path.home() / self.default_file_name()),
                                                self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> Task | None:
        """Write the shown review in the background (a temporary file renamed at the end)."""
        review, lang = self.review, ui_language()
        if review is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.export_button.setEnabled(False)
        self.export_task = run_with_progress(
            self, self.tr("Writing the annual review…"), lambda _progress: write_person_review(review, path, lang),
            self._exported, self._export_failed)
        return self.export_task

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.export_task = None
        self.status_message.emit(self.tr("Annual review written to %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.export_task = None
        log.warning("annual review export failed: %s", error)
        text = service_error_text(error) if isinstance(error, ServiceError) else str(error)
        QMessageBox.warning(self, self.tr("Export to Excel"),
                            self.tr("The workbook could not be written:\n%1").replace("%1", text))
