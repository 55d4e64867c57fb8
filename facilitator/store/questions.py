"""Questions from the room: asked from a phone, moderated by the leader, upvoted by the
phones, one at a time on the room's screen, answered. Every phone input writes first (as
the scores and dots do), so many phones at once wait their turn instead of being refused."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update

from facilitator.domain.questions import STATUSES, QuestionItem, QuestionStatus
from facilitator.store.database import Database
from facilitator.store.models import QuestionVote, RoomQuestion


def ask(db: Database, meeting_id: int, voter: str, text: str) -> int:
    """A phone's question, waiting for the leader."""
    with db.session() as session:
        question = RoomQuestion(meeting_id=meeting_id, voter=voter, text=text)
        session.add(question)
        session.flush()
        return question.id


def upvote(db: Database, meeting_id: int, question_id: int, voter: str, up: bool) -> None:
    """A phone's upvote on an approved question, or taken back. Raises ValueError for a
    question the phones cannot see (waiting, dismissed, another meeting's)."""
    with db.session() as session:
        session.execute(
            delete(QuestionVote).where(
                QuestionVote.question_id == question_id, QuestionVote.voter == voter
            )
        )
        question = session.get(RoomQuestion, question_id)
        if question is None or question.meeting_id != meeting_id or question.status != "approved":
            raise ValueError(question_id)
        if up:
            session.add(QuestionVote(question_id=question_id, voter=voter))


def questions(db: Database, meeting_id: int) -> list[QuestionItem]:
    """Every question of the meeting with its upvotes, in the order asked."""
    with db.session() as session:
        votes = (
            select(func.count())
            .where(QuestionVote.question_id == RoomQuestion.id)
            .scalar_subquery()
        )
        rows = session.execute(
            select(
                RoomQuestion.id,
                RoomQuestion.text,
                RoomQuestion.status,
                votes,
                RoomQuestion.on_screen,
            )
            .where(RoomQuestion.meeting_id == meeting_id)
            .order_by(RoomQuestion.id)
        )
        return [
            QuestionItem(qid, text, _status(status), count, on_screen)
            for qid, text, status, count, on_screen in rows
        ]


def _status(value: str) -> QuestionStatus:
    return next(status for status in STATUSES if status == value)


def upvoted_by(db: Database, meeting_id: int, voter: str) -> set[int]:
    """The questions one phone upvoted, so a reload shows them."""
    with db.session() as session:
        return set(
            session.scalars(
                select(QuestionVote.question_id)
                .join(RoomQuestion, RoomQuestion.id == QuestionVote.question_id)
                .where(RoomQuestion.meeting_id == meeting_id, QuestionVote.voter == voter)
            )
        )


def set_status(db: Database, question_id: int, status: QuestionStatus, now: datetime) -> None:
    """Approve, dismiss, answer (or take back to approved). A question leaving the list
    leaves the room's screen too."""
    if status not in STATUSES:
        raise ValueError(status)
    with db.session() as session:
        question = session.get_one(RoomQuestion, question_id)
        question.status = status
        question.answered_at = now if status == "answered" else None
        if status != "approved":
            question.on_screen = False


def show_on_screen(db: Database, meeting_id: int, question_id: int | None) -> None:
    """Put one approved question on the room's screen (None: none)."""
    with db.session() as session:
        session.execute(
            update(RoomQuestion)
            .where(RoomQuestion.meeting_id == meeting_id, RoomQuestion.on_screen.is_(True))
            .values(on_screen=False)
        )
        if question_id is not None:
            question = session.get_one(RoomQuestion, question_id)
            if question.status != "approved":
                raise ValueError(question_id)
            question.on_screen = True
