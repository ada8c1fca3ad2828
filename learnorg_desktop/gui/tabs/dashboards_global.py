"""The global dashboard: indicators of one office or the whole organisation over a period, warnings and charts."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.formatting import number, percent
from learnorg_desktop.gui.models.indicator_models import INFO_COLUMN, IndicatorsModel
from learnorg_desktop.gui.tabs.dashboards_global_panels import FilterBar, WarningsPanel
from learnorg_desktop.gui.tabs.dashboards_global_texts import IndicatorTexts
from learnorg_desktop.gui.tasks import Task
from learnorg_desktop.gui.widgets.chart_view import ChartView
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.services import indicator_heatmap, indicators, organisation
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.services.indicator_heatmap import OfficeMonthGrid
from learnorg_desktop.services.indicator_series import month_buckets
from learnorg_desktop.services.indicators import EarlyWarning, Indicators
from learnorg_desktop.services.organisation import OfficeRow
from learnorg_desktop.storage.database import Database

if TYPE_CHECKING:
    from learnorg_desktop.charts.dashboard import ChartTexts, DashboardFigures


@dataclass(frozen=True)
class DashboardData:
    """What one background load brings back: the figures, the warnings, the offices and the charts."""

    indicators: Indicators
    warnings: list[EarlyWarning]
    offices: list[OfficeRow]
    grid: OfficeMonthGrid
    figures: DashboardFigures
    chart_texts: ChartTexts
    seconds: float


@dataclass(frozen=True)
class _Request:
    office_id: int | None
    start: date
    end: date
    today: date
    chart_texts: ChartTexts


def load_dashboard(db: Database, request: _Request) -> DashboardData:
    """Worker thread: query everything, then build the figures (matplotlib is imported here, not at start-up)."""
    began = time.perf_counter()
    with db.read() as session:
        figures = indicators.compute(session, office_id=request.office_id, start=request.start, end=request.end,
                                     today=request.today)
        alerts = indicators.warnings(session, request.today, request.office_id)
        offices = organisation.list_offices(session)
        grid = indicator_heatmap.sessions_by_office(session, request.start, request.end)
    from learnorg_desktop.charts.dashboard import dashboard_figures

    # The axis formatter runs when the canvas draws, on the GUI thread: QLocale is read there.
    charts = dashboard_figures(figures, grid, request.chart_texts, percent=lambda ratio: percent(ratio))
    return DashboardData(figures, alerts, offices, grid, charts, request.chart_texts, time.perf_counter() - began)


class GlobalView(LazyView):
    """Filters on top, then (in a scroll area) the warnings, the indicator table with definitions, and the charts.

    Every change of period or office recomputes in the background; while one load runs, later requests are
    folded into one that starts when it ends (its stale result is dropped), so the thread pool never piles up.
    """

    status_message = Signal(str)
    navigate_requested = Signal(str)
    loaded = Signal()  # a result (or an error) is on screen

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self.data: DashboardData | None = None
        self.error: object | None = None
        self._running = self._queued = False
        self.texts = IndicatorTexts(self)
        self.filters = FilterBar(today(), self)
        self.filters.changed.connect(self.refresh)
        self.warnings_panel = WarningsPanel(self)
        self.warnings_panel.navigate_requested.connect(self.navigate_requested)
        self.error_label = QLabel()
        colours.keep_styled(self.error_label, lambda: colours.error_style(bold=False))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.model = IndicatorsModel(self)
        self.table = self._make_table()
        self.definition_label = QLabel()
        self.definition_label.setWordWrap(True)
        self.trends_chart = ChartView("sessions-participation", self)
        self.coverage_chart = ChartView("key-skill-coverage", self)
        self.heatmap_chart = ChartView("sessions-by-office", self)
        self._layout()
        self.retranslate()

    @property
    def busy(self) -> bool:
        """A load is running or about to start (tests wait until this is False)."""
        return self._running or self.filters.timer.isActive()

    # --- building ----------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 230)
        table.setColumnWidth(1, 90)
        table.setColumnWidth(INFO_COLUMN, 28)
        table.clicked.connect(self._clicked)
        table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_definition(current))
        return table

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.definition_label)
        left.addWidget(self.heatmap_chart, 1)
        right = QVBoxLayout()
        right.addWidget(self.trends_chart, 3)
        right.addWidget(self.coverage_chart, 2)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(right, 1)
        self.trends_chart.setMinimumHeight(340)
        self.coverage_chart.setMinimumHeight(250)
        self.heatmap_chart.setMinimumHeight(250)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.warnings_panel)
        column.addLayout(middle)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Indicators"))
        self.filters.retranslate()
        self.warnings_panel.retranslate()
        self.table.setToolTip(self.tr("Click a line (or its “?”) to read what the figure counts."))
        self.trends_chart.set_title(self.tr("Sessions held, resources added and participation per month"))
        self.coverage_chart.set_title(self.tr("Key-skill coverage: holders against the target"))
        self.heatmap_chart.set_title(self.tr("Sessions held per office and month"))
        if self.data is None:
            self.definition_label.setText(self.tr("Click an indicator to read its definition."))
            return
        self._show_figures(self.data)
        # The charts carry words too: rebuild them (in the background) only when the language changed.
        if self._chart_texts(self.data.indicators.start, self.data.indicators.end) != self.data.chart_texts:
            self.invalidate()

    # --- loading -----------------------------------------------------------------------------------
    def _chart_texts(self, start: date, end: date) -> ChartTexts:
        return self.texts.charts([b.first.replace(day=1) for b in month_buckets(start, end)])

    def refresh(self) -> None:
        """Recompute for the chosen period and office; a load already running is superseded, not duplicated."""
        self.filters.timer.stop()
        if self._running:
            self._queued = True
            return
        start, end = self.filters.period()
        request = _Request(self.filters.office_id(), start, end, self._today(), self._chart_texts(start, end))
        self._running = True
        self.pending += 1
        self.filters.set_busy(True)
        task = Task(self)
        db = self._db
        task.finished.connect(lambda result: self._finished(task, result, None))
        task.failed.connect(lambda error: self._finished(task, None, error))
        task.start(lambda _progress: load_dashboard(db, request))

    def _finished(self, task: Task, result: DashboardData | None, error: object | None) -> None:
        task.deleteLater()
        self.pending -= 1
        self._running = False
        if self._queued:  # the filters changed meanwhile: this result is stale
            self._queued = False
            self.refresh()
            return
        self.filters.set_busy(self.filters.timer.isActive())  # another change may already wait for its pause
        self.error = error
        if result is not None:
            self._show(result)
        else:
            self.error_label.setText(service_error_text(error) if isinstance(error, ServiceError) else
                                     self.tr("The indicators could not be computed: %1").replace("%1", str(error)))
        self.error_label.setVisible(error is not None)
        self.loaded.emit()

    # --- showing -----------------------------------------------------------------------------------
    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.filters.set_offices(data.offices)
        self._show_figures(data)
        self.trends_chart.set_figure(data.figures.trends)
        self.coverage_chart.set_figure(data.figures.coverage)
        self.heatmap_chart.set_figure(data.figures.heatmap)
        self.status_message.emit(self.tr("Indicators computed in %1 s.").replace("%1", number(data.seconds, 1)))

    def _show_figures(self, data: DashboardData) -> None:
        """The table and the warnings (words only: cheap to redo on a language change)."""
        self.model.set_rows(self.texts.rows(data.indicators))
        self.table.clearSpans()
        for row in self.model.section_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        self._fit_table_height()
        names = {o.code: f"{o.code} – {o.name}" for o in data.offices}
        self.warnings_panel.set_warnings([self.texts.warning(w, names) for w in data.warnings])
        self.show_definition(self.table.currentIndex())

    def _fit_table_height(self) -> None:
        # Every row visible: the scroll area scrolls the page, a second scroll bar inside would hide figures.
        self.table.resizeRowsToContents()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + self.table.verticalHeader().length() + frame)

    def show_definition(self, index: QModelIndex) -> None:
        """Show what the indicator on `index`'s row counts below the table."""
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or row.section:
            self.definition_label.setText(self.tr("Click an indicator to read its definition."))
            return
        self.definition_label.setText(f"<b>{row.label}</b> — {row.definition}")

    def _clicked(self, index: QModelIndex) -> None:
        self.show_definition(index)
        row = self.model.row_at(index.row())
        if index.column() == INFO_COLUMN and not row.section:
            rect = self.table.visualRect(index)
            QWhatsThis.showText(self.table.viewport().mapToGlobal(rect.bottomLeft()), row.definition, self.table)
