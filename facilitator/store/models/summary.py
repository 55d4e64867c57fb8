"""Block 6: action items (the summary texts live on the meeting)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.store.models.base import Base
from facilitator.store.models.meeting import Participant


class ActionItem(Base):
    """An action agreed at a meeting. `follow_up` is what the next meeting found: done,
    not done, or moved (carried into that meeting's own action items)."""

    __tablename__ = "action_item"
    __table_args__ = (
        CheckConstraint(
            "follow_up IS NULL OR follow_up IN ('done', 'not_done', 'moved')", name="follow_up"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    due_date: Mapped[date | None] = mapped_column()
    position: Mapped[int] = mapped_column(Integer, default=0)
    follow_up: Mapped[str | None] = mapped_column(String(16))

    owner: Mapped[Participant | None] = relationship()
