"""Blocks 1, 2a and 4: good news, shout-outs, value examples, feedback and reflections."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.store.models.base import Base
from facilitator.store.models.meeting import CompanyValue, Participant


class GoodNewsItem(Base):
    """One speaker's turn in the good-news round, in speaking order."""

    __tablename__ = "good_news_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    good_news: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    # When the turn began and ended, in seconds of the block's own running time, so a
    # paused block pauses the speaker too and a restarted app resumes the turn exactly.
    turn_start: Mapped[float | None] = mapped_column()
    turn_end: Mapped[float | None] = mapped_column()

    participant: Mapped[Participant | None] = relationship()


class ShoutOut(Base):
    """Praise for someone, often outside the meeting, to be passed on afterwards."""

    __tablename__ = "shout_out"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    praised: Mapped[str] = mapped_column(String(200))
    praised_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    passed_on: Mapped[bool] = mapped_column(Boolean, default=False)

    praised_by: Mapped[Participant | None] = relationship()


class ValueExample(Base):
    """An example from the group of how a company value is lived."""

    __tablename__ = "value_example"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    value_id: Mapped[int] = mapped_column(ForeignKey("company_value.id", ondelete="CASCADE"))
    example: Mapped[str] = mapped_column(Text)
    given_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )

    value: Mapped[CompanyValue] = relationship()
    given_by: Mapped[Participant | None] = relationship()


class Feedback(Base):
    """Praise, recognition or feedback in block 4; `to` empty means the whole group."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    from_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    to_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)

    giver: Mapped[Participant | None] = relationship(foreign_keys=[from_id])
    receiver: Mapped[Participant | None] = relationship(foreign_keys=[to_id])


class Reflection(Base):
    """A shared reflection, experience or value named when closing the quarter."""

    __tablename__ = "reflection"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
