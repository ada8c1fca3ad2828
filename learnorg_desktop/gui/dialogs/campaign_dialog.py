"""Open a self-diagnosis campaign, or rename one / move its opening date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from learnorg_desktop.gui.dialogs.dialog_parts import error_line, ok_cancel
from learnorg_desktop.gui.dialogs.person_dialog import to_date, to_qdate
from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.services import diagnostic
from learnorg_desktop.services.diagnostic import NAME_MAX
from learnorg_desktop.services.errors import ServiceError
from learnorg_desktop.storage.database import Database


class CampaignDialog(QDialog):
    """Name and opening date; `campaign_saved(campaign id)` once stored."""

    campaign_saved = Signal(int)

    def __init__(self, db: Database, campaign_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self.campaign_id = db, campaign_id
        self.last_error: ServiceError | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.opened_edit = QDateEdit(to_qdate(date.today()))
        self.opened_edit.setCalendarPopup(True)
        if campaign_id is not None:
            with db.read() as session:
                row = diagnostic.get_campaign(session, campaign_id)
            self.name_edit.setText(row.name)
            self.opened_edit.setDate(to_qdate(row.opened_on))
        self.error_label = error_line()
        self.buttons = ok_cancel(self, self.save)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout(self)
        for label, widget in zip(self._labels, (self.name_edit, self.opened_edit), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        self.retranslate()
        self.resize(440, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New campaign") if self.campaign_id is None else self.tr("Edit the campaign"))
        self._labels[0].setText(self.tr("&Name:"))
        self._labels[1].setText(self.tr("&Opened on:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Self-diagnosis, spring 2026"))

    def save(self) -> None:
        name, opened_on = self.name_edit.text(), to_date(self.opened_edit.date())
        try:
            with self._db.transaction() as session:
                if self.campaign_id is None:
                    row = diagnostic.open_campaign(session, name, opened_on)
                else:
                    row = diagnostic.update_campaign(session, self.campaign_id, name=name, opened_on=opened_on)
        except ServiceError as error:
            self.last_error = error
            self.error_label.setText(service_error_text(error))
            self.error_label.show()
            return
        self.campaign_saved.emit(row.id)
        self.accept()
