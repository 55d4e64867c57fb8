"""What the room said through the room link, read for the minutes in plain SQL (as
`minutes.py` reads the rest): block 3's dot-vote ranked, block 5's consent to each
company objective, each only once the leader revealed it to the room; and the room's
questions that the leader approved (answered, or still open)."""

from __future__ import annotations

from facilitator.domain import minutes as m
from facilitator.domain.agenda import BlockKind
from facilitator.domain.consent import Consent
from facilitator.domain.dot_vote import RankedLine, VoteLine, ranked
from facilitator.domain.questions import QuestionItem, by_votes
from facilitator.store.plain_reading import Rows


def dot_vote_minutes(rows: Rows, meeting_id: int) -> tuple[list[RankedLine], int]:
    """Block 3's dot-vote, ranked, and how many phones voted: only once it was revealed
    (an unrevealed vote was not the room's word)."""
    revealed = rows.first(
        "SELECT revealed_at FROM dot_vote WHERE meeting_id = ? AND revealed_at IS NOT NULL",
        meeting_id,
    )
    if revealed is None:
        return [], 0
    lines = [
        VoteLine(note_id, group, "success" if kind == "success" else "learning", text)
        for note_id, group, kind, text in rows.all(
            "SELECT n.id, g.name, n.kind, n.text FROM group_note n"
            " JOIN breakout_group g ON g.id = n.group_id"
            " WHERE g.meeting_id = ? AND g.block_kind = ?"
            " ORDER BY g.position, g.id, n.kind DESC, n.position, n.id",
            meeting_id,
            BlockKind.SUCCESSES_LEARNINGS.value,
        )
        if text.strip()
    ]
    totals = {
        note_id: (int(dots), int(voters))
        for note_id, dots, voters in rows.all(
            "SELECT note_id, SUM(dots), COUNT(*) FROM room_dot WHERE meeting_id = ?"
            " GROUP BY note_id",
            meeting_id,
        )
    }
    voters = rows.first(
        "SELECT COUNT(DISTINCT voter) FROM room_dot WHERE meeting_id = ?", meeting_id
    )
    return ranked(lines, totals), int(voters[0]) if voters else 0


def consent_minutes(rows: Rows, meeting_id: int) -> dict[int, Consent]:
    """The room's hands on each objective whose consent the leader revealed."""
    counts: dict[int, dict[int, int]] = {
        objective_id: {}
        for (objective_id,) in rows.all(
            "SELECT objective_id FROM consent_reveal WHERE meeting_id = ?", meeting_id
        )
    }
    for objective_id, fingers, count in rows.all(
        "SELECT objective_id, fingers, COUNT(*) FROM room_consent WHERE meeting_id = ?"
        " GROUP BY objective_id, fingers",
        meeting_id,
    ):
        if objective_id in counts:
            counts[objective_id][fingers] = count
    return {objective_id: Consent(hands) for objective_id, hands in counts.items()}


def questions_minutes(rows: Rows, meeting_id: int) -> list[QuestionItem]:
    """The approved questions (still open) and the answered, by upvotes."""
    found = [
        QuestionItem(qid, text, "answered" if status == "answered" else "approved", votes)
        for qid, text, status, votes in rows.all(
            "SELECT q.id, q.text, q.status,"
            " (SELECT COUNT(*) FROM question_vote v WHERE v.question_id = q.id)"
            " FROM room_question q WHERE q.meeting_id = ?"
            " AND q.status IN ('approved', 'answered') ORDER BY q.id",
            meeting_id,
        )
    ]
    return by_votes(found)


def room_minutes(rows: Rows, meeting_id: int, data: m.MinutesData) -> None:
    """The dot-vote's ranking and the questions into `data` (the consent goes with each
    objective, read with them)."""
    data.top_lines, data.dot_voters = dot_vote_minutes(rows, meeting_id)
    data.questions = questions_minutes(rows, meeting_id)
