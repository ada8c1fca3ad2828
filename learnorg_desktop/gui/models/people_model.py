"""The people list model: ordered row ids from SQL plus a bounded, lazily filled page cache."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from learnorg_desktop.enums import PersonStatus
from learnorg_desktop.gui import colours
from learnorg_desktop.services import people
from learnorg_desktop.services.people import PersonQuery, PersonRow, SortKey
from learnorg_desktop.storage.database import Database

from .labels import kind_label, status_label

PAGE_SIZE = 200
MAX_PAGES = 50  # at most 10,000 rows kept in memory whatever the list size

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple):
    """One column: its header (English source text) and the SQL sort key, None when not sortable."""

    title: str
    sort: SortKey | None


COLUMNS: tuple[Column, ...] = (
    Column("Name", SortKey.NAME),
    Column("Kind", SortKey.KIND),
    Column("Office", SortKey.OFFICE),
    Column("Role", SortKey.ROLE),
    Column("Arrival", SortKey.ARRIVAL),
    Column("Departure", SortKey.DEPARTURE),
    Column("Status", SortKey.STATUS),
    Column("E-mail", SortKey.EMAIL),
    Column("Phone", None),
    Column("Languages", None),
)


def _header(title: str) -> str:
    # Listed literally so lupdate extracts them (it cannot see through the COLUMNS table).
    texts = {
        "Name": QCoreApplication.translate("PeopleTableModel", "Name"),
        "Kind": QCoreApplication.translate("PeopleTableModel", "Kind"),
        "Office": QCoreApplication.translate("PeopleTableModel", "Office"),
        "Role": QCoreApplication.translate("PeopleTableModel", "Role"),
        "Arrival": QCoreApplication.translate("PeopleTableModel", "Arrival"),
        "Departure": QCoreApplication.translate("PeopleTableModel", "Departure"),
        "Status": QCoreApplication.translate("PeopleTableModel", "Status"),
        "E-mail": QCoreApplication.translate("PeopleTableModel", "E-mail"),
        "Phone": QCoreApplication.translate("PeopleTableModel", "Phone"),
        "Languages": QCoreApplication.translate("PeopleTableModel", "Languages"),
    }
    return texts[title]


def greyed_colour() -> QColor:
    """The colour departed people are drawn in (read from the palette at each call: the scheme may change)."""
    return colours.muted_text()


def column_of(sort: SortKey) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.sort is sort)


class PeopleTableModel(QAbstractTableModel):
    """Volunteers, staff and partners matching a PersonQuery; filtering and sorting happen in SQL."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = PersonQuery(statuses=frozenset({PersonStatus.ACTIVE, PersonStatus.INCOMING}))
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, PersonRow]] = OrderedDict()
        # Formatted cells per person: a view asks for each of the ten columns of a row in turn.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._today = date.today()
        self._locale = QLocale()
        self._reload()

    # --- querying -------------------------------------------------------------------------
    def query(self) -> PersonQuery:
        return self._query

    def set_query(self, query: PersonQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the current query (after an edit, an import or a new day)."""
        self.set_query(self._query)

    def _reload(self) -> None:
        self._today = date.today()
        self._locale = QLocale()
        self._pages.clear()
        self._texts.clear()
        with self._db.read() as session:
            self._ids = people.list_ids(session, self._query, self._today)

    def retranslate(self) -> None:
        """The language changed: labels, headers and dates are formatted again."""
        self._locale = QLocale()
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, person_id: int) -> int | None:
        """The row showing this person, None when the current query hides them."""
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def person_row(self, row: int) -> PersonRow:
        page = self._page(row // PAGE_SIZE)
        return page[self._ids[row]]

    def _page(self, number: int) -> dict[int, PersonRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        with self._db.read() as session:
            page = people.fetch_rows(session, ids, self._today)
        self._pages[number] = page
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return _header(COLUMNS[section].title)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.person_row(index.row())
            return QBrush(greyed_colour()) if row.status is PersonStatus.DEPARTED else None
        if role == PERSON_ID_ROLE:
            return self._ids[index.row()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks re-run the query in SQL; Phone and Languages are not sortable."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column].sort
        assert key is not None
        if key is not self._query.sort or descending != self._query.descending:
            self.set_query(replace(self._query, sort=key, descending=descending))

    # --- display ---------------------------------------------------------------------------
    def _date(self, value: date | None) -> str:
        if value is None:
            return ""
        qdate = QDate(value.year, value.month, value.day)
        return self._locale.toString(qdate, QLocale.FormatType.ShortFormat)

    def _row_texts(self, row_number: int) -> tuple[str, ...]:
        person_id = self._ids[row_number]
        texts = self._texts.get(person_id)
        if texts is None:
            if len(self._texts) > PAGE_SIZE * MAX_PAGES:
                self._texts.clear()
            texts = self._texts[person_id] = self._display(self.person_row(row_number))
        return texts

    def _display(self, row: PersonRow) -> tuple[str, ...]:
        name = f"{row.last_name}, {row.first_name}" if row.first_name else row.last_name
        return (
            name, kind_label(row.kind), row.office_code or "", row.role or "",
            self._date(row.arrival_date), self._date(row.departure_date), status_label(row.status),
            row.email or "", row.phone, row.languages,
        )

