"""Block 3's dot-vote: whether the leader turned it on (with its budget), the lines the
room votes on, each phone's dots, the count while it is open and the totals once revealed.

A phone's whole allocation is replaced in one transaction, checked against the rules
again inside it: two requests from one phone at once cannot spend more than its budget,
and three hundred phones at once each wait their turn (`spend_dots`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select

from facilitator.domain.agenda import BlockKind
from facilitator.domain.dot_vote import (
    DotRules,
    LineKind,
    RankedLine,
    VoteLine,
    allocation_problem,
    ranked,
)
from facilitator.store.database import Database
from facilitator.store.models import BreakoutGroup, DotVote, GroupNote, RoomDot


def vote_rules(db: Database, meeting_id: int) -> DotRules | None:
    """The dot-vote's rules, or None when the leader has not turned it on."""
    with db.session() as session:
        vote = session.scalar(select(DotVote).where(DotVote.meeting_id == meeting_id))
        return DotRules(vote.dots, vote.per_line) if vote is not None else None


def set_vote_rules(db: Database, meeting_id: int, rules: DotRules | None) -> None:
    """Turn the dot-vote on with `rules` (or change them), or off (None). Turning it off
    keeps the dots already given: turned on again, they count again."""
    with db.session() as session:
        vote = session.scalar(select(DotVote).where(DotVote.meeting_id == meeting_id))
        if rules is None:
            if vote is not None:
                session.delete(vote)
            return
        if vote is None:
            vote = DotVote(meeting_id=meeting_id)
            session.add(vote)
        vote.dots, vote.per_line = rules.dots, rules.per_line


def revealed_at(db: Database, meeting_id: int) -> datetime | None:
    with db.session() as session:
        return session.scalar(select(DotVote.revealed_at).where(DotVote.meeting_id == meeting_id))


def set_revealed(db: Database, meeting_id: int, now: datetime | None) -> None:
    """The leader revealed the ranking (`now`), or opened the vote again (None)."""
    with db.session() as session:
        vote = session.scalar(select(DotVote).where(DotVote.meeting_id == meeting_id))
        # Revealed stays revealed at its first moment: a laptop following a shared
        # meeting to the ranking writes nothing back.
        if vote is not None and (now is None) != (vote.revealed_at is None):
            vote.revealed_at = now


def vote_lines(db: Database, meeting_id: int) -> list[VoteLine]:
    """Every line of block 3's flip charts, group by group: successes, then learnings."""
    with db.session() as session:
        rows = session.execute(
            select(GroupNote.id, BreakoutGroup.name, GroupNote.kind, GroupNote.text)
            .join(BreakoutGroup, GroupNote.group_id == BreakoutGroup.id)
            .where(
                BreakoutGroup.meeting_id == meeting_id,
                BreakoutGroup.block_kind == BlockKind.SUCCESSES_LEARNINGS.value,
            )
            .order_by(
                BreakoutGroup.position,
                BreakoutGroup.id,
                GroupNote.kind.desc(),  # "success" before "learning"
                GroupNote.position,
                GroupNote.id,
            )
        )
        return [
            VoteLine(note_id, group, _kind(kind), text)
            for note_id, group, kind, text in rows
            if text.strip()
        ]


def _kind(kind: str) -> LineKind:
    return "success" if kind == "success" else "learning"


def spend_dots(
    db: Database, meeting_id: int, voter: str, allocation: dict[int, int], rules: DotRules
) -> None:
    """One phone's dots, all of them (line id -> dots; 0 takes a line's dots back).
    Raises ValueError when the allocation breaks the rules or names another meeting's line.

    The phone's old dots are deleted first: the transaction is a writer from its first
    statement and waits its turn behind another phone's. Read first, SQLite would refuse
    it at once ("locked") when another phone's dots were committed in between."""
    with db.session() as session:
        session.execute(
            delete(RoomDot).where(RoomDot.meeting_id == meeting_id, RoomDot.voter == voter)
        )
        lines = set(
            session.scalars(
                select(GroupNote.id)
                .join(BreakoutGroup, GroupNote.group_id == BreakoutGroup.id)
                .where(
                    BreakoutGroup.meeting_id == meeting_id,
                    GroupNote.id.in_(list(allocation)),
                )
            )
        )
        problem = allocation_problem(allocation, lines, rules)
        if problem is not None:
            raise ValueError(problem)  # rolled back: the phone keeps the dots it had
        session.add_all(
            RoomDot(meeting_id=meeting_id, note_id=line, voter=voter, dots=dots)
            for line, dots in allocation.items()
            if dots
        )


def voter_dots(db: Database, meeting_id: int, voter: str) -> dict[int, int]:
    """What one phone has spent, so a reload shows it (and lets it change it)."""
    with db.session() as session:
        rows = session.execute(
            select(RoomDot.note_id, RoomDot.dots).where(
                RoomDot.meeting_id == meeting_id, RoomDot.voter == voter
            )
        )
        return {note_id: dots for note_id, dots in rows}


def voter_count(db: Database, meeting_id: int) -> int:
    """How many phones have spent at least one dot: all the laptop sees before the reveal."""
    with db.session() as session:
        count = session.scalar(
            select(func.count(func.distinct(RoomDot.voter))).where(RoomDot.meeting_id == meeting_id)
        )
        return count or 0


def ranking(db: Database, meeting_id: int) -> list[RankedLine]:
    """The lines ranked by the room's dots (read only to show a revealed vote)."""
    lines = vote_lines(db, meeting_id)
    with db.session() as session:
        rows = session.execute(
            select(RoomDot.note_id, func.sum(RoomDot.dots), func.count())
            .where(RoomDot.meeting_id == meeting_id)
            .group_by(RoomDot.note_id)
        )
        totals = {note_id: (int(dots), int(voters)) for note_id, dots, voters in rows}
    return ranked(lines, totals)


def revealed_ranking(db: Database, meeting_id: int) -> tuple[list[RankedLine], int] | None:
    """The ranking and how many phones voted, once the leader revealed it (else None)."""
    if revealed_at(db, meeting_id) is None:
        return None
    return ranking(db, meeting_id), voter_count(db, meeting_id)
