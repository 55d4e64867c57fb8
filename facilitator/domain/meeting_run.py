"""Running the meeting: which block is current, and what each command does to the timers.

Every command returns the timers it changed, so the caller persists exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind, BreakSlot, PlannedBreak
from facilitator.domain.schedule import (
    AgendaItem,
    PlannedBlock,
    ScheduleStatus,
    in_order,
    rebalance,
    status,
)
from facilitator.domain.timer import (
    DEFAULT_WARNING,
    BlockTimer,
    Phase,
    TimerState,
    WarningPolicy,
    format_countdown,
)

# The timers a command changed, by block or by the break's slot.
Changes = dict[BlockKind | BreakSlot, BlockTimer]


@dataclass(frozen=True)
class RunView:
    """Everything a countdown display shows at one instant."""

    kind: BlockKind
    number: int
    count: int
    state: TimerState
    remaining: float
    countdown: str
    phase: Phase
    progress: float
    next_kind: BlockKind | None
    schedule: ScheduleStatus
    # During a break: its kind and when the next block (`kind`) is due to start.
    on_break: BreakKind | None = None
    back_at: datetime | None = None


class MeetingRun:
    def __init__(
        self,
        blocks: list[PlannedBlock],
        meeting_start: datetime,
        policy: WarningPolicy = DEFAULT_WARNING,
        breaks: list[PlannedBreak] | None = None,
    ) -> None:
        self.blocks = list(blocks)
        self.breaks = list(breaks or [])
        self.meeting_start = meeting_start
        self.policy = policy

    def items(self) -> list[AgendaItem]:
        """The blocks and breaks in meeting order."""
        return in_order(self.blocks, self.breaks)

    # -- where we are ---------------------------------------------------------------------

    @property
    def current_index(self) -> int:
        for index, block in enumerate(self.blocks):
            if block.timer.state in (TimerState.RUNNING, TimerState.PAUSED):
                return index
        for index, block in enumerate(self.blocks):
            if block.timer.state is TimerState.IDLE:
                return index
        return len(self.blocks) - 1

    @property
    def current(self) -> PlannedBlock:
        return self.blocks[self.current_index]

    @property
    def active_break(self) -> PlannedBreak | None:
        """The break under way (running or paused); the current block is the one after it."""
        return next((b for b in self.breaks if b.active), None)

    def break_after(self, kind: BlockKind) -> PlannedBreak | None:
        return next((b for b in self.breaks if b.after is kind), None)

    def break_before(self, kind: BlockKind) -> PlannedBreak | None:
        return next((b for b in self.breaks if b.slot.before is kind), None)

    @property
    def is_running(self) -> bool:
        """A block's or a break's countdown runs."""
        on_break = self.active_break
        if on_break is not None:
            return on_break.timer.state is TimerState.RUNNING
        return self.current.timer.state is TimerState.RUNNING

    @property
    def is_finished(self) -> bool:
        return all(b.timer.state is TimerState.DONE for b in self.blocks)

    def timer(self, kind: BlockKind) -> BlockTimer:
        return next(b.timer for b in self.blocks if b.kind is kind)

    def _set(self, index: int, timer: BlockTimer) -> Changes:
        self.blocks[index] = replace(self.blocks[index], timer=timer)
        return {self.blocks[index].kind: timer}

    def _set_break(self, planned: PlannedBreak, timer: BlockTimer) -> Changes:
        position = self.breaks.index(planned)
        self.breaks[position] = replace(planned, timer=timer)
        return {planned.slot: timer}

    # -- commands -------------------------------------------------------------------------

    def toggle(self, now: datetime) -> Changes:
        """Start, pause or resume the current block (or the break under way)."""
        if self.is_finished:
            return {}
        on_break = self.active_break
        if on_break is not None:
            return self._set_break(on_break, on_break.timer.toggle(now))
        index = self.current_index
        return self._set(index, self.blocks[index].timer.toggle(now))

    def next(self, now: datetime) -> Changes:
        """Close the current block (recording its end) and start what follows: the break
        planned after it, or the next block. During a break: end it, start the block."""
        if self.is_finished:
            return {}
        on_break = self.active_break
        index = self.current_index
        if on_break is not None:
            changes = self._set_break(on_break, on_break.timer.finish(now))
            return changes | self._set(index, self.blocks[index].timer.start(now))
        if self._between_blocks(index):
            # The break before this block was ended some other way (or removed from the plan).
            return self._set(index, self.blocks[index].timer.start(now))
        changes = self._set(index, self.blocks[index].timer.finish(now))
        if index + 1 < len(self.blocks):
            following = self.break_after(self.blocks[index].kind)
            if following is not None:  # taken afresh, whatever an earlier pass left
                return changes | self._set_break(following, following.timer.restart().start(now))
            changes |= self._set(index + 1, self.blocks[index + 1].timer.start(now))
        return changes

    def _between_blocks(self, index: int) -> bool:
        return (
            index > 0
            and self.blocks[index].timer.state is TimerState.IDLE
            and self.blocks[index - 1].timer.state is TimerState.DONE
        )

    def previous(self, now: datetime) -> Changes:
        """Undo a "next": the current block (or break) goes back to not started, and what
        came before it runs on."""
        index = self.current_index
        if self.is_finished:
            return self._set(index, self.blocks[index].timer.reopen(now))
        on_break = self.active_break
        if on_break is not None:
            changes = self._set_break(on_break, on_break.timer.restart())
            before = next(i for i, b in enumerate(self.blocks) if b.kind is on_break.after)
            return changes | self._set(before, self.blocks[before].timer.reopen(now))
        if index == 0:
            return {}
        changes = self._set(index, self.blocks[index].timer.restart())
        taken = self.break_before(self.blocks[index].kind)
        if taken is not None and taken.timer.state is TimerState.DONE:
            return changes | self._set_break(taken, taken.timer.reopen(now))
        changes |= self._set(index - 1, self.blocks[index - 1].timer.reopen(now))
        return changes

    def adjust(self, seconds: int) -> Changes:
        on_break = self.active_break
        if on_break is not None:
            return self._set_break(on_break, on_break.timer.adjust(seconds))
        index = self.current_index
        return self._set(index, self.blocks[index].timer.adjust(seconds))

    def restart_current(self) -> Changes:
        if self.active_break is not None:
            return {}  # a break is ended (PageDown) or taken back (PageUp), not restarted
        index = self.current_index
        return self._set(index, self.blocks[index].timer.restart())

    def pause_for_gap(self, gap_seconds: float) -> Changes:
        on_break = self.active_break
        if on_break is not None:
            return self._set_break(on_break, on_break.timer.pause_for_gap(gap_seconds))
        index = self.current_index
        return self._set(index, self.blocks[index].timer.pause_for_gap(gap_seconds))

    def set_break(self, planned: PlannedBreak | None, after: BlockKind) -> None:
        """The plan's break after a block was added, changed or (None) removed."""
        self.breaks = [b for b in self.breaks if b.after is not after]
        if planned is not None:
            self.breaks.append(planned)

    def set_planned_minutes(self, kind: BlockKind, minutes: int) -> Changes:
        index = next(i for i, b in enumerate(self.blocks) if b.kind is kind)
        timer = replace(self.blocks[index].timer, planned_seconds=minutes * 60)
        return self._set(index, timer)

    def rebalance(self, now: datetime) -> Changes:
        """Shorten (or lengthen) the blocks to come so the meeting lands on its planned end.

        The plan itself stays as it was (so the planned end does not move); the new
        lengths are kept as each block's adjustment, like the leader's +/- minute.
        """
        changes: Changes = {}
        for kind, minutes in rebalance(self.items(), self.meeting_start, now).items():
            index = next(i for i, b in enumerate(self.blocks) if b.kind is kind)
            timer = self.blocks[index].timer
            adjusted = replace(timer, adjust_seconds=minutes * 60 - timer.planned_seconds)
            changes |= self._set(index, adjusted)
        return changes

    # -- what to show ---------------------------------------------------------------------

    def view(self, now: datetime) -> RunView:
        index = self.current_index
        block = self.blocks[index]
        remaining = block.timer.remaining(now)
        following = self.blocks[index + 1].kind if index + 1 < len(self.blocks) else None
        schedule = status(self.meeting_start, self.items(), now)
        on_break = self.active_break
        if on_break is not None:
            timer = on_break.timer
            left = timer.remaining(now)
            return RunView(
                kind=block.kind,
                number=index + 1,
                count=len(self.blocks),
                state=timer.state,
                remaining=left,
                countdown=format_countdown(left),
                phase=timer.phase(now, self.policy),
                progress=timer.progress(now),
                next_kind=block.kind,
                schedule=schedule,
                on_break=on_break.kind,
                back_at=now + timedelta(seconds=max(0.0, left)),
            )
        return RunView(
            kind=block.kind,
            number=index + 1,
            count=len(self.blocks),
            state=block.timer.state,
            remaining=remaining,
            countdown=format_countdown(remaining),
            phase=block.timer.phase(now, self.policy),
            progress=block.timer.progress(now),
            next_kind=following,
            schedule=schedule,
        )


def group_work_view(
    view: RunView, remaining: float, total_seconds: float, policy: WarningPolicy = DEFAULT_WARNING
) -> RunView:
    """The block's view with the group work's countdown as the big number (block 3): the
    groups watch their own time; the block's time is the leader's concern."""
    if remaining < 0:
        phase = Phase.OVERTIME
    elif remaining <= policy.threshold_seconds(total_seconds):
        phase = Phase.WARNING
    else:
        phase = Phase.NORMAL
    used = total_seconds - remaining
    return replace(
        view,
        remaining=remaining,
        countdown=format_countdown(remaining),
        phase=phase,
        progress=min(1.0, max(0.0, used / total_seconds)) if total_seconds > 0 else 1.0,
    )


def room_questions_open(view: RunView) -> bool:
    """The phones may ask questions while block 2 or 6 runs or pauses (the guide's
    reporting and summary: where the room's questions belong)."""
    return (
        view.kind in (BlockKind.OKR_REPORTING, BlockKind.SUMMARY)
        and view.on_break is None
        and view.state in (TimerState.RUNNING, TimerState.PAUSED)
    )


def room_messages_open(view: RunView) -> bool:
    """The phones may send good news and shout-outs while block 1 runs or pauses."""
    return (
        view.kind is BlockKind.GOOD_NEWS
        and view.on_break is None
        and view.state in (TimerState.RUNNING, TimerState.PAUSED)
    )
