"""Block 6: action items (the summary texts live on the meeting)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.store.models.base import Base
from facilitator.store.models.meeting import Participant


class ActionItem(Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    due_date: Mapped[date | None] = mapped_column()
    position: Mapped[int] = mapped_column(Integer, default=0)

    owner: Mapped[Participant | None] = relationship()
