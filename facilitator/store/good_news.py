"""The good-news round: the speaker queue, each turn's times and notes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from facilitator.domain.turns import Turn, TurnQueue
from facilitator.store.database import Database
from facilitator.store.models import GoodNewsItem, Meeting, Participant, ShoutOut
from facilitator.store.turn_rows import save_turn_rows

SHARING_SECONDS = 10 * 60  # the guide: sharing itself takes at most 10 minutes


def list_items(db: Database, meeting_id: int) -> list[GoodNewsItem]:
    with db.session() as session:
        return list(
            session.scalars(
                select(GoodNewsItem)
                .where(GoodNewsItem.meeting_id == meeting_id)
                .options(selectinload(GoodNewsItem.participant))
                .order_by(GoodNewsItem.position, GoodNewsItem.id)
            )
        )


def build_queue(
    db: Database, meeting_id: int, shuffle: bool = False, seed: int | None = None
) -> None:
    """Add every present participant not yet in the queue (all of them the first time),
    in list order or shuffled; absent people are left out."""
    with db.session() as session:
        queued = set(
            session.scalars(
                select(GoodNewsItem.participant_id).where(GoodNewsItem.meeting_id == meeting_id)
            )
        )
        people = [
            p
            for p in session.scalars(
                select(Participant)
                .where(Participant.meeting_id == meeting_id, Participant.present.is_(True))
                .order_by(Participant.position, Participant.id)
            )
            if p.id not in queued
        ]
        if shuffle:
            random.Random(seed).shuffle(people)
        last = (
            session.scalar(
                select(func.max(GoodNewsItem.position)).where(GoodNewsItem.meeting_id == meeting_id)
            )
            or 0
        )
        for offset, person in enumerate(people, start=1):
            session.add(
                GoodNewsItem(
                    meeting_id=meeting_id, participant_id=person.id, position=last + offset
                )
            )


def speaker_seconds(db: Database, meeting_id: int) -> int:
    """The time per speaker: set by the leader, or 10 minutes shared by the queue."""
    with db.session() as session:
        chosen = session.get_one(Meeting, meeting_id).speaker_seconds
        if chosen:
            return chosen
        speakers = session.scalar(
            select(func.count())
            .select_from(GoodNewsItem)
            .where(GoodNewsItem.meeting_id == meeting_id, GoodNewsItem.skipped.is_(False))
        )
        return TurnQueue.share(SHARING_SECONDS, speakers or 0)


def set_speaker_seconds(db: Database, meeting_id: int, seconds: int | None) -> None:
    with db.session() as session:
        session.get_one(Meeting, meeting_id).speaker_seconds = seconds


def load_queue(db: Database, meeting_id: int) -> TurnQueue:
    """The good-news round: one turn per speaker. One query of the columns it needs (with
    a thousand people, reading the items and their people as objects took 80 ms)."""
    query = (
        select(
            GoodNewsItem.id,
            Participant.name,
            GoodNewsItem.skipped,
            GoodNewsItem.turn_start,
            GoodNewsItem.turn_end,
        )
        .outerjoin(Participant, Participant.id == GoodNewsItem.participant_id)
        .where(GoodNewsItem.meeting_id == meeting_id)
        .order_by(GoodNewsItem.position, GoodNewsItem.id)
    )
    with db.session() as session:
        rows = session.execute(query).all()
    turns = [
        Turn(key, name or "", bool(skipped), start, end) for key, name, skipped, start, end in rows
    ]
    return TurnQueue(turns, speaker_seconds(db, meeting_id))


def save_turns(db: Database, changes: dict[int, Turn]) -> None:
    save_turn_rows(db, GoodNewsItem, changes)


def set_order(db: Database, keys: list[int]) -> None:
    with db.session() as session:
        for position, key in enumerate(keys, start=1):
            session.get_one(GoodNewsItem, key).position = position


NoteField = Literal["good_news", "challenges"]


@dataclass(frozen=True)
class SpeakerNotes:
    """What the leader noted for one speaker in the good-news round."""

    id: int
    speaker: str
    good_news: str
    challenges: str


def speaker_notes(db: Database, item_id: int) -> SpeakerNotes | None:
    """One speaker's notes; None when the turn is gone (the queue was rebuilt)."""
    with db.session() as session:
        item = session.get(GoodNewsItem, item_id)
        if item is None:
            return None
        name = item.participant.name if item.participant is not None else ""
        return SpeakerNotes(item.id, name, item.good_news, item.challenges)


def set_note(db: Database, item_id: int, field: NoteField, text: str) -> None:
    """Save a speaker's good news or challenges as typed."""
    if field not in ("good_news", "challenges"):
        raise ValueError(field)
    with db.session() as session:
        setattr(session.get_one(GoodNewsItem, item_id), field, text)


def remove_item(db: Database, item_id: int) -> None:
    with db.session() as session:
        session.delete(session.get_one(GoodNewsItem, item_id))


# -- shout-outs: praise to pass on after the meeting -----------------------------------------


@dataclass(frozen=True)
class ShoutOutToPass:
    id: int
    praised: str
    reason: str
    praised_by: str | None
    passed_on: bool


def shout_outs(db: Database, meeting_id: int) -> list[ShoutOutToPass]:
    """The meeting's shout-outs, the ones not yet passed on first."""
    with db.session() as session:
        rows = session.scalars(
            select(ShoutOut)
            .where(ShoutOut.meeting_id == meeting_id)
            .options(selectinload(ShoutOut.praised_by))
            .order_by(ShoutOut.id)
        )
        items = [
            ShoutOutToPass(
                s.id,
                s.praised,
                s.reason,
                s.praised_by.name if s.praised_by else None,
                s.passed_on,
            )
            for s in rows
        ]
    return sorted(items, key=lambda s: s.passed_on)


def set_passed_on(db: Database, shout_out_id: int, passed_on: bool) -> None:
    with db.session() as session:
        session.get_one(ShoutOut, shout_out_id).passed_on = passed_on
