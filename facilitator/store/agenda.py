"""The agenda of a meeting: planned minutes, timer state per block, and history."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.domain.agenda import BlockKind, default_minutes
from facilitator.domain.run_steps import MeetingContent
from facilitator.domain.schedule import PlannedBlock
from facilitator.domain.timer import BlockTimer, TimerState
from facilitator.store.database import Database
from facilitator.store.models import (
    AgendaBlock,
    CompanyValue,
    Department,
    Meeting,
    Participant,
)


def _timer(row: AgendaBlock) -> BlockTimer:
    return BlockTimer(
        planned_seconds=row.planned_minutes * 60,
        state=TimerState(row.timer_state),
        started_at=row.actual_start,
        paused_at=row.paused_at,
        ended_at=row.actual_end,
        paused_seconds=row.paused_seconds,
        adjust_seconds=row.adjust_seconds,
    )


def load_blocks(db: Database, meeting_id: int) -> list[PlannedBlock]:
    with db.session() as session:
        rows = session.scalars(
            select(AgendaBlock)
            .where(AgendaBlock.meeting_id == meeting_id)
            .order_by(AgendaBlock.position)
        )
        return [PlannedBlock(BlockKind(row.kind), _timer(row)) for row in rows]


def _row(session: Session, meeting_id: int, kind: BlockKind) -> AgendaBlock:
    row = session.scalar(
        select(AgendaBlock).where(AgendaBlock.meeting_id == meeting_id, AgendaBlock.kind == kind)
    )
    if row is None:
        raise LookupError(kind)
    return row


def save_timers(db: Database, meeting_id: int, timers: dict[BlockKind, BlockTimer]) -> None:
    """Persist timers as instants, so a restarted app resumes at the true time.

    Moving to the next block changes two blocks; they are saved in one transaction.
    """
    with db.session() as session:
        for kind, timer in timers.items():
            row = _row(session, meeting_id, kind)
            row.timer_state = timer.state.value
            row.actual_start = timer.started_at
            row.actual_end = timer.ended_at
            row.paused_at = timer.paused_at
            row.paused_seconds = timer.paused_seconds
            row.adjust_seconds = timer.adjust_seconds


def set_planned_minutes(db: Database, meeting_id: int, kind: BlockKind, minutes: int) -> None:
    if not 1 <= minutes <= 600:
        raise ValueError(minutes)
    with db.session() as session:
        row = _row(session, meeting_id, kind)
        row.planned_minutes = minutes
        row.minutes_edited = True


def follow_head_count(db: Database, meeting_id: int) -> None:
    """Re-plan the blocks the leader has not edited (nor started) for who is present."""
    with db.session() as session:
        present = len(
            session.scalars(
                select(Participant.id).where(
                    Participant.meeting_id == meeting_id, Participant.present.is_(True)
                )
            ).all()
        )
        rows = session.scalars(select(AgendaBlock).where(AgendaBlock.meeting_id == meeting_id))
        for row in rows:
            if not row.minutes_edited and row.timer_state == TimerState.IDLE.value:
                row.planned_minutes = default_minutes(BlockKind(row.kind), present)


def minutes_last_time(db: Database, meeting_id: int) -> dict[BlockKind, int]:
    """What each block actually took at the company's previous meeting, where recorded."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        previous = session.scalar(
            select(Meeting)
            .where(
                Meeting.company_id == meeting.company_id,
                Meeting.id != meeting.id,
                Meeting.meeting_date <= meeting.meeting_date,
            )
            .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
        )
        if previous is None:
            return {}
        result = {}
        for row in previous.agenda:
            if row.actual_start and row.actual_end:
                minutes = _timer(row).elapsed(row.actual_end) / 60
                result[BlockKind(row.kind)] = round(minutes)
        return result


def load_run_step(db: Database, meeting_id: int) -> str | None:
    """The key of the step the run is at (see domain/run_steps.py), or None."""
    with db.session() as session:
        return session.get_one(Meeting, meeting_id).run_step


def save_run_step(db: Database, meeting_id: int, key: str) -> None:
    with db.session() as session:
        session.get_one(Meeting, meeting_id).run_step = key


def run_content(db: Database, meeting_id: int) -> MeetingContent:
    """What decides the run's steps: statements to show and departments to break out."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        texts = sum(
            1 for text in (meeting.vision, meeting.mission, meeting.purpose) if text.strip()
        )
        values = session.scalar(
            select(func.count())
            .select_from(CompanyValue)
            .where(CompanyValue.meeting_id == meeting_id)
        )
        departments = session.scalar(
            select(func.count()).select_from(Department).where(Department.meeting_id == meeting_id)
        )
    return MeetingContent(statements=texts + (values or 0), departments=departments or 0)
