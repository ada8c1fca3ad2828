"""Talent map, key-skill coverage, and matching open needs with internal teachers and co-learners."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from learnorg_desktop.gui.models.needs_models import CoverageModel, MatchesModel, TalentModel, need_owner
from learnorg_desktop.gui.tabs.needs_person import make_table
from learnorg_desktop.gui.tasks import Task, run_with_progress
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.services import talent
from learnorg_desktop.services.progress import Progress
from learnorg_desktop.storage.database import Database

log = logging.getLogger(__name__)


class TalentView(LazyView):
    """Key skills against their targets (gaps first) beside who can teach what."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.coverage_model, self.talent_model = CoverageModel(self), TalentModel(self)
        self.coverage_table, self.talent_table = make_table(self.coverage_model), make_table(self.talent_model)
        for column, width in enumerate((180, 82, 50, 105)):
            self.coverage_table.setColumnWidth(column, width)
        for column, width in enumerate((210, 150, 135)):
            self.talent_table.setColumnWidth(column, width)
        self.coverage_box, self.talent_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.coverage_box).addWidget(self.coverage_table)
        QVBoxLayout(self.talent_box).addWidget(self.talent_table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.coverage_box)
        splitter.addWidget(self.talent_box)
        splitter.setSizes([520, 700])
        QVBoxLayout(self).addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.coverage_box.setTitle(self.tr("Key skills: holders at the target level"))
        self.talent_box.setTitle(self.tr("Talent map: who can teach what and is willing to"))

    def refresh(self) -> None:
        db = self._db

        def work() -> tuple[list[talent.KeySkillCoverage], list[talent.TalentEntry]]:
            today = date.today()
            with db.read() as session:
                return talent.key_skill_coverage(session, today), talent.talent_map(session, today)

        self.load(work, self._loaded)

    def _loaded(self, result: tuple[Any, Any]) -> None:
        coverage, entries = result
        self.coverage_model.set_rows(coverage)
        self.talent_model.set_rows(entries)


class MatchingView(LazyView):
    """Each open need with internal people who could teach it and others with the same need."""

    plan_requested = Signal(int)  # the need to plan a session for

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = MatchesModel(self)
        self.table = make_table(self.model)
        for column, width in enumerate((200, 260, 420)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 4 + 8)
        self.plan_button = QPushButton()
        self.plan_button.setEnabled(False)  # until a need is selected
        self.plan_button.clicked.connect(self._plan)
        self.task: Task | None = None  # the matching running in the background
        self.cancelled = False  # the last matching was cancelled: what the table shows may be stale
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.detail, 1)
        bottom.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Matching needs and people who can teach"))
        self.intro.setText(self.tr(
            "For each open need: the people inside the organisation who can teach it and are willing to, "
            "and the other people with the same need, who could learn together in one session."))
        self.plan_button.setText(self.tr("Plan a session…"))
        self.again_button.setText(self.tr("Match again"))
        self.plan_button.setToolTip(self.tr(
            "Plan a session for this need, with the suggested host and the people with the same need invited."))
        self._show_detail()

    def refresh(self) -> None:
        """Match in the background behind a progress dialog with Cancel (several seconds for thousands of needs)."""
        db = self._db
        if self.task is not None:  # a newer refresh replaces a running one
            self.task.cancel()
        self._generation += 1
        generation = self._generation
        self.pending += 1
        self.cancelled = False

        def work(progress: Progress) -> list[talent.NeedMatch]:
            with db.read() as session:
                return talent.match_needs(session, date.today(), progress=progress)

        def ended(on_end: Callable[[], None]) -> None:
            self.pending -= 1
            if generation == self._generation:
                self.task = None
                on_end()

        self.task = run_with_progress(
            self, self.tr("Matching needs with the people who can teach…"), work,
            lambda matches: ended(lambda: self._matched(matches)),
            lambda error: ended(lambda: log.error("matching failed: %s", error)),
            lambda: ended(self._cancelled))

    def _matched(self, matches: list[talent.NeedMatch]) -> None:
        self.model.set_rows(matches)
        self._show_detail()

    def _cancelled(self) -> None:
        """Cancelled: the previous matches stay; the next show, or "Match again", computes them anew."""
        self.cancelled = True
        self._dirty = True
        self._show_detail()

    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.plan_button.setEnabled(bool(rows))
        self.again_button.setVisible(self.cancelled)
        if self.cancelled:
            self.detail.setText(self.tr("Matching was cancelled: this list may be out of date."))
            return
        if not rows:
            self.detail.setText(self.tr("Select a need to see the suggestion."))
            return
        match: talent.NeedMatch = self.model.row_at(rows[0].row())
        hosts = ", ".join(f"{t.person} ({t.office_code or '–'}, {t.level})" for t in match.hosts) or \
            self.tr("nobody inside the organisation yet: look for an outside trainer")
        peers = ", ".join(need_owner(p) for p in match.peers) or self.tr("nobody else")
        self.detail.setText(self.tr("<b>%1</b><br>Could host: %2<br>Could join: %3")
                            .replace("%1", html.escape(match.need.subject)).replace("%2", html.escape(hosts))
                            .replace("%3", html.escape(peers)))

    def _plan(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.plan_requested.emit(self.model.row_at(rows[0].row()).need.id)
