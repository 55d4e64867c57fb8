"""Breaks between blocks: a coffee break or lunch the leader plans after a block.

At most one break follows a block, so a break is known by the block before it (its
`BreakSlot`). A break has a countdown like a block (a `BlockTimer`): it starts when the
block before it is closed and ends when the next block starts. It is counted in the
planned and projected end of the meeting, but rebalancing never shortens it (people
plan around lunch).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.domain.agenda import BlockKind
from facilitator.domain.timer import BlockTimer, TimerState


class BreakKind(StrEnum):
    """Values are stored in the database."""

    COFFEE = "coffee"
    LUNCH = "lunch"
    BREAK = "break"


DEFAULT_BREAK_MINUTES: dict[BreakKind, int] = {
    BreakKind.COFFEE: 15,
    BreakKind.LUNCH: 30,
    BreakKind.BREAK: 10,
}

MAX_BREAK_MINUTES = 180

# A break can follow every block but the last (after the summary the meeting is over).
BLOCKS_BREAK_CAN_FOLLOW: tuple[BlockKind, ...] = tuple(BlockKind)[:-1]


@dataclass(frozen=True)
class BreakSlot:
    """Where a break sits: after this block. The key a break's timer is saved under."""

    after: BlockKind

    @property
    def before(self) -> BlockKind:
        kinds = list(BlockKind)
        return kinds[kinds.index(self.after) + 1]


@dataclass(frozen=True)
class PlannedBreak:
    after: BlockKind
    kind: BreakKind
    timer: BlockTimer

    @property
    def slot(self) -> BreakSlot:
        return BreakSlot(self.after)

    @property
    def active(self) -> bool:
        return self.timer.state in (TimerState.RUNNING, TimerState.PAUSED)


def check_break(after: BlockKind, minutes: int) -> None:
    """Raise ValueError for a break that cannot be planned."""
    if after not in BLOCKS_BREAK_CAN_FOLLOW:
        raise ValueError(f"no break can follow {after}")
    if not 1 <= minutes <= MAX_BREAK_MINUTES:
        raise ValueError(minutes)
