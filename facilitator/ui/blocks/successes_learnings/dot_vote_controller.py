"""Block 3's dot-vote without widgets: its rules (turned on by the leader), the count of
phones that voted while it is open, and the ranking once the leader revealed it.

Before the reveal the laptop reads only the count: nobody in the room, the leader
included, sees how the dots fall before the room does."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from facilitator.domain.dot_vote import DotRules, RankedLine, VoteLine
from facilitator.store import dot_votes as vote_store
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.message_bridge import bridge_for


class DotVoteController(QObject):
    changed = Signal()  # the count, the ranking or the rules changed
    rulesChanged = Signal()  # turned on or off, or its budget changed: the steps follow

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.meeting_id: int | None = None
        self.rules: DotRules | None = None
        self.revealed = False
        self.voters = 0
        self.ranking: list[RankedLine] = []

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Read the vote as it is now (a phone voted, another laptop revealed it)."""
        if self.meeting_id is None:
            return
        try:
            self.rules = vote_store.vote_rules(self._db, self.meeting_id)
            revealed = vote_store.revealed_ranking(self._db, self.meeting_id)
            if revealed is None:
                self.revealed, self.ranking = False, []
                self.voters = vote_store.voter_count(self._db, self.meeting_id)
            else:
                self.revealed = True
                self.ranking, self.voters = revealed
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.changed.emit()

    def set_rules(self, rules: DotRules | None) -> None:
        """Turn the vote on with `rules`, change them, or turn it off (None)."""
        if self.meeting_id is None or rules == self.rules:
            return
        try:
            vote_store.set_vote_rules(self._db, self.meeting_id, rules)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.rules = rules
        self.rulesChanged.emit()
        self.changed.emit()

    def set_revealed(self, revealed: bool, now: datetime) -> None:
        """The run reached the ranking (revealed) or went back to the open vote."""
        if self.meeting_id is None or self.rules is None or revealed == self.revealed:
            return
        try:
            vote_store.set_revealed(self._db, self.meeting_id, now if revealed else None)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.reload()

    def lines(self) -> list[VoteLine]:
        """The flip charts' lines as they are now: what the phones vote on."""
        if self.meeting_id is None:
            return []
        try:
            return vote_store.vote_lines(self._db, self.meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return []
