"""Block 2's self-evaluation reports: their logic and their conversation with the store.

The panel (`reports_panel.py`) holds the widgets; this object holds the evaluations as
plain items, the earlier quarter's reports and the score history, and saves each edit.
A refused edit is said through `failed` (the reason in words) or its store's message bridge.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from facilitator.domain.evaluation import Dimension, EvaluationItem, RoomScores, report_poll
from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.store import evaluations, room
from facilitator.store.conflicts import write_choosing
from facilitator.store.database import Database
from facilitator.store.errors import EditConflictError, StoreError
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.open_meeting import loaded
from facilitator.ui.pending_edits import PendingEdits, save_or_keep


class SelfEvaluationsController(QObject):
    failed = Signal(str)
    # Another laptop's edit was kept over this one's: show what is stored now.
    overruled = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        # Asked when another laptop changed what is being edited (shared meetings):
        # True keeps this laptop's edit. The panel gives it a question to ask.
        self.choose: Callable[[EditConflictError, str], bool] = lambda _conflict, _what: False
        # Edits made while a shared meeting's connection is lost, tried again until saved.
        self.pending = PendingEdits(self)
        self.meeting_id: int | None = None
        self.items: dict[int, EvaluationItem] = {}
        self.earlier: dict[str | None, evaluations.Earlier] = {}
        self.history: dict[str | None, list[tuple[str, int]]] = {}
        self.revealed: set[int] = set()  # reports whose room scores the leader revealed

    def load(self, meeting_id: int) -> None:
        """One evaluation for the company and each department, made when missing."""
        self.meeting_id = meeting_id
        try:
            evaluations.ensure_evaluations(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
        self.reload()
        self.earlier = evaluations.earlier_reports(self._db, meeting_id)
        self.history = evaluations.score_history(self._db, meeting_id)

    def reload(self) -> None:
        items = evaluations.evaluation_items(self._db, loaded(self.meeting_id))
        self.items = {item.id: item for item in items}
        self.revealed = room.revealed_reports(self._db, loaded(self.meeting_id))

    def set_revealed(self, key: int, revealed: bool) -> None:
        """The room's scores of report `key` revealed (or hidden again), and kept: after a
        restart, on another laptop and in the minutes."""
        if revealed:
            self.revealed.add(key)
        else:
            self.revealed.discard(key)
        try:
            room.set_revealed(self._db, key, datetime.now(UTC) if revealed else None)
        except StoreError as error:
            self.messages.store_failed(error)

    @staticmethod
    def poll_of(key: int) -> str:
        """The room link's name for the scoring of this report."""
        return report_poll(key)

    def room_scores(self, key: int) -> RoomScores:
        """The phones' own scores on this report (the room link's scoring)."""
        try:
            counts = room.score_counts(self._db, loaded(self.meeting_id))
        except StoreError as error:
            self.messages.store_failed(error)
            counts = {}
        return RoomScores(counts.get(report_poll(key), {}))

    def score_of(self, key: int) -> int | None:
        item = self.items.get(key)
        return item.score if item is not None else None

    def set_score(self, key: int, typed: str) -> bool:
        """Save a score as typed (a whole 1–10, or blank)."""
        return self._write(
            self.tr("The score"),
            self.score_of(key),
            lambda seen: evaluations.set_score(self._db, key, typed, seen=seen),
            (key, "score"),
        )

    def set_reporter(self, key: int, participant_id: int | None) -> None:
        item = self.items.get(key)
        self._write(
            self.tr("Who reports"),
            item.reporter_id if item is not None else None,
            lambda seen: evaluations.set_reporter(self._db, key, participant_id, seen=seen),
            (key, "reporter"),
        )

    def set_note(self, key: int, dimension: Dimension, part: str, text: str) -> None:
        item = self.items.get(key)
        good, better = item.notes.get(dimension.value, ("", "")) if item else ("", "")
        self._write(
            self.tr("The note"),
            good if part == "good" else better,
            lambda seen: evaluations.set_note(self._db, key, dimension, part, text, seen=seen),
            (key, dimension, part),
        )

    def _write(
        self, what: str, seen: object, write: Callable[[object], object], field: Hashable
    ) -> bool:
        """Save with the value this laptop showed; when another laptop changed it since,
        ask which to keep. True when this laptop's edit is saved. Without a connection the
        edit is kept and tried again (`pending`)."""
        try:
            saved = save_or_keep(
                lambda: write_choosing(write, seen, lambda conflict: self.choose(conflict, what)),
                self.pending,
                field,
                lambda: self._write(what, seen, write, field),
                self.messages.store_failed,
            )
        except ValidationError as error:
            self.failed.emit(validation_message(error))
            return False
        except EditConflictError:  # theirs kept (or changed yet again meanwhile)
            self._reload_after_edit()
            self.overruled.emit()
            return False
        if saved:
            self._reload_after_edit()
        return bool(saved)

    def _reload_after_edit(self) -> None:
        try:
            self.reload()
        except StoreError as error:  # saved, but the connection went right after
            self.messages.store_failed(error)
