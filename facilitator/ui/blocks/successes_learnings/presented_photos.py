"""Which of the presenting group's flip-chart photos the room sees: the views of its turn
in the presentation round. PageDown shows the group first, then each of its photos, then
the next group; PageUp takes a photo back. The leader can also put a chosen photo on the
screen from the group's sheet."""

from __future__ import annotations

from facilitator.store import group_photos
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.ui.message_bridge import bridge_for


class PresentedPhotos:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.messages = bridge_for(db)
        self.group_id: int | None = None  # the group presenting
        self.group_name = ""
        self.photo_ids: list[int] = []
        self.shown = 0  # 0: the group's turn itself; n: its n-th photo
        self._jpeg: tuple[int, bytes] | None = None  # the photo on screen, read once

    def follow(self, group_id: int | None, name: str = "") -> None:
        """The round is at `group_id`'s turn (None: nobody presents): a new turn starts on
        the group itself."""
        if group_id != self.group_id:
            self.group_id, self.group_name, self.shown = group_id, name, 0
            self.reload()

    def reload(self) -> None:
        """The group's photos changed (a scribe's upload, one removed): the one shown stays
        shown if it is still there."""
        showing = self.photo_id()
        try:
            photos = group_photos.group_photos(self._db, self.group_id) if self.group_id else []
        except StoreError as error:
            self.messages.store_failed(error)
            photos = []
        self.photo_ids = [photo.id for photo in photos]
        self.shown = self.photo_ids.index(showing) + 1 if showing in self.photo_ids else 0

    def views(self) -> tuple[int, int]:
        return len(self.photo_ids), self.shown

    def next(self) -> None:
        self.shown = min(self.shown + 1, len(self.photo_ids))

    def previous(self) -> None:
        self.shown = max(self.shown - 1, 0)

    def show(self, photo_id: int | None) -> None:
        """The leader's choice from the group's sheet (None: back to the group's turn)."""
        self.shown = self.photo_ids.index(photo_id) + 1 if photo_id in self.photo_ids else 0

    def photo_id(self) -> int | None:
        return self.photo_ids[self.shown - 1] if self.shown else None

    def jpeg(self) -> bytes | None:
        """The stored JPEG of the photo shown (read when it is first shown, not per tick)."""
        photo_id = self.photo_id()
        if photo_id is None:
            return None
        if self._jpeg is None or self._jpeg[0] != photo_id:
            try:
                jpeg = group_photos.photo_jpeg(self._db, photo_id)
            except StoreError as error:
                self.messages.store_failed(error)
                return None
            if jpeg is None:
                return None
            self._jpeg = (photo_id, jpeg)
        return self._jpeg[1]
