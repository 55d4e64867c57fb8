"""Block 1 without widgets: each speaker's notes, saved as typed, and what the phones sent
through the room link. The queue itself is the `TurnRound`."""

from __future__ import annotations

from facilitator.store import good_news, room
from facilitator.store.errors import StoreError
from facilitator.store.good_news import NoteField, SpeakerNotes
from facilitator.store.room import RoomMessageItem
from facilitator.ui.blocks.parts.shout_outs_controller import ShoutOutsController


class GoodNewsController(ShoutOutsController):
    """Also the shout-outs' controller: block 1 takes them in, block 6 ticks them off."""

    def notes(self, item_id: int | None) -> SpeakerNotes | None:
        """The selected speaker's notes (None: nobody selected, or the turn is gone)."""
        if item_id is None:
            return None
        try:
            return good_news.speaker_notes(self._db, item_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return None

    def save_note(self, item_id: int, field: NoteField, text: str) -> bool:
        try:
            good_news.set_note(self._db, item_id, field, text)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        return True

    # -- what the phones sent through the room link ------------------------------------------

    def waiting_messages(self, meeting_id: int) -> list[RoomMessageItem]:
        try:
            return room.waiting_messages(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return []

    def accept_message(self, message: RoomMessageItem, speaker_item_id: int | None) -> bool:
        """Good news joins the speaker's notes; a shout-out joins the shout-outs."""
        try:
            room.accept_message(self._db, message.id, speaker_item_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        return True

    def dismiss_message(self, message: RoomMessageItem) -> bool:
        try:
            room.dismiss_message(self._db, message.id)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        return True
