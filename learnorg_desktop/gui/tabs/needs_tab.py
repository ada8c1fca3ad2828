"""The Needs mapping tab: catalogue, person skills, needs, matrix, talent map and matching.

A warning panel at the top names the skills held by a single active person: they leave with them.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QTabWidget, QVBoxLayout, QWidget

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.tabs.needs_catalogue import CatalogueView
from learnorg_desktop.gui.tabs.needs_list import NeedsListView
from learnorg_desktop.gui.tabs.needs_matrix import MatrixView
from learnorg_desktop.gui.tabs.needs_person import PersonSkillsView
from learnorg_desktop.gui.tabs.needs_talent import MatchingView, TalentView
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.services import talent
from learnorg_desktop.services.talent import SingleHolder
from learnorg_desktop.storage.database import Database

SHOWN_NAMES = 6


class SingleHolderPanel(LazyView):
    """A warning-coloured line: "3 skills are held by a single active person: …"; hidden when none."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.holders: list[SingleHolder] = []
        self.frame = QFrame(self, objectName="singleHolderPanel")
        colours.keep_styled(self.frame, lambda: colours.notice_style("QFrame#singleHolderPanel"))
        self.label = QLabel(self.frame)
        self.label.setWordWrap(True)
        QVBoxLayout(self.frame).addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)
        self.frame.hide()

    def refresh(self) -> None:
        db = self._db

        def work() -> list[SingleHolder]:
            with db.read() as session:
                return talent.single_holders(session, date.today())

        self.load(work, self.set_holders)

    def set_holders(self, holders: list[SingleHolder]) -> None:
        self.holders = list(holders)
        self.retranslate()

    def skill_ids(self) -> list[int]:
        return [h.skill_id for h in self.holders]

    def retranslate(self) -> None:
        count = len(self.holders)
        self.frame.setVisible(count > 0)
        if not count:
            return
        names = ", ".join(
            f"{'<b>' if h.is_key else ''}{html.escape(h.skill)}{'</b>' if h.is_key else ''} "
            f"({html.escape(h.person)})" for h in self.holders[:SHOWN_NAMES])
        more = " …" if count > SHOWN_NAMES else ""
        head = self.tr("1 skill is held by a single active person:") if count == 1 else \
            self.tr("%1 skills are held by a single active person:").replace("%1", str(count))
        hint = self.tr("Plan to pass them on before these people leave (key skills in bold).")
        self.label.setText(f"⚠ <b>{head}</b> {names}{more}<br>{hint}")
        self.frame.setToolTip("\n".join(f"{h.skill} – {h.person}" for h in self.holders))


class NeedsTab(QWidget):
    """The needs-mapping views over one database; `status_message` for the main window's status bar."""

    status_message = Signal(str)
    needs_changed = Signal()
    plan_session_requested = Signal(int)  # a need id: the main window opens the session dialog for it

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.warning_panel = SingleHolderPanel(db, self)
        self.catalogue_view = CatalogueView(db)
        self.person_view = PersonSkillsView(db)
        self.needs_view = NeedsListView(db)
        self.matrix_view = MatrixView(db)
        self.talent_view = TalentView(db)
        self.matching_view = MatchingView(db)
        self.views = QTabWidget(self)
        for view in self.all_views():
            self.views.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_panel)
        layout.addWidget(self.views, 1)
        self._connect()
        self.retranslate()

    def all_views(self) -> tuple[LazyView, ...]:
        return (self.catalogue_view, self.person_view, self.needs_view, self.matrix_view, self.talent_view,
                self.matching_view)

    def _connect(self) -> None:
        self.catalogue_view.catalogue_changed.connect(self._catalogue_changed)
        self.person_view.assessments_changed.connect(self._levels_changed)
        self.person_view.needs_changed.connect(self._needs_changed)
        self.needs_view.needs_changed.connect(self._needs_changed)
        self.matching_view.plan_requested.connect(self.plan_session_requested)

    def retranslate(self) -> None:
        titles = (self.tr("Skills catalogue"), self.tr("Person skills"), self.tr("Learning needs"),
                  self.tr("Matrix"), self.tr("Talent map and gaps"), self.tr("Matching"))
        for index, title in enumerate(titles):
            self.views.setTabText(index, title)
        for view in (self.warning_panel, *self.all_views()):
            view.retranslate()  # type: ignore[attr-defined]

    # --- routing ---------------------------------------------------------------------------------
    def _catalogue_changed(self) -> None:
        for view in (self.warning_panel, *self.all_views()[1:]):
            view.invalidate()

    def _levels_changed(self) -> None:
        for view in (self.warning_panel, self.matrix_view, self.talent_view, self.matching_view):
            view.invalidate()
        self.status_message.emit(self.tr("Assessment recorded."))

    def _needs_changed(self) -> None:
        for view in (self.needs_view, self.matching_view, self.person_view):
            view.invalidate()
        self.needs_changed.emit()
        self.status_message.emit(self.tr("Saved."))

    def people_changed(self) -> None:
        """Someone was added, edited or left (People tab): every view may show other people now."""
        for view in (self.warning_panel, *self.all_views()[1:]):
            view.invalidate()

    def refresh(self) -> None:
        for view in (self.warning_panel, *self.all_views()):
            view.invalidate()
