"""Block 2's self-evaluation reports: their logic and their conversation with the store.

The panel (`reports_panel.py`) holds the widgets; this object holds the evaluations as
plain items, the earlier quarter's reports and the score history, and saves each edit.
A refused edit is said through `failed` (the reason in words) or `storeFailed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.domain.evaluation import Dimension, EvaluationItem, RoomScores
from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.store import evaluations, room
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.room import report_poll
from facilitator.ui.open_meeting import loaded


class ReportsController(QObject):
    failed = Signal(str)
    storeFailed = Signal(object)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.meeting_id: int | None = None
        self.items: dict[int, EvaluationItem] = {}
        self.earlier: dict[str | None, evaluations.Earlier] = {}
        self.history: dict[str | None, list[tuple[str, int]]] = {}

    def load(self, meeting_id: int) -> None:
        """One evaluation for the company and each department, made when missing."""
        self.meeting_id = meeting_id
        try:
            evaluations.ensure_evaluations(self._db, meeting_id)
        except StoreError as error:
            self.storeFailed.emit(error)
        self.reload()
        self.earlier = evaluations.earlier_reports(self._db, meeting_id)
        self.history = evaluations.score_history(self._db, meeting_id)

    def reload(self) -> None:
        items = evaluations.evaluation_items(self._db, loaded(self.meeting_id))
        self.items = {item.id: item for item in items}

    @staticmethod
    def poll_of(key: int) -> str:
        """The room link's name for the scoring of this report."""
        return report_poll(key)

    def room_scores(self, key: int) -> RoomScores:
        """The phones' own scores on this report (the room link's scoring)."""
        try:
            counts = room.score_counts(self._db, loaded(self.meeting_id))
        except StoreError as error:
            self.storeFailed.emit(error)
            counts = {}
        return RoomScores(counts.get(report_poll(key), {}))

    def score_of(self, key: int) -> int | None:
        item = self.items.get(key)
        return item.score if item is not None else None

    def set_score(self, key: int, typed: str) -> bool:
        """Save a score as typed (a whole 1–10, or blank)."""
        try:
            evaluations.set_score(self._db, key, typed)
        except ValidationError as error:
            self.failed.emit(validation_message(error))
            return False
        except StoreError as error:
            self.storeFailed.emit(error)
            return False
        self.reload()
        return True

    def set_reporter(self, key: int, participant_id: int | None) -> None:
        try:
            evaluations.set_reporter(self._db, key, participant_id)
        except StoreError as error:
            self.storeFailed.emit(error)
            return
        self.reload()

    def set_note(self, key: int, dimension: Dimension, part: str, text: str) -> None:
        try:
            evaluations.set_note(self._db, key, dimension, part, text)
        except StoreError as error:
            self.storeFailed.emit(error)
