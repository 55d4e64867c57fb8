"""The control window's meetings without widgets: which exist, the latest, a new one (with
last quarter's people carried over), the demo, and what the title bar says of one."""

from __future__ import annotations

from PySide6.QtCore import QObject

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.store import agenda, meetings
from facilitator.store.carry_over import latest_meeting_of, start_meeting
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.meetings import MeetingSummary
from facilitator.ui.message_bridge import bridge_for


class MeetingsController(QObject):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.messages = bridge_for(db)

    def listed(self) -> list[MeetingSummary]:
        """The meetings held in the app, newest first."""
        try:
            return meetings.list_meetings(self._db)
        except StoreError as error:
            self.messages.store_failed(error)
            return []

    def latest(self) -> int | None:
        listed = self.listed()
        return listed[0].id if listed else None

    def company_names(self) -> list[str]:
        try:
            return meetings.company_names(self._db)
        except StoreError as error:
            self.messages.store_failed(error)
            return []

    def create(
        self,
        details: MeetingDetails,
        language: str,
        planned_minutes: dict[BlockKind, int],
        carry_over: bool,
    ) -> int | None:
        """File → New meeting; with `carry_over`, from the company's latest meeting."""
        try:
            source = latest_meeting_of(self._db, details.company) if carry_over else None
            return start_meeting(self._db, details, language, planned_minutes, carry_from=source)
        except StoreError as error:
            self.messages.store_failed(error)
            return None

    def create_demo(self) -> int | None:
        """First run: a fully filled example meeting to look around in."""
        from facilitator.store.demo import create_demo_meeting

        try:
            return create_demo_meeting(self._db)
        except StoreError as error:
            self.messages.store_failed(error)
            return None

    def title_of(self, meeting_id: int) -> tuple[str, str]:
        """(company, quarter) for the window's title."""
        facts = meetings.meeting_facts(self._db, meeting_id)
        return facts.company, facts.quarter

    def minutes_last_time(self, meeting_id: int) -> dict[BlockKind, int]:
        """What each block took at the company's previous meeting (shown in the sidebar)."""
        try:
            return agenda.minutes_last_time(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
            return {}

    def follow_head_count(self, meeting_id: int) -> None:
        """Re-plan the blocks not edited by hand for who is present."""
        try:
            agenda.follow_head_count(self._db, meeting_id)
        except StoreError as error:
            self.messages.store_failed(error)
