"""What the room sends through the room link: each participant's own score on a report
(anonymous), the good news and shout-outs sent from a phone for the leader to accept, the
dots each phone spent in block 3's dot-vote on the flip charts' lines, the hands shown on
block 5's company objectives, and the questions the phones asked and upvoted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.domain.consent import fingers_check
from facilitator.domain.dot_vote import DEFAULT_DOTS, MOST_DOTS
from facilitator.domain.evaluation import score_check
from facilitator.store.models.base import Base, UTCDateTime, utc_now


class RoomScore(Base):
    """One phone's score (1–10) on one report's quarter. `voter` is a random name the
    phone made for itself: one score per phone and report, and no way back to a person."""

    __tablename__ = "room_score"
    __table_args__ = (
        CheckConstraint(score_check("score"), name="score_range"),
        UniqueConstraint("meeting_id", "poll", "voter"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    poll: Mapped[str] = mapped_column(String(64))  # which report: "company", "department:3"
    voter: Mapped[str] = mapped_column(String(64))
    score: Mapped[int] = mapped_column(Integer)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class RoomMessage(Base):
    """Good news or a shout-out sent from a phone; the leader accepts or dismisses it."""

    __tablename__ = "room_message"
    __table_args__ = (
        CheckConstraint("kind IN ('good_news', 'shout_out')", name="kind"),
        CheckConstraint("status IN ('new', 'accepted', 'dismissed')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    praised: Mapped[str] = mapped_column(String(200), default="")  # a shout-out's who
    sender: Mapped[str] = mapped_column(String(200), default="")  # as the phone signed it
    status: Mapped[str] = mapped_column(String(16), default="new")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class DotVote(Base):
    """The room's dot-vote on the learnings, turned on for a meeting: each phone's budget
    of dots, how many one line may take, and when the leader revealed the ranking."""

    __tablename__ = "dot_vote"
    __table_args__ = (
        CheckConstraint(f"dots >= 1 AND dots <= {MOST_DOTS}", name="dots"),
        CheckConstraint("per_line >= 1 AND per_line <= dots", name="per_line"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    dots: Mapped[int] = mapped_column(Integer, default=DEFAULT_DOTS)
    per_line: Mapped[int] = mapped_column(Integer, default=1)
    revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RoomDot(Base):
    """The dots one phone (`voter`, its random name) put on one flip-chart line."""

    __tablename__ = "room_dot"
    __table_args__ = (
        CheckConstraint("dots >= 1", name="dots"),
        UniqueConstraint("note_id", "voter"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int] = mapped_column(ForeignKey("group_note.id", ondelete="CASCADE"))
    voter: Mapped[str] = mapped_column(String(64))
    dots: Mapped[int] = mapped_column(Integer)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class RoomConsent(Base):
    """One phone's hand (fist to five, 0–5) on one new company objective."""

    __tablename__ = "room_consent"
    __table_args__ = (
        CheckConstraint(fingers_check("fingers"), name="fingers"),
        UniqueConstraint("objective_id", "voter"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"))
    voter: Mapped[str] = mapped_column(String(64))
    fingers: Mapped[int] = mapped_column(Integer)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ConsentReveal(Base):
    """The leader revealed the room's hands on an objective (a row of its own, so the
    objective's row, which laptops edit and version, is not touched by the reveal)."""

    __tablename__ = "consent_reveal"

    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True
    )
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    revealed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class RoomQuestion(Base):
    """A question a phone sent: waiting for the leader, approved (the phones see and
    upvote it), dismissed, or answered; one at a time is on the room's screen."""

    __tablename__ = "room_question"
    __table_args__ = (
        CheckConstraint(
            "status IN ('waiting', 'approved', 'dismissed', 'answered')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    voter: Mapped[str] = mapped_column(String(64))  # the asking phone's random name
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    on_screen: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    votes: Mapped[list[QuestionVote]] = relationship(cascade="all, delete-orphan")


class QuestionVote(Base):
    """One phone's upvote on an approved question."""

    __tablename__ = "question_vote"
    __table_args__ = (UniqueConstraint("question_id", "voter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("room_question.id", ondelete="CASCADE"), index=True
    )
    voter: Mapped[str] = mapped_column(String(64))
