"""A group's flip chart without widgets: its successes and learnings, added, removed and
brought back (undo), each saved at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.store import groups as store
from facilitator.store.conflicts import UNSEEN, write_choosing
from facilitator.store.database import Database
from facilitator.store.errors import EditConflictError, StoreError
from facilitator.ui.message_bridge import bridge_for

KINDS = ("success", "learning")

Notes = dict[str, list[tuple[int, str]]]  # kind -> (note id, text), in order


class FlipChartController(QObject):
    problem = Signal(str)  # a refusal, in words (an empty keyword, say)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        # Asked when another laptop changed the line meanwhile; True keeps this edit.
        self.choose: Callable[[EditConflictError, str], bool] = lambda _conflict, _what: False
        self._deleted: list[dict[str, Any]] = []

    def notes(self, group_id: int | None) -> Notes | None:
        """The group's sheet; None when no group is chosen or the group is gone."""
        if group_id is None:
            return None
        try:
            return store.group_notes(self._db, group_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return None

    def add(self, group_id: int, kind: str, text: str) -> bool:
        try:
            store.add_note(self._db, group_id, kind, text)
        except ValidationError as error:
            self.problem.emit(validation_message(error))
            return False
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        return True

    def edit(self, note_id: int, text: str, seen: object = UNSEEN) -> bool:
        """Correct a line; `seen` is the line as shown (another laptop may have changed it)."""
        what = self.tr("The flip-chart line")
        try:
            write_choosing(
                lambda shown: store.edit_note(self._db, note_id, text, seen=shown),
                seen,
                lambda conflict: self.choose(conflict, what),
            )
        except EditConflictError:  # theirs kept (or changed yet again meanwhile)
            return False
        except ValidationError as error:
            self.problem.emit(validation_message(error))
            return False
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        return True

    def remove(self, note_id: int) -> bool:
        try:
            self._deleted.append(store.delete_note(self._db, note_id))
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        return True

    def can_undo(self) -> bool:
        return bool(self._deleted)

    def undo(self) -> bool:
        """Bring back the note removed last."""
        if not self._deleted:
            return False
        try:
            store.restore_note(self._db, self._deleted.pop())
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        return True
