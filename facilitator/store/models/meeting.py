"""Company, meeting, participants, departments, the company's values and the agenda."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.store.models.base import Base, UTCDateTime, utc_now


class Company(Base):
    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)

    meetings: Mapped[list[Meeting]] = relationship(back_populates="company")


class Meeting(Base):
    """One quarterly OKR meeting. Vision, mission, values and purpose are kept per meeting
    so the minutes show what was presented that day, and are carried over to the next."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    quarter: Mapped[str] = mapped_column(String(7))
    meeting_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    leader_name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    vision: Mapped[str] = mapped_column(Text, default="")
    mission: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    quarter_closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Seconds each good-news speaker gets; NULL means 10 minutes shared by the speakers.
    speaker_seconds: Mapped[int | None] = mapped_column(Integer)
    # Seconds each entity gets to report in block 2; NULL shares the block between them.
    reporting_seconds: Mapped[int | None] = mapped_column(Integer)
    # Block 3: when the group work began (block time), how long it lasts, and each
    # group's presentation time; NULL means the defaults (12 min, block shared).
    group_work_start: Mapped[float | None] = mapped_column()
    group_work_seconds: Mapped[int | None] = mapped_column(Integer)
    presentation_seconds: Mapped[int | None] = mapped_column(Integer)
    # The run's current step (domain/run_steps.Step.key()), so a restart resumes there.
    run_step: Mapped[str | None] = mapped_column(String(64))
    # The calendar invitation: its UID, the SEQUENCE last sent, the plan it carried
    # (domain/preparation.MeetingPlan.fingerprint) and whether it was cancelled.
    invitation_uid: Mapped[str | None] = mapped_column(String(100))
    invitation_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    invitation_plan: Mapped[str | None] = mapped_column(Text)
    invitation_cancelled: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Block 5: the strategic priorities the leadership presents before the new OKRs.
    strategic_priorities: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Block 5: the room shows its consent to each company objective (fist to five).
    room_consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # A record of an earlier quarter's OKRs entered for review (a company's first meeting
    # in the app), not a meeting held here: never listed, opened or carried over from.
    record_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    summary: Mapped[str] = mapped_column(Text, default="")
    most_value: Mapped[str] = mapped_column(Text, default="")
    do_differently: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    company: Mapped[Company] = relationship(back_populates="meetings")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="Participant.position",
        foreign_keys="Participant.meeting_id",
    )
    departments: Mapped[list[Department]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="Department.name",
        foreign_keys="Department.meeting_id",
    )
    values: Mapped[list[CompanyValue]] = relationship(
        cascade="all, delete-orphan", order_by="CompanyValue.position"
    )
    agenda: Mapped[list[AgendaBlock]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaBlock.position"
    )
    breaks: Mapped[list[AgendaBreak]] = relationship(cascade="all, delete-orphan")


class Department(Base):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("meeting_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    # use_alter breaks the department <-> participant cycle for metadata ordering.
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL", use_alter=True)
    )

    meeting: Mapped[Meeting] = relationship(back_populates="departments", foreign_keys=[meeting_id])
    manager: Mapped[Participant | None] = relationship(foreign_keys=[manager_id])
    members: Mapped[list[Participant]] = relationship(
        back_populates="department",
        foreign_keys="Participant.department_id",
        order_by="Participant.position",
    )


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("meeting_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(
        back_populates="participants", foreign_keys=[meeting_id]
    )
    department: Mapped[Department | None] = relationship(
        back_populates="members", foreign_keys=[department_id]
    )


class CompanyValue(Base):
    """One of the company's values as presented at this meeting."""

    __tablename__ = "company_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(200))


class AgendaBlock(Base):
    """A timed block. Timer state is persisted as instants, never as counted ticks:
    remaining time = planned + adjustment - (now - started_at - paused_seconds)."""

    __tablename__ = "agenda_block"
    __table_args__ = (
        UniqueConstraint("meeting_id", "kind"),
        CheckConstraint("planned_minutes >= 1 AND planned_minutes <= 600", name="planned_minutes"),
        CheckConstraint("timer_state IN ('idle', 'running', 'paused', 'done')", name="timer_state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    planned_minutes: Mapped[int] = mapped_column(Integer)
    # False while the plan is the suggestion for the head count, which then follows it.
    minutes_edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    timer_state: Mapped[str] = mapped_column(String(16), default="idle")
    actual_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_seconds: Mapped[float] = mapped_column(default=0.0)
    adjust_seconds: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class AgendaBreak(Base):
    """A break (coffee, lunch) planned after the block `after_kind`, with a countdown kept
    like a block's. At most one break follows a block."""

    __tablename__ = "agenda_break"
    __table_args__ = (
        UniqueConstraint("meeting_id", "after_kind"),
        CheckConstraint("planned_minutes >= 1 AND planned_minutes <= 180", name="break_minutes"),
        CheckConstraint(
            "timer_state IN ('idle', 'running', 'paused', 'done')", name="break_timer_state"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    after_kind: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # domain/breaks.BreakKind
    planned_minutes: Mapped[int] = mapped_column(Integer)
    timer_state: Mapped[str] = mapped_column(String(16), default="idle")
    actual_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_seconds: Mapped[float] = mapped_column(default=0.0)
    adjust_seconds: Mapped[int] = mapped_column(Integer, default=0)
