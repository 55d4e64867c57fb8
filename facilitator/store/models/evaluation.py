"""Block 2: the self-evaluation of the company (department NULL) and of each department."""

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

from facilitator.domain.evaluation import score_check
from facilitator.store.models.base import Base, UTCDateTime, Versioned
from facilitator.store.models.meeting import Department, Participant


class SelfEvaluation(Versioned, Base):
    __tablename__ = "self_evaluation"
    __table_args__ = (
        CheckConstraint(f"score IS NULL OR ({score_check('score')})", name="score_range"),
        UniqueConstraint("meeting_id", "department_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE")
    )
    reporter_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    score: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The reporting turn in block 2, in block time (as the good-news turns).
    skipped: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    turn_start: Mapped[float | None] = mapped_column()
    turn_end: Mapped[float | None] = mapped_column()
    # The room's scores of this report (the room link), blind until the leader revealed
    # them; a score the report gave itself after that is marked (it may have followed).
    room_revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    score_after_reveal: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    department: Mapped[Department | None] = relationship()
    reporter: Mapped[Participant | None] = relationship()
    notes: Mapped[list[DimensionNote]] = relationship(
        cascade="all, delete-orphan", order_by="DimensionNote.dimension"
    )


class DimensionNote(Versioned, Base):
    """What was good and what could be better on one dimension
    (execution, leadership, competence)."""

    __tablename__ = "dimension_note"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "dimension"),
        CheckConstraint("dimension IN ('execution', 'leadership', 'competence')", name="dimension"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("self_evaluation.id", ondelete="CASCADE"))
    dimension: Mapped[str] = mapped_column(String(16))
    good: Mapped[str] = mapped_column(Text, default="")
    better: Mapped[str] = mapped_column(Text, default="")
