"""One agenda block's countdown, as persisted instants rather than counted ticks.

remaining = planned + adjustment - (until - started_at - paused_seconds), where `until` is
now while running, the pause instant while paused, and the end while done. Every function
is pure: it takes a state and an instant and returns a new state or a number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


class Phase(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class WarningPolicy:
    """Warn in the last `minutes` or the last `share` of the block, whichever is shorter."""

    minutes: float = 2.0
    share: float = 0.20

    def threshold_seconds(self, planned_seconds: float) -> float:
        return min(self.minutes * 60, self.share * planned_seconds)


DEFAULT_WARNING = WarningPolicy()


@dataclass(frozen=True)
class BlockTimer:
    planned_seconds: int
    state: TimerState = TimerState.IDLE
    started_at: datetime | None = None
    paused_at: datetime | None = None
    ended_at: datetime | None = None
    paused_seconds: float = 0.0
    adjust_seconds: int = 0

    @property
    def target_seconds(self) -> int:
        """Planned time plus the leader's +/- minute adjustments."""
        return self.planned_seconds + self.adjust_seconds

    def start(self, now: datetime) -> BlockTimer:
        if self.state is TimerState.RUNNING:
            return self
        if self.state is TimerState.PAUSED:
            return self.resume(now)
        return replace(
            self,
            state=TimerState.RUNNING,
            started_at=now,
            paused_at=None,
            ended_at=None,
            paused_seconds=0.0,
        )

    def pause(self, now: datetime) -> BlockTimer:
        if self.state is not TimerState.RUNNING:
            return self
        return replace(self, state=TimerState.PAUSED, paused_at=now)

    def resume(self, now: datetime) -> BlockTimer:
        if self.state is not TimerState.PAUSED or self.paused_at is None:
            return self
        gap = max(0.0, (now - self.paused_at).total_seconds())
        return replace(
            self,
            state=TimerState.RUNNING,
            paused_at=None,
            paused_seconds=self.paused_seconds + gap,
        )

    def toggle(self, now: datetime) -> BlockTimer:
        return self.pause(now) if self.state is TimerState.RUNNING else self.start(now)

    def finish(self, now: datetime) -> BlockTimer:
        """Close the block; a paused block ends at the moment it was paused."""
        if self.state is TimerState.IDLE:
            return replace(self, state=TimerState.DONE, started_at=now, ended_at=now)
        if self.state is TimerState.DONE:
            return self
        end = self.paused_at if self.state is TimerState.PAUSED else now
        # Time spent paused at the end is not part of the block.
        return replace(self, state=TimerState.DONE, ended_at=end, paused_at=None)

    def reopen(self, now: datetime) -> BlockTimer:
        """Undo a finish: the block runs again, and the time since it ended counts."""
        if self.state is not TimerState.DONE or self.started_at is None:
            return self.start(now)
        return replace(self, state=TimerState.RUNNING, ended_at=None)

    def restart(self) -> BlockTimer:
        """Back to the full planned time, not started."""
        return BlockTimer(planned_seconds=self.planned_seconds)

    def adjust(self, seconds: int) -> BlockTimer:
        """Add (or with a negative number, take away) time; never below one minute in all."""
        adjusted = max(60 - self.planned_seconds, self.adjust_seconds + seconds)
        return replace(self, adjust_seconds=adjusted)

    def pause_for_gap(self, gap_seconds: float) -> BlockTimer:
        """Count a gap (the laptop slept) as paused time."""
        return replace(self, paused_seconds=self.paused_seconds + max(0.0, gap_seconds))

    def elapsed(self, now: datetime) -> float:
        if self.started_at is None:
            return 0.0
        until = {
            TimerState.RUNNING: now,
            TimerState.PAUSED: self.paused_at or now,
            TimerState.DONE: self.ended_at or now,
        }.get(self.state, now)
        return max(0.0, (until - self.started_at).total_seconds() - self.paused_seconds)

    def remaining(self, now: datetime) -> float:
        """Seconds left; negative when the block runs over."""
        return self.target_seconds - self.elapsed(now)

    def progress(self, now: datetime) -> float:
        """Share of the target used, 0.0 to 1.0 (capped)."""
        if self.target_seconds <= 0:
            return 1.0
        return min(1.0, self.elapsed(now) / self.target_seconds)

    def phase(self, now: datetime, policy: WarningPolicy = DEFAULT_WARNING) -> Phase:
        left = self.remaining(now)
        if left < 0:
            return Phase.OVERTIME
        if left <= policy.threshold_seconds(self.target_seconds):
            return Phase.WARNING
        return Phase.NORMAL


def displayed_seconds(remaining: float) -> int:
    """The whole second shown for a remaining time, flipping exactly on the boundary.

    A countdown shows 05:00 for the whole of (4:59, 5:00] seconds left, like a stage
    timer: the digit changes the moment a whole second has passed. Over time counts up.
    """
    if remaining >= 0:
        return math.ceil(remaining - 1e-9)
    return -math.floor(-remaining + 1e-9)


def format_countdown(remaining: float) -> str:
    """ "05:00", "1:02:03" above an hour, and "+03:12" when over time."""
    shown = displayed_seconds(remaining)
    sign = "+" if shown < 0 else ""
    total = abs(shown)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes:02d}:{seconds:02d}"


def format_room_countdown(remaining: float) -> str:
    """The projected time: minutes up to 99 rather than hours ("90:00", not "1:30:00"),
    so the number keeps five characters and its digits can stand 40 % of the screen high."""
    shown = displayed_seconds(remaining)
    minutes, seconds = divmod(abs(shown), 60)
    if minutes > 99:
        return format_countdown(remaining)
    return f"{'+' if shown < 0 else ''}{minutes:02d}:{seconds:02d}"


def seconds_to_next_flip(remaining: float) -> float:
    """How long until the displayed second changes, so a repaint can be scheduled then.

    Remaining time falls at one second per second, so the display changes when it
    reaches the next whole number below it, counting down and over time alike.
    """
    fraction = remaining - math.floor(remaining)
    return fraction if fraction > 1e-9 else 1.0
