"""Block 5's consent from the room without widgets: asked or not, the company objectives
it is asked on (one step each), how many phones showed a hand, and the hands themselves
once the leader revealed them. Before a reveal the laptop reads the count only."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from facilitator.domain.consent import Consent
from facilitator.store import consent as consent_store
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.message_bridge import bridge_for


class ConsentController(QObject):
    changed = Signal()  # counts, reveals or the objectives changed
    askedChanged = Signal()  # turned on or off: the steps follow

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.meeting_id: int | None = None
        self.asked = False
        self.objectives: list[tuple[int, str]] = []
        self.counts: dict[int, int] = {}
        self.revealed: dict[int, Consent] = {}

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        try:
            self.asked = consent_store.consent_asked(self._db, self.meeting_id)
            self.objectives = consent_store.company_objectives(self._db, self.meeting_id)
            self.counts = consent_store.hand_counts(self._db, self.meeting_id)
            self.revealed = consent_store.revealed_consent(self._db, self.meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.changed.emit()

    def set_asked(self, asked: bool) -> None:
        if self.meeting_id is None or asked == self.asked:
            return
        try:
            consent_store.set_consent_asked(self._db, self.meeting_id, asked)
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.asked = asked
        self.askedChanged.emit()
        self.changed.emit()

    def objective(self, index: int) -> tuple[int, str] | None:
        """The company objective of consent step `index`."""
        return self.objectives[index] if 0 <= index < len(self.objectives) else None

    def set_revealed(self, objective_id: int, revealed: bool, now: datetime) -> None:
        if self.meeting_id is None or revealed == (objective_id in self.revealed):
            return
        try:
            consent_store.set_revealed(
                self._db, self.meeting_id, objective_id, now if revealed else None
            )
        except StoreError as error:
            self.messages.store_failed(error)
            return
        self.reload()
