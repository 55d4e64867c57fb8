"""A company's earlier meetings for the app's sessions: the answers of `earlier_meetings`
(which defines "earlier"), as mapped meetings."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from facilitator.store import earlier_meetings
from facilitator.store.handle import session_rows
from facilitator.store.models import Meeting


def previous_meeting(session: Session, meeting_id: int, records: bool = False) -> Meeting | None:
    """The company's meeting before this one (a record-only one too, with `records`)."""
    found = earlier_meetings.earlier_meetings(session_rows(session), meeting_id, records)
    return session.get(Meeting, found[0][0]) if found else None


def earlier_meeting_ids(session: Session, meeting_id: int) -> list[int]:
    """Every earlier meeting held in the app, newest first."""
    return [row[0] for row in earlier_meetings.earlier_meetings(session_rows(session), meeting_id)]


def next_meeting_date(session: Session, meeting_id: int) -> date | None:
    """The date of the company's next meeting, when it is already in the app."""
    return earlier_meetings.next_meeting_date(session_rows(session), meeting_id)
