"""The six agenda blocks of the quarterly OKR meeting and their planned minutes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    """The six timed blocks, in meeting order. Values are stored in the database."""

    GOOD_NEWS = "good_news"
    OKR_REPORTING = "okr_reporting"
    SUCCESSES_LEARNINGS = "successes_learnings"
    CLOSING_QUARTER = "closing_quarter"
    NEW_OKRS = "new_okrs"
    SUMMARY = "summary"

    @property
    def number(self) -> int:
        return list(BlockKind).index(self) + 1


@dataclass(frozen=True)
class MinutesRange:
    low: int
    high: int

    def clamp(self, minutes: int) -> int:
        return max(self.low, min(self.high, minutes))


# The guide's ranges for a company with several departments.
BLOCK_RANGES: dict[BlockKind, MinutesRange] = {
    BlockKind.GOOD_NEWS: MinutesRange(10, 15),
    BlockKind.OKR_REPORTING: MinutesRange(60, 90),
    BlockKind.SUCCESSES_LEARNINGS: MinutesRange(20, 30),
    BlockKind.CLOSING_QUARTER: MinutesRange(20, 30),
    BlockKind.NEW_OKRS: MinutesRange(60, 90),
    BlockKind.SUMMARY: MinutesRange(10, 10),
}

# Head counts at which the plan sits at the low and the high end of each range.
SMALL_GROUP = 5
LARGE_GROUP = 40


def default_minutes(kind: BlockKind, participants_present: int) -> int:
    """Planned minutes for a block, scaled between the guide's low and high end by head count.

    A leadership group of about five lands on the low ends; 40 or more on the high ends.
    The result is rounded to whole five minutes, which is how people plan a meeting.
    """
    rng = BLOCK_RANGES[kind]
    span = LARGE_GROUP - SMALL_GROUP
    share = min(1.0, max(0.0, (participants_present - SMALL_GROUP) / span))
    exact = rng.low + share * (rng.high - rng.low)
    return rng.clamp(int(5 * round(exact / 5)))


def default_plan(participants_present: int) -> dict[BlockKind, int]:
    """Planned minutes for every block."""
    return {kind: default_minutes(kind, participants_present) for kind in BlockKind}
