"""The revealed ranking of block 3's dot-vote, read for the blocks that use it (5 and 6):
nothing before the reveal, since the room has not seen it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.domain.dot_vote import RankedLine
from facilitator.store import dot_votes
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.message_bridge import bridge_for


class TopLinesController(QObject):
    changed = Signal()

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.ranking: list[RankedLine] = []

    def load(self, meeting_id: int) -> None:
        try:
            revealed = dot_votes.revealed_ranking(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.ranking = revealed[0] if revealed is not None else []
        self.changed.emit()
