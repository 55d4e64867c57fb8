"""The shout-outs to pass on after the meeting, without widgets: block 1 takes them in,
block 6 (and the leader after the meeting) ticks them off."""

from __future__ import annotations

from PySide6.QtCore import QObject

from facilitator.store import good_news
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.good_news import ShoutOutToPass
from facilitator.ui.message_bridge import bridge_for


class ShoutOutsController(QObject):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)

    def shout_outs(self, meeting_id: int) -> list[ShoutOutToPass]:
        """The meeting's shout-outs, the ones still to pass on first."""
        try:
            return good_news.shout_outs(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return []

    def set_passed_on(self, shout_out_id: int, passed: bool) -> bool:
        try:
            good_news.set_passed_on(self._db, shout_out_id, passed)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        return True
