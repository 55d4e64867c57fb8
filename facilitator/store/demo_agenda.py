"""The demo meeting's timers: every block and break as it was held (the finished demo), or
held until now with block 3 running (`facilitator demo --live`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind
from facilitator.store.demo_history import PLANNED_MINUTES
from facilitator.store.models import AgendaBreak, Meeting

ACTUAL_MINUTES = {
    BlockKind.GOOD_NEWS: 14,
    BlockKind.OKR_REPORTING: 78,
    BlockKind.SUCCESSES_LEARNINGS: 27,
    BlockKind.CLOSING_QUARTER: 22,
    BlockKind.NEW_OKRS: 81,
    BlockKind.SUMMARY: 11,
}
# The demo's coffee break and lunch, taken as planned.
BREAKS_AFTER = {
    BlockKind.OKR_REPORTING: (BreakKind.COFFEE, 15),
    BlockKind.CLOSING_QUARTER: (BreakKind.LUNCH, 30),
}


def local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock).astimezone().astimezone(UTC)


def _demo_break(
    meeting: Meeting, after: BlockKind, start: datetime | None = None
) -> datetime | None:
    """The demo's break after a block: taken as planned from `start`, or (no start) still
    to come. Returns when a taken break ended."""
    kind, minutes = BREAKS_AFTER[after]
    end = start + timedelta(minutes=minutes) if start is not None else None
    meeting.breaks.append(
        AgendaBreak(
            after_kind=after.value,
            kind=kind.value,
            planned_minutes=minutes,
            timer_state="done" if start is not None else "idle",
            actual_start=start,
            actual_end=end,
            paused_seconds=0.0,
            adjust_seconds=0,
        )
    )
    return end


def _taken_break(meeting: Meeting, after: BlockKind, start: datetime) -> datetime:
    """The break after a block (if the demo has one), taken; returns when the next block
    starts."""
    if after not in BREAKS_AFTER:
        return start
    return _demo_break(meeting, after, start) or start


def finished_agenda(meeting: Meeting) -> None:
    moment = local(meeting.meeting_date, meeting.start_time)
    for block in meeting.agenda:
        kind = BlockKind(block.kind)
        block.planned_minutes = PLANNED_MINUTES[kind]
        block.minutes_edited = True
        block.actual_start = moment
        block.actual_end = moment + timedelta(minutes=ACTUAL_MINUTES[kind])
        block.timer_state = "done"
        moment = _taken_break(meeting, kind, block.actual_end)


# A live demo has run this long: good news (14), reporting (78), coffee (15), and
# 21 of the 25 minutes of successes and learnings.
LIVE_MINUTES_IN = 14 + 78 + 15 + 21


def live_agenda(meeting: Meeting, now: datetime) -> None:
    moment = local(meeting.meeting_date, meeting.start_time)
    for block in meeting.agenda:
        kind = BlockKind(block.kind)
        block.planned_minutes = PLANNED_MINUTES[kind]
        block.minutes_edited = True
        if kind in (BlockKind.GOOD_NEWS, BlockKind.OKR_REPORTING):
            block.actual_start = moment
            block.actual_end = moment + timedelta(minutes=ACTUAL_MINUTES[kind])
            block.timer_state = "done"
            moment = _taken_break(meeting, kind, block.actual_end)
        elif kind is BlockKind.SUCCESSES_LEARNINGS:
            block.actual_start = now - timedelta(minutes=21)
            block.timer_state = "running"
    _demo_break(meeting, BlockKind.CLOSING_QUARTER)  # lunch, still to come
