"""The global dashboard's filter bar (period presets, dates, office) and its early-warning panel."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.dialogs.form_dialog import to_date, to_qdate
from learnorg_desktop.gui.tabs.dashboards_global_texts import WarningText
from learnorg_desktop.services.indicator_series import add_months
from learnorg_desktop.services.organisation import OfficeRow

LAST_12_MONTHS, THIS_YEAR, LAST_YEAR, CUSTOM = range(4)
# Typing a date or clicking through presets fires several changes: wait for a pause before computing.
DEBOUNCE_MS = 250


def preset_period(preset: int, today: date) -> tuple[date, date]:
    """The first and last days of a preset period (this year runs to today: the future has no figures yet)."""
    if preset == THIS_YEAR:
        return date(today.year, 1, 1), today
    if preset == LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return add_months(today, -12) + timedelta(days=1), today


class FilterBar(QWidget):
    """Period preset, From / To dates and office; `changed` once the user pauses, `busy` shows "Computing…"."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.preset_combo = QComboBox()
        self.preset_combo.addItems(["", "", "", ""])
        self.from_label, self.to_label, self.office_label = QLabel(), QLabel(), QLabel()
        self.from_edit, self.to_edit = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        self.office_combo = QComboBox()
        self.office_combo.addItem("", None)  # "Whole organisation"; offices are added by set_offices
        self.office_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: compute() gives no progress
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setTextVisible(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.changed)
        self._apply_preset(LAST_12_MONTHS)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.office_combo.currentIndexChanged.connect(lambda _i: self.schedule())
        self._layout()
        self.set_busy(False)
        self.retranslate()

    def _layout(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.preset_combo, self.from_label, self.from_edit, self.to_label, self.to_edit,
                       self.office_label, self.office_combo):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)

    def retranslate(self) -> None:
        self.from_edit.setAccessibleName(self.tr("Period start"))
        self.to_edit.setAccessibleName(self.tr("Period end"))
        for index, text in enumerate((self.tr("Last 12 months"), self.tr("This year"), self.tr("Last year"),
                                      self.tr("Custom period"))):
            self.preset_combo.setItemText(index, text)
        self.preset_combo.setToolTip(self.tr("Period of the indicators"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.office_label.setText(self.tr("Office"))
        self.office_combo.setItemText(0, self.tr("Whole organisation"))
        self.busy_label.setText(self.tr("Computing…"))

    def set_offices(self, offices: list[OfficeRow]) -> None:
        """The office choices ("CODE – Name"), keeping the current one when it still exists."""
        current = self.office_id()
        self.office_combo.blockSignals(True)
        while self.office_combo.count() > 1:
            self.office_combo.removeItem(1)
        for office in offices:
            self.office_combo.addItem(f"{office.code} – {office.name}", office.id)
        found = self.office_combo.findData(current)
        self.office_combo.setCurrentIndex(max(found, 0))
        self.office_combo.blockSignals(False)

    def schedule(self) -> None:
        """Announce a new computation at once, start it after the pause."""
        self.set_busy(True)
        self.timer.start()

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def period(self) -> tuple[date, date]:
        return to_date(self.from_edit.date()), to_date(self.to_edit.date())

    def office_id(self) -> int | None:
        office: int | None = self.office_combo.currentData()
        return office

    def _apply_preset(self, preset: int) -> None:
        start, end = preset_period(preset, self._today)
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _preset_chosen(self, preset: int) -> None:
        if preset != CUSTOM:
            self._apply_preset(preset)
            self.schedule()

    def _dates_edited(self) -> None:
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(CUSTOM)
        self.preset_combo.blockSignals(False)
        self.schedule()


class WarningsPanel(QFrame):
    """The early warnings in plain words, each with a button to the tab where the suggested action is done.

    At most a handful of lines (three kinds per office), hence one label and button each.
    """

    navigate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colours.keep_styled(self, lambda: colours.notice_style("WarningsPanel"))
        self.title = QLabel()
        self.buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self.retranslate()
        self.set_warnings([])

    def retranslate(self) -> None:
        self.title.setText("<b>" + self.tr("Early warning") + "</b>")

    def set_warnings(self, warnings: list[WarningText]) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        for warning in warnings:
            self._layout.addWidget(self._line(warning))
        self.setVisible(bool(warnings))

    def _line(self, warning: WarningText) -> QWidget:
        line = QWidget()
        text = QLabel(f"{warning.message}<br>{warning.advice}")
        text.setWordWrap(True)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button = QPushButton(warning.button)
        button.setProperty("area", warning.area)
        button.clicked.connect(lambda: self.navigate_requested.emit(warning.area))
        self.buttons.append(button)
        layout = QHBoxLayout(line)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(text, 1)
        layout.addWidget(button)
        return line
