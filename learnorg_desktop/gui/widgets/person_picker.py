"""Pick a person: a search box over the lazy people list model (fast with 50,000 people)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from learnorg_desktop.enums import PersonStatus
from learnorg_desktop.gui.models.people_model import PeopleTableModel
from learnorg_desktop.storage.database import Database

SEARCH_DELAY_MS = 120


class PersonPicker(QWidget):
    """Active and incoming people by name, searched in SQL; `person_selected(id)` on each choice."""

    person_selected = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleTableModel(db, self)
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setModelColumn(0)
        self.list_view.setUniformItemSizes(True)  # never measures every row
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)  # Enter searches (see eventFilter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search a person…"))
        self.search_edit.setAccessibleName(self.tr("Search a person"))
        self.list_view.setAccessibleName(self.tr("People"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search box searches and stops there: in a dialog it must not also press Save."""
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.apply_search()
            return True
        return super().eventFilter(watched, event)

    def apply_search(self) -> None:
        self._timer.stop()
        query = replace(self.model.query(), text=self.search_edit.text().strip(),
                        statuses=frozenset({PersonStatus.ACTIVE, PersonStatus.INCOMING}))
        if query != self.model.query():
            kept = self.current_person_id()
            self.model.set_query(query)
            if kept is not None:
                self.select_person(kept, emit=False)

    def refresh(self) -> None:
        kept = self.current_person_id()
        self.model.refresh()
        if kept is not None:
            self.select_person(kept, emit=False)

    def current_person_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return self.model.person_id(index.row()) if index.isValid() else None

    def select_person(self, person_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        blocked = self.list_view.selectionModel().blockSignals(not emit)
        self.list_view.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.selectionModel().blockSignals(blocked)
        self.list_view.scrollTo(self.model.index(row, 0))
        return True

    def _current_changed(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.person_selected.emit(person_id)
