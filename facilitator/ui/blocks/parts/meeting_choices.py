"""The open meeting's people and values, for the pickers in every block's note lists."""

from __future__ import annotations

from facilitator.store import meetings
from facilitator.store.database import Database
from facilitator.store.participants import participant_names
from facilitator.store.records import Kind


class MeetingChoices:
    """Read once per meeting and kept: every table cell that names a person asks for
    them, so a query per call made a 200-person block take seconds to open. The meeting
    read again (people or values changed on the setup page) and a late arrival `clear`
    the copy."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.meeting_id: int | None = None
        self._kept: dict[Kind, dict[int, str]] = {}

    def show(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.clear()

    def clear(self) -> None:
        self._kept.clear()

    def __call__(self, kind: Kind) -> dict[int, str]:
        if self.meeting_id is None:
            return {}
        if kind not in self._kept:
            if kind is Kind.PERSON:
                self._kept[kind] = participant_names(self._db, self.meeting_id)
            elif kind is Kind.VALUE:
                values = meetings.list_values(self._db, self.meeting_id)
                self._kept[kind] = {v.id: v.text for v in values}
            else:
                return {}
        return self._kept[kind]
