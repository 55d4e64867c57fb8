"""Turns inside a block as the run controller's turn handler: the good-news speakers, and
the reports of block 2. The two differ only in where their turns are stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from facilitator.domain.turns import Turn, TurnQueue, TurnView
from facilitator.store import evaluations, good_news, meetings
from facilitator.store import groups as group_store
from facilitator.store.database import Database
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.open_meeting import loaded
from facilitator.ui.pending_edits import PendingEdits


@dataclass(frozen=True)
class TurnStore:
    load: Callable[[Database, int], TurnQueue]
    save: Callable[[Database, dict[int, Turn]], None]
    order: Callable[[Database, list[int]], None]
    seconds: Callable[[Database, int, int | None], None]
    build: Callable[[Database, int, bool, int | None], None]


GOOD_NEWS_TURNS = TurnStore(
    load=good_news.load_queue,
    save=good_news.save_turns,
    order=good_news.set_order,
    seconds=good_news.set_speaker_seconds,
    build=good_news.build_queue,
)


def _load_reports(db: Database, meeting_id: int) -> TurnQueue:
    company = meetings.meeting_facts(db, meeting_id).company
    return evaluations.load_queue(db, meeting_id, company)


REPORT_TURNS = TurnStore(
    load=_load_reports,
    save=evaluations.save_turns,
    order=evaluations.set_order,
    seconds=evaluations.set_reporting_seconds,
    build=lambda db, meeting_id, _shuffle, _seed: evaluations.ensure_evaluations(db, meeting_id),
)


GROUP_TURNS = TurnStore(
    load=group_store.load_round,
    save=group_store.save_round,
    order=group_store.set_round_order,
    seconds=group_store.set_presentation_seconds,
    build=lambda db, meeting_id, _shuffle, _seed: None,  # the groups are assigned elsewhere
)


class TurnRound(QObject):
    changed = Signal()

    def __init__(
        self, db: Database, store: TurnStore, begins_with_block: bool, parent=None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self._store = store
        # Good news starts with its first speaker; the reports wait for "Start the reports"
        # because block 2 opens with the vision and values.
        self._begins_with_block = begins_with_block
        self.meeting_id: int | None = None
        self.queue = TurnQueue([], 0)
        # Turns a shared meeting's lost connection kept from being saved (see `_save`).
        self._unsaved: dict[int, Turn] = {}
        self.pending = PendingEdits(self)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is not None and not self._unsaved:
            try:
                self.queue = self._store.load(self._db, self.meeting_id)
            except StoreError as error:  # shown as it was; read again next time
                self.messages.store_failed(error)
        self.changed.emit()

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except StoreError as error:
            self.messages.store_failed(error)

    def _save(self, changes: dict[int, Turn]) -> None:
        """Save the turns that changed. Without the connection to a shared meeting the
        round goes on as it is shown, and the turns are saved when it is back."""
        if changes or self._unsaved:
            try:
                self._store.save(self._db, {**self._unsaved, **changes})
            except StoreError as error:
                self.messages.store_failed(error)
                if error.problem is StoreProblem.OFFLINE:
                    self._unsaved.update(changes)
                    self.pending.keep("turns", lambda: self._save({}))
                    self.changed.emit()
                    return
            else:
                self._unsaved = {}
        self.reload()

    def build(self, shuffle: bool = False, seed: int | None = None) -> None:
        """Queue everyone (or every department) not queued yet."""
        if self.meeting_id is not None:
            self._guard(lambda: self._store.build(self._db, loaded(self.meeting_id), shuffle, seed))
        self.reload()

    def shuffle(self, seed: int | None = None) -> None:
        self.reorder(self.queue.shuffled_keys(seed))

    def reorder(self, keys: list[int]) -> None:
        self.queue.reorder(keys)
        self._guard(lambda: self._store.order(self._db, [t.key for t in self.queue.turns]))
        self.reload()

    def set_skipped(self, key: int, skipped: bool, block_time: float | None) -> None:
        self._save(self.queue.set_skipped(key, skipped, block_time))

    def set_seconds(self, seconds: int | None) -> None:
        if self.meeting_id is not None:
            self._guard(lambda: self._store.seconds(self._db, loaded(self.meeting_id), seconds))
        self.reload()

    def view(self, block_time: float) -> TurnView:
        return self.queue.view(block_time)

    def started(self) -> bool:
        return any(turn.start is not None for turn in self.queue.turns)

    def begin(self, block_time: float) -> None:
        if not self.queue.turns:
            self.build()
        self._save(self.queue.begin(block_time))

    # -- walked by the run's steps (ui/run/step_driver.py) -------------------------

    def block_started(self, block_time: float) -> None:
        if self._begins_with_block:
            self.begin(block_time)

    def next_turn(self, block_time: float) -> None:
        self._save(self.queue.advance(block_time))

    def finish_turns(self, block_time: float) -> None:
        if not self.queue.finished:
            self._save(self.queue.advance(block_time))

    def previous_turn(self) -> bool:
        changes = self.queue.back()
        self._save(changes)
        return bool(changes)


def good_news_round(db: Database, parent=None) -> TurnRound:
    return TurnRound(db, GOOD_NEWS_TURNS, begins_with_block=True, parent=parent)


def reports_round(db: Database, parent=None) -> TurnRound:
    return TurnRound(db, REPORT_TURNS, begins_with_block=False, parent=parent)


def presentation_round(db: Database, parent=None) -> TurnRound:
    return TurnRound(db, GROUP_TURNS, begins_with_block=False, parent=parent)
