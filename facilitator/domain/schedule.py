"""The meeting's schedule: how far behind it runs, when it will end, and rebalancing."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from facilitator.domain.agenda import BLOCK_RANGES, BlockKind
from facilitator.domain.breaks import PlannedBreak
from facilitator.domain.timer import BlockTimer, TimerState


@dataclass(frozen=True)
class PlannedBlock:
    kind: BlockKind
    timer: BlockTimer


# The agenda in meeting order: the blocks with any breaks between them.
AgendaItem = PlannedBlock | PlannedBreak


def in_order(blocks: Sequence[PlannedBlock], breaks: Sequence[PlannedBreak]) -> list[AgendaItem]:
    """The blocks, each followed by the break planned after it (if any)."""
    after = {b.after: b for b in breaks}
    items: list[AgendaItem] = []
    for block in blocks:
        items.append(block)
        if block.kind in after and block is not blocks[-1]:
            items.append(after[block.kind])
    return items


@dataclass(frozen=True)
class ScheduleStatus:
    planned_end: datetime
    projected_end: datetime
    planned_start: datetime | None = None
    started: bool = True  # False until the first block has started

    @property
    def minutes_behind(self) -> int:
        """Positive when late, negative when ahead, rounded to whole minutes."""
        seconds = (self.projected_end - self.planned_end).total_seconds()
        return int(math.copysign(math.floor(abs(seconds) / 60 + 0.5), seconds))


def planned_end(meeting_start: datetime, items: Sequence[AgendaItem]) -> datetime:
    return meeting_start + timedelta(seconds=sum(b.timer.planned_seconds for b in items))


def projected_end(meeting_start: datetime, items: Sequence[AgendaItem], now: datetime) -> datetime:
    """From the actual times so far and the plans of the rest.

    A finished block counts from its real end; the running block ends when its remaining
    time runs out (or now, when it is already over); later blocks take their planned time.
    Before anything has started, the meeting starts at its planned start, or now if later.
    A break that was passed over (a later block has started) takes no time.
    """
    cursor = meeting_start
    started = False
    last_started = max(
        (i for i, item in enumerate(items) if item.timer.state is not TimerState.IDLE),
        default=-1,
    )
    for position, block in enumerate(items):
        timer = block.timer
        if timer.state is TimerState.IDLE and position < last_started:
            continue  # skipped
        if timer.state is TimerState.DONE and timer.ended_at is not None:
            cursor = timer.ended_at
            started = True
        elif timer.state in (TimerState.RUNNING, TimerState.PAUSED):
            cursor = now + timedelta(seconds=max(0.0, timer.remaining(now)))
            started = True
        else:
            if not started:
                cursor = max(cursor, now)
                started = True
            cursor += timedelta(seconds=timer.target_seconds)
    return cursor


def status(meeting_start: datetime, items: Sequence[AgendaItem], now: datetime) -> ScheduleStatus:
    return ScheduleStatus(
        planned_end(meeting_start, items),
        projected_end(meeting_start, items, now),
        meeting_start,
        any(b.timer.state is not TimerState.IDLE for b in items),
    )


def rebalance(
    items: Sequence[AgendaItem], meeting_start: datetime, now: datetime
) -> dict[BlockKind, int]:
    """New lengths in minutes for the blocks not yet started, to land on the planned end.

    The blocks to come are shortened (or lengthened, when ahead) in proportion to their
    plan, each kept within the guide's range, so the meeting ends as planned if it can.
    Breaks keep their length. Returns only the blocks whose minutes change.
    """
    blocks = [item for item in items if isinstance(item, PlannedBlock)]
    upcoming = [b for b in blocks if b.timer.state is TimerState.IDLE]
    if not upcoming:
        return {}
    current_end = projected_end(meeting_start, items, now)
    upcoming_seconds = sum(b.timer.target_seconds for b in upcoming)
    overrun = (current_end - planned_end(meeting_start, items)).total_seconds()
    budget_minutes = (upcoming_seconds - overrun) / 60
    plans = {b.kind: b.timer.target_seconds / 60 for b in upcoming}
    # A plan the leader set outside the guide's range widens that block's range.
    bounds = {
        kind: (min(BLOCK_RANGES[kind].low, plan), max(BLOCK_RANGES[kind].high, plan))
        for kind, plan in plans.items()
    }
    new = _fit_proportionally(plans, bounds, budget_minutes)
    return {
        kind: minutes for kind, minutes in new.items() if minutes * 60 != _planned(blocks, kind)
    }


def _planned(blocks: list[PlannedBlock], kind: BlockKind) -> int:
    return next(b.timer.planned_seconds for b in blocks if b.kind is kind)


def _fit_proportionally(
    plans: dict[BlockKind, float], bounds: dict[BlockKind, tuple[float, float]], budget: float
) -> dict[BlockKind, int]:
    """Scale the plans to the budget, clamping each to its range and spreading the rest."""
    fixed: dict[BlockKind, float] = {}
    free = dict(plans)
    while free:
        remaining_budget = budget - sum(fixed.values())
        total = sum(free.values())
        factor = remaining_budget / total if total else 1.0
        clamped = {}
        for kind, minutes in free.items():
            scaled = minutes * factor
            low, high = bounds[kind]
            if scaled < low:
                clamped[kind] = low
            elif scaled > high:
                clamped[kind] = high
        if not clamped:
            fixed.update({kind: minutes * factor for kind, minutes in free.items()})
            break
        fixed.update(clamped)
        for kind in clamped:
            free.pop(kind)
    return {
        kind: int(min(bounds[kind][1], max(bounds[kind][0], round(minutes))))
        for kind, minutes in fixed.items()
    }
