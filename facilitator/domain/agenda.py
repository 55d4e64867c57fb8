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

# Head counts at which the plan sits at the low and the high end of what it plans.
SMALL_GROUP = 5
LARGE_GROUP = 40

# The guide: a leadership group of about five needs 2–3 hours, 30–50 people up to about
# four. The low ends of the ranges add up to three hours; a large group gets at most four,
# so each block grows over its range only as far as the four hours allow.
MAX_MEETING_MINUTES = 240
_LOWS = sum(r.low for r in BLOCK_RANGES.values())
_SPREAD = sum(r.high - r.low for r in BLOCK_RANGES.values())
_GROWTH = min(1.0, (MAX_MEETING_MINUTES - _LOWS) / _SPREAD)


def default_minutes(kind: BlockKind, participants_present: int) -> int:
    """Planned minutes for a block, scaled by head count within the guide's range.

    A leadership group of about five lands on the low ends (three hours in all); 40 or
    more on the share of each range that keeps the meeting within four hours. The result
    is rounded to whole five minutes, which is how people plan a meeting.
    """
    rng = BLOCK_RANGES[kind]
    span = LARGE_GROUP - SMALL_GROUP
    share = min(1.0, max(0.0, (participants_present - SMALL_GROUP) / span)) * _GROWTH
    exact = rng.low + share * (rng.high - rng.low)
    return rng.clamp(int(5 * round(exact / 5)))


def default_plan(participants_present: int) -> dict[BlockKind, int]:
    """Planned minutes for every block."""
    return {kind: default_minutes(kind, participants_present) for kind in BlockKind}
