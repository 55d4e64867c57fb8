"""Running the meeting: which block is current, and what each command does to the timers.

Every command returns the timers it changed, so the caller persists exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from facilitator.domain.agenda import BlockKind
from facilitator.domain.schedule import PlannedBlock, ScheduleStatus, rebalance, status
from facilitator.domain.timer import (
    DEFAULT_WARNING,
    BlockTimer,
    Phase,
    TimerState,
    WarningPolicy,
    format_countdown,
)

Changes = dict[BlockKind, BlockTimer]


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


class MeetingRun:
    def __init__(
        self,
        blocks: list[PlannedBlock],
        meeting_start: datetime,
        policy: WarningPolicy = DEFAULT_WARNING,
    ) -> None:
        self.blocks = list(blocks)
        self.meeting_start = meeting_start
        self.policy = policy

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
    def is_running(self) -> bool:
        return self.current.timer.state is TimerState.RUNNING

    @property
    def is_finished(self) -> bool:
        return all(b.timer.state is TimerState.DONE for b in self.blocks)

    def timer(self, kind: BlockKind) -> BlockTimer:
        return next(b.timer for b in self.blocks if b.kind is kind)

    def _set(self, index: int, timer: BlockTimer) -> Changes:
        self.blocks[index] = replace(self.blocks[index], timer=timer)
        return {self.blocks[index].kind: timer}

    # -- commands -------------------------------------------------------------------------

    def toggle(self, now: datetime) -> Changes:
        """Start, pause or resume the current block."""
        if self.is_finished:
            return {}
        index = self.current_index
        return self._set(index, self.blocks[index].timer.toggle(now))

    def next(self, now: datetime) -> Changes:
        """Close the current block (recording its end) and start the next one."""
        if self.is_finished:
            return {}
        index = self.current_index
        changes = self._set(index, self.blocks[index].timer.finish(now))
        if index + 1 < len(self.blocks):
            changes |= self._set(index + 1, self.blocks[index + 1].timer.start(now))
        return changes

    def previous(self, now: datetime) -> Changes:
        """Undo a "next": the current block goes back to not started, the one before runs on."""
        index = self.current_index
        if self.is_finished:
            return self._set(index, self.blocks[index].timer.reopen(now))
        if index == 0:
            return {}
        changes = self._set(index, self.blocks[index].timer.restart())
        changes |= self._set(index - 1, self.blocks[index - 1].timer.reopen(now))
        return changes

    def adjust(self, seconds: int) -> Changes:
        index = self.current_index
        return self._set(index, self.blocks[index].timer.adjust(seconds))

    def restart_current(self) -> Changes:
        index = self.current_index
        return self._set(index, self.blocks[index].timer.restart())

    def pause_for_gap(self, gap_seconds: float) -> Changes:
        index = self.current_index
        return self._set(index, self.blocks[index].timer.pause_for_gap(gap_seconds))

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
        for kind, minutes in rebalance(self.blocks, self.meeting_start, now).items():
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
            schedule=status(self.meeting_start, self.blocks, now),
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
