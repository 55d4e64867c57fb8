"""The meeting's own facts — its details and language, its texts (the vision, the summary,
what gave the most value, ...) and when the quarter was declared closed — read once and
saved as edited.
Used by blocks 2 (its statements), 4 and 6, and by the company and details tabs, in place
of store calls of their own."""

from __future__ import annotations

from datetime import datetime
from typing import get_args

from PySide6.QtCore import QObject

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.meetings import ProfileText
from facilitator.ui.message_bridge import bridge_for
from facilitator.ui.open_meeting import loaded
from facilitator.ui.statements import Statement, statements_of


class MeetingController(QObject):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)
        self.meeting_id: int | None = None
        self.texts: dict[ProfileText, str] = {}
        self.closed_at: datetime | None = None
        self.language = ""
        self.details: MeetingDetails | None = None

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        meeting = meetings.get_meeting(self._db, meeting_id)
        self.texts = {field: getattr(meeting, field) for field in get_args(ProfileText)}
        self.closed_at = meeting.quarter_closed_at
        self.language = meeting.language
        self.details = meetings.details_of_meeting(meeting)

    def save_details(self, details: MeetingDetails) -> bool:
        """Company, quarter, date, time, place and leader; False when the store failed
        (said on its store's message bridge). Raises ValidationError for a detail out of range."""
        try:
            meetings.update_details(self._db, loaded(self.meeting_id), details)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self.details = details
        return True

    def set_language(self, code: str) -> bool:
        """The language the minutes are written in."""
        try:
            meetings.set_language(self._db, loaded(self.meeting_id), code)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self.language = code
        return True

    def statements(self, meeting_id: int) -> list[Statement]:
        """The vision, mission, purpose and each value, as block 2 (a) goes through them."""
        try:
            meeting = meetings.get_meeting(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return []
        return statements_of(
            meeting.vision, meeting.mission, meeting.purpose, [v.text for v in meeting.values]
        )

    def save_text(self, field: ProfileText, text: str) -> bool:
        try:
            meetings.update_profile_text(self._db, loaded(self.meeting_id), field, text)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self.texts[field] = text
        return True

    def set_closed_at(self, moment: datetime | None) -> bool:
        """Declare the quarter closed at `moment`, or (None) take the declaration back."""
        try:
            meetings.set_quarter_closed(self._db, loaded(self.meeting_id), moment)
        except StoreError as error:
            self.messages.store_failed(error)
            return False
        self.closed_at = moment
        return True
