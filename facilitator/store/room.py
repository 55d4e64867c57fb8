"""What the room sends through the room link: each phone's own score on a report, and the
good news and shout-outs sent for the leader to accept into the meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, cast

from sqlalchemy import func, select, update

from facilitator.domain.evaluation import is_score
from facilitator.store.database import Database
from facilitator.store.models import (
    GoodNewsItem,
    RoomMessage,
    RoomScore,
    SelfEvaluation,
    ShoutOut,
)

MessageKind = Literal["good_news", "shout_out"]


def give_score(db: Database, meeting_id: int, poll: str, voter: str, score: int) -> None:
    """One phone's score on one report; giving it again changes it (one per phone).

    The update comes first, so the transaction writes from its first statement and waits
    behind another phone's (a read first would be refused at once as "locked")."""
    if not is_score(score):
        raise ValueError(score)
    with db.session() as session:
        changed = session.execute(
            update(RoomScore)
            .where(
                RoomScore.meeting_id == meeting_id,
                RoomScore.poll == poll,
                RoomScore.voter == voter,
            )
            .values(score=score)
        )
        if not changed.rowcount:  # type: ignore[attr-defined]
            session.add(RoomScore(meeting_id=meeting_id, poll=poll, voter=voter, score=score))


def score_counts(db: Database, meeting_id: int) -> dict[str, dict[int, int]]:
    """For each report scored by the room: how many phones gave each score."""
    with db.session() as session:
        rows = session.execute(
            select(RoomScore.poll, RoomScore.score, func.count())
            .where(RoomScore.meeting_id == meeting_id)
            .group_by(RoomScore.poll, RoomScore.score)
        )
        counts: dict[str, dict[int, int]] = {}
        for poll, score, count in rows:
            counts.setdefault(poll, {})[score] = count
        return counts


def set_revealed(db: Database, evaluation_id: int, now: datetime | None) -> None:
    """The leader revealed the room's scores of a report (`now`), or hid them (None)."""
    with db.session() as session:
        session.get_one(SelfEvaluation, evaluation_id).room_revealed_at = now


def revealed_reports(db: Database, meeting_id: int) -> set[int]:
    """The meeting's reports whose room scores are revealed."""
    with db.session() as session:
        return set(
            session.scalars(
                select(SelfEvaluation.id).where(
                    SelfEvaluation.meeting_id == meeting_id,
                    SelfEvaluation.room_revealed_at.is_not(None),
                )
            )
        )


@dataclass(frozen=True)
class RoomMessageItem:
    id: int
    kind: MessageKind
    text: str
    praised: str
    sender: str


def send_message(
    db: Database, meeting_id: int, kind: MessageKind, text: str, praised: str, sender: str
) -> int:
    """Good news or a shout-out from a phone, waiting for the leader."""
    if kind not in ("good_news", "shout_out"):
        raise ValueError(kind)
    with db.session() as session:
        message = RoomMessage(
            meeting_id=meeting_id, kind=kind, text=text, praised=praised, sender=sender
        )
        session.add(message)
        session.flush()
        return message.id


def waiting_messages(db: Database, meeting_id: int) -> list[RoomMessageItem]:
    """What the phones sent that the leader has neither accepted nor dismissed, oldest first."""
    with db.session() as session:
        rows = session.scalars(
            select(RoomMessage)
            .where(RoomMessage.meeting_id == meeting_id, RoomMessage.status == "new")
            .order_by(RoomMessage.id)
        )
        return [
            RoomMessageItem(m.id, cast(MessageKind, m.kind), m.text, m.praised, m.sender)
            for m in rows
        ]


def accept_message(db: Database, message_id: int, speaker_item_id: int | None) -> None:
    """Good news joins the speaker's notes (a line of its own, signed when it was); a
    shout-out joins the meeting's shout-outs. Raises ValueError for good news without a
    speaker to give it to."""
    with db.session() as session:
        message = session.get_one(RoomMessage, message_id)
        if message.kind == "good_news":
            if speaker_item_id is None:
                raise ValueError("good news needs a speaker")
            item = session.get_one(GoodNewsItem, speaker_item_id)
            line = f"{message.text} ({message.sender})" if message.sender else message.text
            item.good_news = f"{item.good_news}\n{line}" if item.good_news else line
        else:
            reason = f"{message.text} ({message.sender})" if message.sender else message.text
            session.add(
                ShoutOut(meeting_id=message.meeting_id, praised=message.praised, reason=reason)
            )
        message.status = "accepted"


def dismiss_message(db: Database, message_id: int) -> None:
    with db.session() as session:
        session.get_one(RoomMessage, message_id).status = "dismissed"
