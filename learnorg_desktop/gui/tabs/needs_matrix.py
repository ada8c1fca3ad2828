"""The people × skills heatmap: filters, a legend, and the matrix computed off the UI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.enums import PersonKind
from learnorg_desktop.gui.models.matrix_model import LEVEL_COLOURS, TEXT_COLOURS, SkillMatrixModel
from learnorg_desktop.gui.models.skill_labels import level_label
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.gui.widgets.rotated_header import RotatedHeaderView
from learnorg_desktop.services import organisation, skill_matrix, skills
from learnorg_desktop.services.skill_matrix import MatrixQuery, SkillMatrix
from learnorg_desktop.storage.database import Database

CELL_WIDTH, NAME_WIDTH = 26, 190


def make_matrix_table(model: SkillMatrixModel, parent: QWidget | None = None) -> QTableView:
    """A heatmap table: fixed sizes everywhere so the view never measures 5,000 rows."""
    table = QTableView(parent)
    table.setHorizontalHeader(RotatedHeaderView(CELL_WIDTH, table))
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setShowGrid(True)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 6)
    vertical.setFixedWidth(NAME_WIDTH)
    vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class MatrixView(LazyView):
    """Current levels of the filtered people on the filtered skills; the tab paints before the data comes."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = SkillMatrixModel(self)
        self.table = make_matrix_table(self.model, self)
        self.office_combo, self.kind_combo, self.category_combo = QComboBox(), QComboBox(), QComboBox()
        self.status_label = QLabel()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self._fill_filters()
        filters = QHBoxLayout()
        for combo in (self.office_combo, self.kind_combo, self.category_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            filters.addWidget(combo)
        filters.addSpacing(12)
        filters.addWidget(self.status_label)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.retranslate()

    def _fill_filters(self) -> None:
        with self._db.read() as session:
            offices = organisation.list_offices(session)
            categories = skills.list_categories(session)
        self.office_combo.addItem("", None)
        for office in offices:
            self.office_combo.addItem(office.code, office.id)
        self.kind_combo.addItem("", None)
        for kind in PersonKind:
            self.kind_combo.addItem("", kind.value)
        self.category_combo.addItem("", None)
        for category in categories:
            self.category_combo.addItem(category.name, category.id)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Skills matrix"))
        self.office_combo.setItemText(0, self.tr("All offices"))
        for index, text in enumerate((self.tr("All kinds"), self.tr("Volunteers"), self.tr("Staff"),
                                      self.tr("Partners"))):
            self.kind_combo.setItemText(index, text)
        self.category_combo.setItemText(0, self.tr("All categories"))
        swatches = " ".join(
            f'<span style="background:{bg}; color:{fg};">&nbsp;{level_label(level)}&nbsp;</span>'
            for level, (bg, fg) in enumerate(zip(LEVEL_COLOURS, TEXT_COLOURS, strict=True)))
        hatched = self.tr("Hatched cells: expired, no longer counted. Empty: never assessed.")
        self.legend.setText(f"{swatches}&nbsp;&nbsp;{hatched}")
        self._update_status()

    def matrix_query(self) -> MatrixQuery:
        kind = self.kind_combo.currentData()
        return MatrixQuery(office_id=self.office_combo.currentData(),
                           kinds=frozenset({PersonKind(kind)}) if kind else frozenset(),
                           category_id=self.category_combo.currentData())

    def refresh(self) -> None:
        """Compute in the background (about 2 s at 5,000 × 200 here); the old matrix stays until then."""
        query, db = self.matrix_query(), self._db

        def work() -> SkillMatrix:
            with db.read() as session:
                return skill_matrix.skill_matrix(session, query, date.today())

        self.load(work, self.set_matrix)
        self._update_status()

    def set_matrix(self, matrix: SkillMatrix) -> None:
        self.model.set_matrix(matrix)
        self._update_status()

    def _update_status(self) -> None:
        if self.pending:
            self.status_label.setText(self.tr("Computing…"))
            return
        matrix = self.model.matrix()
        if matrix is None:
            self.status_label.setText("")
            return
        self.status_label.setText(self.tr("%1 people × %2 skills").replace("%1", str(len(matrix.person_ids)))
                                  .replace("%2", str(len(matrix.skill_ids))))
