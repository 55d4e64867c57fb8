"""Before the meeting: what the leader has ticked off as prepared."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from facilitator.store.models.base import Base, UTCDateTime, utc_now


class PreparationCheck(Base):
    """`participant` has prepared `task` (domain/preparation.Task); no row: not yet."""

    __tablename__ = "preparation_check"
    __table_args__ = (UniqueConstraint("meeting_id", "task", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    task: Mapped[str] = mapped_column(String(40))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
