"""Block 5 (and continuity): objectives and key results with their alignment links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.store.models.base import Base, UTCDateTime, Versioned
from facilitator.store.models.meeting import Department, Participant


class Objective(Versioned, Base):
    """An objective set at a meeting for the next quarter. Department NULL: a company OKR.

    `aligned_key_result_id` records that a company key result became this department
    objective; `predecessor_id` links a carried-over objective to last quarter's.
    """

    __tablename__ = "objective"
    __table_args__ = (
        CheckConstraint(
            "review_status IS NULL OR review_status IN ('achieved', 'continued', 'dropped')",
            name="review_status",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE")
    )
    statement: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    aligned_key_result_id: Mapped[int | None] = mapped_column(
        ForeignKey("key_result.id", ondelete="SET NULL", use_alter=True)
    )
    predecessor_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="SET NULL")
    )
    review_status: Mapped[str | None] = mapped_column(String(16))
    # Approved by the top leader (the guide: the general manager approves all OKRs);
    # NULL: still a draft.
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    department: Mapped[Department | None] = relationship()
    owner: Mapped[Participant | None] = relationship(foreign_keys=[owner_id])
    approved_by: Mapped[Participant | None] = relationship(foreign_keys=[approved_by_id])
    key_results: Mapped[list[KeyResult]] = relationship(
        back_populates="objective",
        cascade="all, delete-orphan",
        order_by="KeyResult.position",
        foreign_keys="KeyResult.objective_id",
    )
    aligned_key_result: Mapped[KeyResult | None] = relationship(
        foreign_keys=[aligned_key_result_id], post_update=True
    )


class KeyResult(Versioned, Base):
    __tablename__ = "key_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"))
    statement: Mapped[str] = mapped_column(Text)
    start_value: Mapped[float | None] = mapped_column()
    target_value: Mapped[float | None] = mapped_column()
    achieved_value: Mapped[float | None] = mapped_column()
    unit: Mapped[str] = mapped_column(String(40), default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # A department key result that serves a company objective.
    aligned_objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="SET NULL")
    )

    objective: Mapped[Objective] = relationship(
        back_populates="key_results", foreign_keys=[objective_id]
    )
    aligned_objective: Mapped[Objective | None] = relationship(foreign_keys=[aligned_objective_id])
    owner: Mapped[Participant | None] = relationship()
