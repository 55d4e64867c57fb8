"""A company's earlier meetings, as the review, the follow-ups and the history see them.

Written once: "earlier" means the same company, dated on or before this meeting, newest
first. Record-only meetings (last quarter's OKRs entered for a company's first meeting in
the app) count only where asked for: they hold OKRs, nothing else.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from facilitator.store.models import Meeting


def _earlier(session: Session, meeting_id: int, records: bool) -> Select[Meeting]:
    meeting = session.get_one(Meeting, meeting_id)
    query = select(Meeting).where(
        Meeting.company_id == meeting.company_id,
        Meeting.id != meeting.id,
        Meeting.meeting_date <= meeting.meeting_date,
    )
    if not records:
        query = query.where(Meeting.record_only.is_(False))
    return query.order_by(Meeting.meeting_date.desc(), Meeting.id.desc())


def previous_meeting(session: Session, meeting_id: int, records: bool = False) -> Meeting | None:
    """The company's meeting before this one (a record-only one too, with `records`)."""
    return session.scalars(_earlier(session, meeting_id, records)).first()


def earlier_meeting_ids(session: Session, meeting_id: int) -> list[int]:
    """Every earlier meeting held in the app, newest first."""
    return [m.id for m in session.scalars(_earlier(session, meeting_id, records=False))]


def next_meeting_date(session: Session, meeting_id: int) -> date | None:
    """The date of the company's next meeting, when it is already in the app."""
    meeting = session.get_one(Meeting, meeting_id)
    return session.scalar(
        select(Meeting.meeting_date)
        .where(
            Meeting.company_id == meeting.company_id,
            Meeting.id != meeting.id,
            Meeting.meeting_date > meeting.meeting_date,
            Meeting.record_only.is_(False),
        )
        .order_by(Meeting.meeting_date)
    )
