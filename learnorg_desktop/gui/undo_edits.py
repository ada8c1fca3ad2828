"""The undoable in-place edits: a checklist item ticked or unticked, a session's attendance saved.

Each builder captures the state before and after the edit and the version the undo expects, so that
undo and redo go through the service's conflict check instead of overwriting a newer change.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from typing import Any

from learnorg_desktop.gui.undo import UndoableEdit
from learnorg_desktop.services import onboarding_followup as followup
from learnorg_desktop.services import session_attendance
from learnorg_desktop.services.onboarding_followup import ItemRow
from learnorg_desktop.storage.database import Database


def checklist_item_edit(db: Database, text: str, before: ItemRow, after: ItemRow, version: list[int],
                        refresh: Callable[[], None] | None = None) -> UndoableEdit:
    """Writes back who ticked the item, when, and the comment; the item's row version must not have moved.

    `version` holds the row version this window's last write left on the item; the panel shares it between
    all the edits of one item, so undoing two edits in a row expects what the later undo left.
    """

    def restore(state: ItemRow) -> Callable[[Any], None]:
        def work(session: Any) -> None:
            version[0] = followup.restore_item(session, state.id, state.done_at, state.done_by_id, state.comment,
                                               expected_version=version[0])
        return work

    return UndoableEdit(text, db, undo=restore(before), redo=restore(after), refresh=refresh)


def attendance_edit(db: Database, text: str, session_id: int, before: Collection[int], after: Collection[int],
                    now: datetime, refresh: Callable[[], None] | None = None) -> UndoableEdit:
    """Writes back who was present; refused when the people present are no longer those this edit left."""
    old, new = frozenset(before), frozenset(after)

    def put(present: frozenset[int], expected: frozenset[int]) -> Callable[[Any], None]:
        return lambda session: session_attendance.set_attendance(session, session_id, present, now, expected=expected)

    return UndoableEdit(text, db, undo=put(old, new), redo=put(new, old), refresh=refresh)
