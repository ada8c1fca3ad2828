"""The results of one self-diagnosis campaign: scores side by side, a radar chart and the action plan."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.charts.radar import RadarSeries
from learnorg_desktop.enums import RespondentGroup
from learnorg_desktop.gui.dialogs.diagnostic_answer_dialog import group_label
from learnorg_desktop.gui.formatting import number, ui_language
from learnorg_desktop.gui.models.diagnostic_models import ScoreColumn, ScoresModel
from learnorg_desktop.gui.widgets.chart_view import ChartView
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.services import organisation
from learnorg_desktop.services.diagnostic_questionnaire import load_questionnaire
from learnorg_desktop.services.diagnostic_scores import (
    NO_OFFICE,
    ActionPlanItem,
    CampaignScores,
    DimensionSeries,
    ScoreCell,
    action_plan,
    campaign_scores,
    trend,
)
from learnorg_desktop.storage.database import Database

COMPARE_MODES = ("campaigns", "offices", "groups")
DEFAULT_CAMPAIGNS = 3  # the selected campaign and the two before it are compared at first


@dataclass(frozen=True)
class ResultsData:
    """Everything the panel shows for one campaign, read in one go off the UI thread."""

    overall: CampaignScores
    offices: CampaignScores
    groups: CampaignScores
    trend: tuple[DimensionSeries, ...]
    office_names: dict[str, str]


def load_results(db: Database, campaign_id: int) -> ResultsData:
    """Worker thread: the campaign's scores overall, per office and per group, and every campaign's trend."""
    with db.read() as session:
        return ResultsData(campaign_scores(session, campaign_id, "campaign"),
                           campaign_scores(session, campaign_id, "office"),
                           campaign_scores(session, campaign_id, "group"), tuple(trend(session)),
                           {o.code: o.name for o in organisation.list_offices(session)})


class ResultsPanel(LazyView):
    """Shows `ResultsData`; `navigate_requested(area)` when an action's "Go to" button is pressed."""

    navigate_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.campaign_id: int | None = None
        self.data: ResultsData | None = None
        self.lang = ui_language()
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.model = ScoresModel(self)
        self.table = self._make_table()
        self.compare_combo, self.compare_label = QComboBox(), QLabel()
        for mode in COMPARE_MODES:
            self.compare_combo.addItem("", mode)
        self.compare_combo.currentIndexChanged.connect(lambda _i: self.draw_radar())
        self.campaign_list = QListWidget()
        self.campaign_list.setMaximumHeight(72)
        self.campaign_list.itemChanged.connect(lambda _item: self.draw_radar())
        self.chart = ChartView("self-diagnosis", self)
        self.chart.setMinimumHeight(400)
        self.plan_box = QGroupBox()
        self.plan_box.setMinimumWidth(360)
        self._plan_body = QWidget()
        QVBoxLayout(self.plan_box).addWidget(self._plan_body)
        self.plan_box.layout().addStretch(1)
        self.action_buttons: list[QPushButton] = []
        self._layout()
        self.retranslate()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setMinimumSectionSize(90)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.selectionModel().currentChanged.connect(lambda current, _previous: self._column_chosen(current))
        return table

    def _layout(self) -> None:
        picker = QHBoxLayout()
        picker.addWidget(self.compare_label)
        picker.addWidget(self.compare_combo)
        picker.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(picker)
        left.addWidget(self.campaign_list)
        left.addWidget(self.chart, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(left, 3)
        bottom.addWidget(self.plan_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table)
        layout.addLayout(bottom, 1)

    def retranslate(self) -> None:
        self.campaign_list.setAccessibleName(self.tr("Campaigns shown on the chart"))
        self.table.setAccessibleName(self.tr("Scores per dimension"))
        self.compare_label.setText(self.tr("Radar chart: compare"))
        for index, text in enumerate((self.tr("campaigns over time"), self.tr("offices (this campaign)"),
                                      self.tr("respondent groups (this campaign)"))):
            self.compare_combo.setItemText(index, text)
        self.campaign_list.setToolTip(self.tr("Tick the campaigns to compare"))
        self.chart.set_title(self.tr("Scores out of 100 per dimension"))
        if self.data is not None:
            self.show_results(self.data)
        else:
            self._show_empty()

    # --- loading ---------------------------------------------------------------------------------
    def show_campaign(self, campaign_id: int | None) -> None:
        """Load and show the results of `campaign_id` (None: nothing selected)."""
        self.campaign_id = campaign_id
        self._dirty = False  # loaded now: the first show need not load it again
        self.refresh()

    def refresh(self) -> None:
        campaign_id = self.campaign_id
        if campaign_id is None:
            self.data = None
            self._show_empty()
            return
        self.load(lambda: _with_charts_loaded(load_results(self._db, campaign_id)), self.show_results)

    def _show_empty(self) -> None:
        self.title_label.setText(self.tr("Select a campaign to see its results."))
        self.model.set_scores([], [])
        self.campaign_list.clear()
        self._set_plan(self.tr("Whole organisation"), [])

    def show_results(self, data: ResultsData) -> None:
        self.data = data
        total = data.overall.cells[0].responses if data.overall.cells else 0
        self.title_label.setText(self.tr("<b>Results of “%1”</b> (%2 responses): scores out of 100, from 0 = "
                                         "strongly disagree to 100 = strongly agree; n = number of answers.")
                                 .replace("%1", data.overall.name).replace("%2", number(total or 0)))
        questionnaire = load_questionnaire()
        dimensions = [(d.code, d.title[self.lang]) for d in questionnaire.dimensions]
        self.model.set_scores(dimensions, self._columns(data))
        self._fit_table()
        self._fill_campaign_list(data)
        self._column_chosen(self.table.currentIndex())
        self.draw_radar()

    def _columns(self, data: ResultsData) -> list[ScoreColumn]:
        columns = [ScoreColumn(self.tr("Whole organisation"), self.tr("Every response of the campaign"),
                               data.overall.cells[0])]
        for cell in data.offices.cells:
            columns.append(ScoreColumn(self._office_title(cell.office), self.tr("Responses from this office"), cell))
        by_group = {cell.group: cell for cell in data.groups.cells}
        for group in RespondentGroup:  # the usual order: staff, volunteers, partners
            if group in by_group:
                columns.append(ScoreColumn(group_label(group), self.tr("Responses from this respondent group"),
                                           by_group[group]))
        return columns

    def _office_title(self, code: str | None) -> str:
        if not code or code == NO_OFFICE:
            return self.tr("No office given")
        return self.data.office_names.get(code, code) if self.data else code

    def _fit_table(self) -> None:
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader()
        height = header.sizeHint().height() + sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    # --- radar -----------------------------------------------------------------------------------
    def _fill_campaign_list(self, data: ResultsData) -> None:
        points = data.trend[0].points if data.trend else ()
        position = next((i for i, p in enumerate(points) if p.campaign_id == data.overall.campaign_id), len(points))
        wanted = {p.campaign_id for p in points[max(0, position - DEFAULT_CAMPAIGNS + 1):position + 1]}
        self.campaign_list.blockSignals(True)
        self.campaign_list.clear()
        for point in points:
            item = QListWidgetItem(point.name)
            item.setData(Qt.ItemDataRole.UserRole, point.campaign_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if point.campaign_id in wanted else Qt.CheckState.Unchecked)
            self.campaign_list.addItem(item)
        self.campaign_list.blockSignals(False)

    def compare_mode(self) -> str:
        return str(self.compare_combo.currentData())

    def set_compare_mode(self, mode: str) -> None:
        self.compare_combo.setCurrentIndex(self.compare_combo.findData(mode))

    def checked_campaigns(self) -> list[int]:
        items = (self.campaign_list.item(i) for i in range(self.campaign_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def radar_series(self) -> list[RadarSeries]:
        """The series the radar shows in the current mode (hidden scores are None)."""
        data = self.data
        if data is None:
            return []
        if self.compare_mode() == "campaigns":
            checked = set(self.checked_campaigns())
            points = data.trend[0].points if data.trend else ()
            return [RadarSeries(p.name, tuple(s.points[i].score for s in data.trend))
                    for i, p in enumerate(points) if p.campaign_id in checked]
        if self.compare_mode() == "offices":
            return [_series(self._office_title(c.office), c) for c in data.offices.cells]
        return [_series(c.title, c.cell) for c in self._columns(data) if c.cell.group is not None]

    def draw_radar(self) -> None:
        from learnorg_desktop.charts.radar import radar_figure

        self.campaign_list.setVisible(self.compare_mode() == "campaigns")
        if self.data is None:
            return
        labels = [d.title[self.lang] for d in load_questionnaire().dimensions]
        text = self.tr("Nothing to compare yet: tick campaigns, or wait for groups of at least 5 responses.")
        self.chart.set_figure(radar_figure(labels, self.radar_series(), empty_text=text, width=6.4, height=4.4))

    # --- action plan -----------------------------------------------------------------------------
    def _column_chosen(self, index: QModelIndex) -> None:
        columns = self.model.columns()
        if not columns:
            return
        column = columns[max(index.column(), 1) - 1] if index.isValid() else columns[0]
        self._set_plan(column.title, action_plan(column.cell, self.lang))

    def _set_plan(self, title: str, items: list[ActionPlanItem]) -> None:
        self.plan_items = items
        self.plan_box.setTitle(self.tr("Action plan: the two weakest dimensions (%1)").replace("%1", title))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.action_buttons = []
        if not items:
            empty = QLabel(self.tr("No score to act on: results appear from 5 responses per group."))
            empty.setWordWrap(True)
            layout.addWidget(empty)
        for item in items:
            self._add_plan_item(layout, item)
        self.plan_box.layout().replaceWidget(self._plan_body, body)
        self._plan_body.hide()  # deleted later, but out of sight now
        self._plan_body.deleteLater()
        self._plan_body = body

    def _add_plan_item(self, layout: QVBoxLayout, item: ActionPlanItem) -> None:
        heading = QLabel(self.tr("<b>%1</b> – %2 out of 100").replace("%1", item.title)
                         .replace("%2", number(item.score, 1)))
        heading.setWordWrap(True)
        actions = QLabel("\n".join(f"• {action}" for action in item.actions))
        actions.setWordWrap(True)
        button = QPushButton(self.tr("Go to %1").replace("%1", self.area_title(item.area)))
        button.setProperty("area", item.area)
        button.clicked.connect(lambda _checked=False, area=item.area: self.navigate_requested.emit(area))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        for widget in (heading, actions):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.action_buttons.append(button)

    def area_title(self, area: str) -> str:
        """The name of the tab where an area's actions are done (as the main window titles it)."""
        titles = {"people": self.tr("People"), "needs": self.tr("Needs mapping"), "onboarding": self.tr("Onboarding"),
                  "sharing": self.tr("Knowledge sharing"), "dashboards": self.tr("Dashboards")}
        return titles.get(area, area)


def _with_charts_loaded(data: ResultsData) -> ResultsData:
    """Worker thread: import matplotlib here (a second or more) rather than on the UI thread at first draw."""
    import matplotlib.figure  # noqa: F401
    from matplotlib.backends import backend_agg  # noqa: F401

    return data


def _series(name: str, cell: ScoreCell) -> RadarSeries:
    return RadarSeries(name, tuple(s.score for s in cell.dimensions))
