"""Breakout groups (blocks 2 and 3) with members, roles, flip-chart notes and photos."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.store.models.base import Base, Versioned
from facilitator.store.models.meeting import Participant


class BreakoutGroup(Base):
    __tablename__ = "breakout_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    block_kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    scribe_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    presenter_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    # The group's turn in the presentation round, in block time (like good-news turns).
    skipped: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    turn_start: Mapped[float | None] = mapped_column()
    turn_end: Mapped[float | None] = mapped_column()

    scribe: Mapped[Participant | None] = relationship(foreign_keys=[scribe_id])
    presenter: Mapped[Participant | None] = relationship(foreign_keys=[presenter_id])
    members: Mapped[list[GroupMember]] = relationship(cascade="all, delete-orphan")
    notes: Mapped[list[GroupNote]] = relationship(
        cascade="all, delete-orphan", order_by="GroupNote.position"
    )


class GroupMember(Base):
    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    participant: Mapped[Participant] = relationship()


class GroupNote(Versioned, Base):
    """A keyword from the group's flip chart: a success or a learning."""

    __tablename__ = "group_note"
    __table_args__ = (CheckConstraint("kind IN ('success', 'learning')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("breakout_group.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class GroupPhoto(Base):
    """A photo of the group's flip chart: the JPEG the app wrote from what a scribe's phone
    or the leader's laptop sent (upright, no EXIF; see domain/photos.py), kept in the
    meeting's database so the file stays the one thing to back up."""

    __tablename__ = "group_photo"
    __table_args__ = (CheckConstraint("source IN ('phone', 'laptop')", name="source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(16))
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)
