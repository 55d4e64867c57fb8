"""The agenda of a meeting: planned minutes, timer state per block, and history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.domain.agenda import BlockKind, default_minutes
from facilitator.domain.breaks import BreakKind, BreakSlot, PlannedBreak, check_break
from facilitator.domain.meeting_run import MeetingRun
from facilitator.domain.run_steps import MeetingContent
from facilitator.domain.schedule import PlannedBlock
from facilitator.domain.timer import DEFAULT_WARNING, BlockTimer, TimerState, WarningPolicy
from facilitator.domain.turns import TurnQueue
from facilitator.store.database import Database
from facilitator.store.history import previous_meeting
from facilitator.store.models import (
    AgendaBlock,
    AgendaBreak,
    CompanyValue,
    Department,
    DotVote,
    Meeting,
    Objective,
    Participant,
)


def _timer(row: AgendaBlock | AgendaBreak) -> BlockTimer:
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


def load_breaks(db: Database, meeting_id: int) -> list[PlannedBreak]:
    """The planned breaks in meeting order."""
    with db.session() as session:
        rows = session.scalars(select(AgendaBreak).where(AgendaBreak.meeting_id == meeting_id))
        breaks = [
            PlannedBreak(BlockKind(row.after_kind), BreakKind(row.kind), _timer(row))
            for row in rows
        ]
    order = list(BlockKind)
    return sorted(breaks, key=lambda b: order.index(b.after))


def _break_row(session: Session, meeting_id: int, after: BlockKind) -> AgendaBreak | None:
    return session.scalar(
        select(AgendaBreak).where(
            AgendaBreak.meeting_id == meeting_id, AgendaBreak.after_kind == after.value
        )
    )


def set_break(
    db: Database, meeting_id: int, after: BlockKind, kind: BreakKind, minutes: int
) -> PlannedBreak:
    """Plan (or change) the break after a block. A break under way or taken keeps its
    times; only its kind and length change."""
    check_break(after, minutes)
    with db.session() as session:
        row = _break_row(session, meeting_id, after)
        if row is None:
            row = AgendaBreak(
                meeting_id=meeting_id,
                after_kind=after.value,
                timer_state=TimerState.IDLE.value,
                paused_seconds=0.0,
                adjust_seconds=0,
            )
            session.add(row)
        row.kind = kind.value
        row.planned_minutes = minutes
        session.flush()
        return PlannedBreak(after, kind, _timer(row))


def remove_break(db: Database, meeting_id: int, after: BlockKind) -> None:
    with db.session() as session:
        row = _break_row(session, meeting_id, after)
        if row is not None:
            session.delete(row)


def _row(session: Session, meeting_id: int, kind: BlockKind) -> AgendaBlock:
    row = session.scalar(
        select(AgendaBlock).where(AgendaBlock.meeting_id == meeting_id, AgendaBlock.kind == kind)
    )
    if row is None:
        raise LookupError(kind)
    return row


def save_timers(
    db: Database, meeting_id: int, timers: dict[BlockKind | BreakSlot, BlockTimer]
) -> None:
    """Persist timers as instants, so a restarted app resumes at the true time.

    Moving to the next block changes two blocks (or a block and a break); they are saved
    in one transaction.
    """
    with db.session() as session:
        for key, timer in timers.items():
            row: AgendaBlock | AgendaBreak | None
            if isinstance(key, BreakSlot):
                row = _break_row(session, meeting_id, key.after)
                if row is None:
                    raise LookupError(key)
            else:
                row = _row(session, meeting_id, key)
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
        previous = previous_meeting(session, meeting_id)
        if previous is None:
            return {}
        result = {}
        for row in previous.agenda:
            if row.actual_start and row.actual_end:
                minutes = _timer(row).elapsed(row.actual_end) / 60
                result[BlockKind(row.kind)] = round(minutes)
        return result


def turn_seconds(
    session: Session,
    meeting_id: int,
    kind: BlockKind,
    chosen: int | None,
    turns: int,
    reserved_seconds: int = 0,
) -> int:
    """The time per turn of a block's round (reports, presentations): the leader's
    choice, or the block's planned time, less what other parts of the block take, shared
    by the turns."""
    if chosen:
        return chosen
    planned = session.scalar(
        select(AgendaBlock.planned_minutes).where(
            AgendaBlock.meeting_id == meeting_id, AgendaBlock.kind == kind.value
        )
    )
    minutes = planned if planned is not None else default_minutes(kind, 0)
    return TurnQueue.share(max(60, minutes * 60 - reserved_seconds), turns)


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
        breaks_after = session.scalars(
            select(AgendaBreak.after_kind).where(AgendaBreak.meeting_id == meeting_id)
        )
        after = frozenset(BlockKind(kind) for kind in breaks_after)
        priorities = bool(meeting.strategic_priorities.strip())
        dot_vote = session.scalar(select(DotVote.id).where(DotVote.meeting_id == meeting_id))
        consent = 0
        if meeting.room_consent:
            consent = (
                session.scalar(
                    select(func.count())
                    .select_from(Objective)
                    .where(Objective.meeting_id == meeting_id, Objective.department_id.is_(None))
                )
                or 0
            )
    return MeetingContent(
        statements=texts + (values or 0),
        departments=departments or 0,
        breaks_after=after,
        priorities=priorities,
        dot_vote=dot_vote is not None,
        consent=consent,
    )


def load_run(db: Database, meeting_id: int, policy: WarningPolicy = DEFAULT_WARNING) -> MeetingRun:
    """The meeting's run as saved: its blocks and breaks, from its planned start."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        start = datetime.combine(meeting.meeting_date, meeting.start_time).astimezone()
    return MeetingRun(
        load_blocks(db, meeting_id), start, policy, breaks=load_breaks(db, meeting_id)
    )
