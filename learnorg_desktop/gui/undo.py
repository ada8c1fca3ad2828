"""Undo for edits made in place in a list: one QUndoStack per window, commands that write through a service.

An edit is written first (the panel shows any refusal as usual), then handed over as an `UndoableEdit`;
undo and redo write the other state back through the same service in one transaction. When the record
changed since (the service raises its conflict error), the user gets the normal message and the command
is dropped from the stack rather than overwriting someone else's change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from learnorg_desktop.gui.errors import service_error_text
from learnorg_desktop.services.errors import ServiceError

if TYPE_CHECKING:  # the window's shell is built before SQLAlchemy is imported
    from learnorg_desktop.storage.database import Database

Work = Callable[[Any], None]  # work(session): one write through a service


@dataclass
class UndoableEdit:
    """What a panel hands over after an edit it has written: how to write it back, and how to show it."""

    text: str  # the action's name, shown as "Undo <text>"
    db: Database
    undo: Work
    redo: Work
    refresh: Callable[[], None] | None = None  # reload the views that show the record


class ServiceEditCommand(QUndoCommand):
    """Undo/redo of one written edit; a refusal (conflict, record gone) removes it from the stack."""

    def __init__(self, edit: UndoableEdit, report: Callable[[str, ServiceError], None]) -> None:
        super().__init__(edit.text)
        self.edit, self._report = edit, report
        self._written = True  # push() calls redo() at once: the edit itself is already in the database

    def undo(self) -> None:
        self._write(self.edit.undo)

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._write(self.edit.redo)

    def _write(self, work: Work) -> None:
        try:
            with self.edit.db.transaction() as session:
                work(session)
        except ServiceError as error:
            self.setObsolete(True)  # the stack deletes an obsolete command instead of moving past it
            self._report(self.text(), error)
        if self.edit.refresh is not None:
            self.edit.refresh()


class WindowUndo(QObject):
    """The window's undo stack and its Edit menu actions ("Undo %1" / "Redo %1")."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.stack = QUndoStack(self)
        self.undo_action = QAction(window)
        self.redo_action = QAction(window)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo_action.triggered.connect(self.stack.undo)
        self.redo_action.triggered.connect(self.stack.redo)
        # A bound method, not a lambda: Qt drops the connection when this object goes, before the stack does.
        self.stack.indexChanged.connect(self._stack_changed)
        self.stack.cleanChanged.connect(self._stack_changed)
        self.retranslate()

    def push(self, edit: UndoableEdit) -> None:
        self.stack.push(ServiceEditCommand(edit, self._report))

    def clear(self, *_args: object) -> None:
        """Another database (or the same one reloaded after a merge or a restore): old edits no longer apply."""
        self.stack.clear()

    def retranslate(self) -> None:
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo"))
        self.undo_action.setEnabled(self.stack.canUndo())
        self.redo_action.setEnabled(self.stack.canRedo())

    def _stack_changed(self, *_args: object) -> None:
        self.retranslate()

    def _report(self, text: str, error: ServiceError) -> None:
        QMessageBox.warning(self._window, self.tr("Undo %1").replace("%1", text), service_error_text(error))
