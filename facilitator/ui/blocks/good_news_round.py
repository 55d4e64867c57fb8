"""The good-news speaker queue as the run controller's turn handler."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.domain.turns import Turn, TurnQueue, TurnView
from facilitator.store import good_news
from facilitator.store.database import Database
from facilitator.store.errors import StoreError


class GoodNewsRound(QObject):
    changed = Signal()
    storeFailed = Signal(object)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.meeting_id: int | None = None
        self.queue = TurnQueue([], 0)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is not None:
            self.queue = good_news.load_queue(self._db, self.meeting_id)
        self.changed.emit()

    def _save(self, changes: dict[int, Turn]) -> None:
        if not changes:
            return
        try:
            good_news.save_turns(self._db, changes)
        except StoreError as error:
            self.storeFailed.emit(error)
            self.reload()
            return
        self.changed.emit()

    # -- building the queue ---------------------------------------------------------------

    def build(self, shuffle: bool = False, seed: int | None = None) -> None:
        """Queue everyone present who is not queued yet (all of them the first time)."""
        if self.meeting_id is None:
            return
        try:
            good_news.build_queue(self._db, self.meeting_id, shuffle, seed)
        except StoreError as error:
            self.storeFailed.emit(error)
        self.reload()

    def shuffle(self, seed: int | None = None) -> None:
        self.reorder(self.queue.shuffled_keys(seed))

    def reorder(self, keys: list[int]) -> None:
        self.queue.reorder(keys)
        try:
            good_news.set_order(self._db, [t.key for t in self.queue.turns])
        except StoreError as error:
            self.storeFailed.emit(error)
        self.reload()

    def set_skipped(self, key: int, skipped: bool, block_time: float | None) -> None:
        self._save(self.queue.set_skipped(key, skipped, block_time))

    def set_seconds(self, seconds: int | None) -> None:
        if self.meeting_id is None:
            return
        try:
            good_news.set_speaker_seconds(self._db, self.meeting_id, seconds)
        except StoreError as error:
            self.storeFailed.emit(error)
        self.reload()

    def view(self, block_time: float) -> TurnView:
        return self.queue.view(block_time)

    # -- TurnHandler ----------------------------------------------------------------------

    def block_started(self, block_time: float) -> None:
        if not self.queue.turns:
            self.build()
        self._save(self.queue.begin(block_time))

    def has_turns(self) -> bool:
        return any(not turn.skipped for turn in self.queue.turns)

    def has_next_turn(self) -> bool:
        return not self.queue.finished and not self.queue.is_last()

    def next_turn(self, block_time: float) -> None:
        self._save(self.queue.advance(block_time))

    def finish_turns(self, block_time: float) -> None:
        if not self.queue.finished:
            self._save(self.queue.advance(block_time))

    def previous_turn(self) -> bool:
        changes = self.queue.back()
        self._save(changes)
        return bool(changes)
