"""Last meeting's action items, followed up where the quarter is closed (block 4): done,
not done, or moved — a moved one is carried into this meeting's own action items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from facilitator.store.database import Database
from facilitator.store.history import previous_meeting
from facilitator.store.models import ActionItem, Participant

FOLLOW_UPS = ("done", "not_done", "moved")


@dataclass(frozen=True)
class EarlierAction:
    id: int
    what: str
    owner: str | None
    due: date | None
    follow_up: str | None


def earlier_actions(db: Database, meeting_id: int) -> list[EarlierAction]:
    """The action items agreed at the company's previous meeting, in their order."""
    with db.session() as session:
        previous = previous_meeting(session, meeting_id)
        if previous is None:
            return []
        rows = session.scalars(
            select(ActionItem)
            .where(ActionItem.meeting_id == previous.id)
            .options(selectinload(ActionItem.owner))
            .order_by(ActionItem.position, ActionItem.id)
        )
        return [
            EarlierAction(a.id, a.what, a.owner.name if a.owner else None, a.due_date, a.follow_up)
            for a in rows
        ]


def set_follow_up(db: Database, meeting_id: int, action_id: int, status: str | None) -> None:
    """Record what became of one of last meeting's action items. "moved" carries it into
    this meeting's action items (once; its owner found by name, no due date yet)."""
    if status not in (None, *FOLLOW_UPS):
        raise ValueError(status)
    with db.unit_of_work() as session:
        previous = previous_meeting(session, meeting_id)
        action = session.get_one(ActionItem, action_id)
        if previous is None or action.meeting_id != previous.id:
            raise LookupError(action_id)
        action.follow_up = status
        if status != "moved":
            return
        carried = session.scalar(
            select(ActionItem.id).where(
                ActionItem.meeting_id == meeting_id, ActionItem.what == action.what
            )
        )
        if carried is not None:
            return
        owner = (
            session.scalar(
                select(Participant.id).where(
                    Participant.meeting_id == meeting_id, Participant.name == action.owner.name
                )
            )
            if action.owner is not None
            else None
        )
        last = session.scalar(
            select(func.max(ActionItem.position)).where(ActionItem.meeting_id == meeting_id)
        )
        session.add(
            ActionItem(
                meeting_id=meeting_id, what=action.what, owner_id=owner, position=(last or 0) + 1
            )
        )
