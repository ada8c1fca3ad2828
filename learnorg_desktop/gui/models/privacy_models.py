"""Table models of the personal-data dialogs: one person's consents, and the people due for anonymisation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from learnorg_desktop.gui import colours
from learnorg_desktop.gui.models.labels import kind_label
from learnorg_desktop.gui.models.rows_model import RowsModel, short_date
from learnorg_desktop.services.privacy import ConsentRow, DuePerson


def purpose_label(purpose: str) -> str:
    """The translated name of a purpose the application knows; the association's own wording as typed."""
    labels = {
        "contact": QCoreApplication.translate("Privacy", "Contact (e-mail, phone)"),
        "photos": QCoreApplication.translate("Privacy", "Photos and videos"),
        "data_sharing": QCoreApplication.translate("Privacy", "Sharing data with partners"),
    }
    return labels.get(purpose, purpose)


class ConsentsModel(RowsModel):
    """Purpose, given on, withdrawn on, note; withdrawn consents in grey."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Purpose"), self.tr("Given on"), self.tr("Withdrawn on"), self.tr("Note"))

    def cell(self, row: ConsentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (purpose_label(row.purpose), short_date(row.given_on), short_date(row.withdrawn_on), row.note)
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return colours.muted_text()
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and row.note:
            return row.note
        return None


class DueModel(RowsModel):
    """Name, kind, office, departure date of the people the retention review lists."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("Office"), self.tr("Left on"))

    def cell(self, row: DuePerson, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.name, kind_label(row.kind), row.office_code or "", short_date(row.departure_date))
            return values[column]
        return None
