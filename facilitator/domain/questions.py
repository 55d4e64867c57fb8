"""Questions from the room: a phone sends one (one line), the leader approves it into the
list the phones see and upvote, puts one on the room's screen, and marks it answered.
What is left open at the end becomes a candidate action item.

Plain Python: the states, and the order the leader and the phones see."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

MAX_QUESTION_LENGTH = 200  # a question, not a speech
QuestionStatus = Literal["waiting", "approved", "dismissed", "answered"]
STATUSES: tuple[QuestionStatus, ...] = ("waiting", "approved", "dismissed", "answered")


@dataclass(frozen=True)
class QuestionItem:
    id: int
    text: str
    status: QuestionStatus
    votes: int
    on_screen: bool = False


def by_votes(questions: Iterable[QuestionItem]) -> list[QuestionItem]:
    """Most upvotes first; among equal ones the question asked first (the lower id)."""
    return sorted(questions, key=lambda q: (-q.votes, q.id))


def moderation_queue(questions: Iterable[QuestionItem]) -> list[QuestionItem]:
    """What the leader sees: waiting and approved questions by upvotes, then answered."""
    items = [q for q in questions if q.status != "dismissed"]
    open_ = by_votes(q for q in items if q.status != "answered")
    return open_ + by_votes(q for q in items if q.status == "answered")


def for_the_phones(questions: Iterable[QuestionItem]) -> list[QuestionItem]:
    """What every phone sees: the approved questions by upvotes, then the answered."""
    shown = [q for q in questions if q.status in ("approved", "answered")]
    return moderation_queue(shown)


def open_questions(questions: Iterable[QuestionItem]) -> list[QuestionItem]:
    """Approved and not answered: the minutes list them, block 6 may make them actions."""
    return by_votes(q for q in questions if q.status == "approved")
