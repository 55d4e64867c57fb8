"""The room's questions still open, for block 6: read, and one made an action item."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.domain.questions import QuestionItem, open_questions
from facilitator.store import questions as question_store
from facilitator.store import records
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.message_bridge import bridge_for


class OpenQuestionsController(QObject):
    changed = Signal()
    actionAdded = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.meeting_id: int | None = None
        self.items: list[QuestionItem] = []

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        try:
            self.items = open_questions(question_store.questions(self._db, meeting_id))
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.changed.emit()

    def make_action(self, text: str) -> None:
        if self.meeting_id is None:
            return
        try:
            records.add_record(self._db, records.ACTION_ITEMS, self.meeting_id, {"what": text})
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.actionAdded.emit()
