"""One person's consents: what they agreed to and when, adding one, withdrawing one (each saved at once)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from learnorg_desktop.gui.dialogs.dialog_parts import error_line
from learnorg_desktop.gui.dialogs.form_dialog import to_date
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.gui.models.privacy_models import ConsentsModel, purpose_label
from learnorg_desktop.services import privacy
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class ConsentsDialog(QDialog):
    """Lists the consents of `person_id`; `consents_changed` after each add or withdrawal."""

    consents_changed = Signal()

    def __init__(self, db: Database, person_id: int, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._person_id, self._name = db, person_id, person_name
        self.last_error: ServiceError | None = None
        self.model = ConsentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(lambda: self.withdraw_selected())
        self.error_label = error_line()
        self._build_add_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.add_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.retranslate()
        self.reload()
        self.resize(560, 420)

    def _build_add_box(self) -> None:
        self.add_box = QGroupBox()
        self.purpose_combo = QComboBox(editable=True)
        for purpose in privacy.PURPOSES:
            self.purpose_combo.addItem(purpose_label(purpose), purpose)
        self.given_edit = QDateEdit(QDate.currentDate())
        self.given_edit.setCalendarPopup(True)
        self.note_edit = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self._purpose_label, self._given_label, self._note_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self.add_box)
        for label, widget in ((self._purpose_label, self.purpose_combo), (self._given_label, self.given_edit),
                              (self._note_label, self.note_edit)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.add_button)
        writable = not self._db.read_only
        self.add_box.setEnabled(writable)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consents – %1").replace("%1", self._name))
        self.intro.setText(self.tr("What this person agreed to, and when. A withdrawn consent stays listed as the "
                                   "record of what was agreed."))
        self.withdraw_button.setText(self.tr("&Withdraw (today)"))
        self.add_box.setTitle(self.tr("Record a consent"))
        self._purpose_label.setText(self.tr("&Purpose:"))
        self._given_label.setText(self.tr("&Given on:"))
        self._note_label.setText(self.tr("&How:"))
        self.note_edit.setPlaceholderText(self.tr("e.g. signed form, e-mail of 3 March"))
        self.add_button.setText(self.tr("&Add"))
        for index, purpose in enumerate(privacy.PURPOSES):
            self.purpose_combo.setItemText(index, purpose_label(purpose))

    def reload(self) -> None:
        with self._db.read() as session:
            self.model.set_rows(privacy.list_consents(session, self._person_id))
        self._update_buttons()

    def _selected(self) -> privacy.ConsentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.withdraw_button.setEnabled(not self._db.read_only and chosen is not None and chosen.active)

    def purpose(self) -> str:
        """The code of a known purpose when its label is chosen, else the text as typed."""
        text = self.purpose_combo.currentText().strip()
        index = self.purpose_combo.findText(text)
        return str(self.purpose_combo.itemData(index)) if index >= 0 else text

    def add(self) -> None:
        self._run(lambda session: privacy.add_consent(session, self._person_id, self.purpose(),
                                                      to_date(self.given_edit.date()), self.note_edit.text()))
        if self.last_error is None:
            self.note_edit.clear()

    def withdraw_selected(self, on: date | None = None) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._run(lambda session: privacy.withdraw_consent(session, chosen.id, on or date.today()))

    def _run(self, change: object) -> None:
        self.last_error = None
        try:
            with self._db.transaction() as session:
                change(session)  # type: ignore[operator]
        except ServiceError as error:
            self.last_error = error
            self.error_label.setText(service_error_text(error))
            self.error_label.show()
            return
        self.error_label.hide()
        self.reload()
        self.consents_changed.emit()
