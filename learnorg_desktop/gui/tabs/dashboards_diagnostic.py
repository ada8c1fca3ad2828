"""The self-diagnosis view: campaigns, answers typed in or imported from forms, and the results."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from learnorg_desktop.gui.dialogs.campaign_dialog import CampaignDialog
from learnorg_desktop.gui.dialogs.diagnostic_answer_dialog import AnswerDialog
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.diagnostic_models import CampaignsModel
from learnorg_desktop.gui.tabs.dashboards_diagnostic_forms import FormsActions
from learnorg_desktop.gui.tabs.dashboards_diagnostic_results import ResultsPanel
from learnorg_desktop.gui.widgets.lazy_view import LazyView
from learnorg_desktop.services import diagnostic
from learnorg_desktop.services.diagnostic import CampaignRow
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class DiagnosticView(LazyView):
    """Campaigns on top with their actions; the selected campaign's results below, in a scroll area."""

    status_message = Signal(str)
    navigate_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._wanted: int | None = None  # the campaign to select at the next refresh
        self._listing = False
        self.last_error: ServiceError | None = None
        self.model = CampaignsModel(self)
        self.table = self._make_table()
        self.results = ResultsPanel(db, self)
        self.results.navigate_requested.connect(self.navigate_requested)
        self.forms = FormsActions(db, self)
        self.forms.imported.connect(self._imported)
        self.forms.status_message.connect(self.status_message)
        self.new_button, self.rename_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.delete_button, self.answer_button = QPushButton(), QPushButton()
        self.form_button, self.import_button = QPushButton(), QPushButton()
        for button, slot in ((self.new_button, self.new_campaign), (self.rename_button, self.rename_campaign),
                             (self.close_button, self.toggle_closed), (self.delete_button, self.delete_campaign),
                             (self.answer_button, self.enter_answer), (self.form_button, self.blank_form),
                             (self.import_button, self.import_forms)):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
        self._layout()
        self.retranslate()
        self._update_actions()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 180), (3, 100)):
            table.setColumnWidth(column, width)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        table.doubleClicked.connect(lambda _index: self.rename_campaign())
        return table

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.close_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.answer_button, self.form_button, self.import_button):
            buttons.addWidget(button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.results)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([120, 530])  # a few campaigns a year: the results get the room
        QVBoxLayout(self).addWidget(splitter)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Self-diagnosis campaigns"))
        self.new_button.setText(self.tr("&New campaign…"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.answer_button.setText(self.tr("&Enter an answer…"))
        self.answer_button.setToolTip(self.tr("Type in one anonymous response (open campaigns only)"))
        self.form_button.setText(self.tr("&Blank form…"))
        self.form_button.setToolTip(self.tr("Save the answer form as an Excel file to send to the offices"))
        self.import_button.setText(self.tr("&Import filled forms…"))
        self.import_button.setToolTip(self.tr("Import returned forms: all of them, or none if one is wrong"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.results.retranslate()
        self._update_actions()

    # --- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The campaign list is one small query: read now; the results load in the background."""
        wanted = self._wanted if self._wanted is not None else self.current_id()
        self._wanted = None
        with self._db.read() as session:
            rows = diagnostic.list_campaigns(session)
        self._listing = True  # selecting rows below must not start one results load per step
        try:
            self.model.set_rows(rows)
            if rows:
                self.select(wanted if wanted is not None and self.model.row_of(wanted) is not None else rows[0].id)
        finally:
            self._listing = False
        self.results.show_campaign(self.current_id())
        self._update_actions()

    def current_row(self) -> CampaignRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select(self, campaign_id: int) -> None:
        row = self.model.row_of(campaign_id)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        if not self._listing and self.current_id() != self.results.campaign_id:
            self.results.show_campaign(self.current_id())
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.current_row()
        is_open = row is not None and row.is_open
        for button in (self.rename_button, self.close_button, self.delete_button, self.form_button):
            button.setEnabled(row is not None)
        self.answer_button.setEnabled(is_open)
        self.import_button.setEnabled(is_open)
        self.close_button.setText(self.tr("&Reopen") if row is not None and not is_open else self.tr("&Close"))

    def reload(self, campaign_id: int | None = None) -> None:
        """After a change: the list and the results read again, `campaign_id` selected when given."""
        self._wanted = campaign_id
        self.refresh()

    # --- campaign actions ------------------------------------------------------------------------
    def new_campaign(self) -> CampaignDialog:
        return self._open_dialog(CampaignDialog(self._db, parent=self), self.tr("Campaign opened."))

    def rename_campaign(self) -> CampaignDialog | None:
        campaign_id = self.current_id()
        if campaign_id is None:
            return None
        return self._open_dialog(CampaignDialog(self._db, campaign_id, self), self.tr("Campaign saved."))

    def _open_dialog(self, dialog: CampaignDialog, message: str) -> CampaignDialog:
        dialog.campaign_saved.connect(lambda campaign_id: (self.reload(campaign_id),
                                                           self.status_message.emit(message)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def toggle_closed(self, on: date | None = None) -> bool:
        """Close the selected campaign today (or `on`), or reopen it when it is closed."""
        row = self.current_row()
        if row is None:
            return False
        if row.is_open:
            day = on or date.today()
            done = self._write(self.tr("Close the campaign"), lambda s: diagnostic.close_campaign(s, row.id, day))
            message = self.tr("Campaign closed: it accepts no more responses.")
        else:
            done = self._write(self.tr("Reopen the campaign"), lambda s: diagnostic.reopen_campaign(s, row.id))
            message = self.tr("Campaign reopened.")
        if done:
            self.reload(row.id)
            self.status_message.emit(message)
        return done

    def delete_campaign(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        text = self.tr("Delete the campaign “%1” and its %2 responses? Its results will no longer be shown.") \
            .replace("%1", row.name).replace("%2", str(row.responses))
        if QMessageBox.question(self, self.tr("Delete a campaign"), text) != QMessageBox.StandardButton.Yes:
            return False
        done = self._write(self.tr("Delete a campaign"), lambda s: diagnostic.delete_campaign(s, row.id))
        if done:
            self.reload()
            self.status_message.emit(self.tr("Campaign deleted."))
        return done

    def enter_answer(self) -> AnswerDialog | None:
        row = self.current_row()
        if row is None or not row.is_open:
            return None
        dialog = AnswerDialog(self._db, row.id, self)
        dialog.response_saved.connect(lambda _id: (self.reload(row.id),
                                                   self.status_message.emit(self.tr("Answer recorded."))))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def blank_form(self) -> object:
        row = self.current_row()
        return None if row is None else self.forms.ask_blank_form(row)

    def import_forms(self) -> object:
        row = self.current_row()
        return None if row is None or not row.is_open else self.forms.ask_import(row)

    def _imported(self, campaign_id: int) -> None:
        self.reload(campaign_id)

    def _write(self, title: str, work: Callable[[Session], object]) -> bool:
        """Run `work(session)` in a transaction; a refusal is shown, not raised."""
        try:
            with self._db.transaction() as session:
                work(session)
        except ServiceError as error:
            self.last_error = error
            QMessageBox.warning(self, title, service_error_text(error))
            return False
        return True
