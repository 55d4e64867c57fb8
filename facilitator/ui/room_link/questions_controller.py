"""Questions from the room without widgets: the moderation queue (waiting and approved,
by upvotes), the leader's approve, dismiss, on the room's screen and answered, and an
open question made into an action item. Every change tells the phones (through the room
link) to read their list again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.domain.questions import QuestionItem, QuestionStatus, moderation_queue
from facilitator.store import questions as question_store
from facilitator.store import records
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.message_bridge import bridge_for

READ_MS = 200  # a burst of upvotes is read once


class QuestionsController(QObject):
    changed = Signal()  # the queue changed (here, on a phone, on another laptop)
    screenChanged = Signal()  # the question on the room's screen changed
    actionAdded = Signal()  # an open question became an action item (block 6 shows it)

    def __init__(
        self,
        db: Database,
        now: Callable[[], datetime],
        tell_phones: Callable[[], None],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._now = now
        self._tell_phones = tell_phones
        self.messages = bridge_for(db)
        self.meeting_id: int | None = None
        self.items: list[QuestionItem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_MS)
        self._timer.timeout.connect(self.reload)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def arrived(self) -> None:
        """A phone asked or upvoted: read once for the burst."""
        if not self._timer.isActive():
            self._timer.start()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        on_screen = self.on_screen()
        try:
            self.items = question_store.questions(self._db, self.meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.changed.emit()
        if self.on_screen() != on_screen:
            self.screenChanged.emit()

    def queue(self) -> list[QuestionItem]:
        return moderation_queue(self.items)

    def on_screen(self) -> QuestionItem | None:
        return next((q for q in self.items if q.on_screen), None)

    def set_status(self, question_id: int, status: QuestionStatus) -> None:
        self._change(lambda: question_store.set_status(self._db, question_id, status, self._now()))

    def show_on_screen(self, question_id: int | None) -> None:
        assert self.meeting_id is not None
        meeting_id = self.meeting_id
        self._change(lambda: question_store.show_on_screen(self._db, meeting_id, question_id))

    def make_action(self, question_id: int) -> None:
        """An open question becomes an action item of block 6 (its text as the action)."""
        question = next(q for q in self.items if q.id == question_id)
        assert self.meeting_id is not None
        try:
            records.add_record(
                self._db, records.ACTION_ITEMS, self.meeting_id, {"what": question.text}
            )
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.actionAdded.emit()

    def _change(self, write: Callable[[], None]) -> None:
        try:
            write()
        except (StoreError, ValueError) as error:
            if isinstance(error, StoreError):
                self.messages.store_failed(error)
            return
        self._tell_phones()
        self.reload()
