"""The room's dot-vote on the learnings (block 3): after the presentations each phone gets
a budget of dots to spend on the successes and learnings of every group's flip chart; the
ranked lines are revealed on the room's screen and kept in the minutes.

Plain Python: the rules a phone's allocation must keep (checked on the laptop, never
trusted from the phone), and the ranking with its ties.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

DEFAULT_DOTS = 3
MOST_DOTS = 10  # a budget larger than this is no longer a choice of the few best lines
SCREEN_LINES = 10  # the ranked lines the room's screen shows at most

LineKind = Literal["success", "learning"]
Problem = Literal["line", "dots", "per_line", "budget"]


@dataclass(frozen=True)
class DotRules:
    """A phone's budget, and how many of its dots one line may take."""

    dots: int = DEFAULT_DOTS
    per_line: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.dots <= MOST_DOTS or not 1 <= self.per_line <= self.dots:
            raise ValueError(f"dots {self.dots}, per line {self.per_line}")


@dataclass(frozen=True)
class VoteLine:
    """One line of a group's flip chart the room can vote on."""

    id: int
    group: str
    kind: LineKind
    text: str


@dataclass(frozen=True)
class RankedLine:
    rank: int  # tied lines share a rank ("1, 2, 2, 4")
    line: VoteLine
    dots: int
    voters: int  # phones that gave it at least one dot


def allocation_problem(
    allocation: Mapping[int, int], lines: set[int], rules: DotRules
) -> Problem | None:
    """What is wrong with one phone's whole allocation (line id -> dots), or None.

    The ids and counts came from a phone as JSON: anything but whole numbers is refused
    here again, whatever the caller's types say."""
    total = 0
    for line, dots in allocation.items():
        if not _whole(line) or line not in lines:
            return "line"
        if not _whole(dots) or dots < 0:
            return "dots"
        if dots > rules.per_line:
            return "per_line"
        total += dots
    return "budget" if total > rules.dots else None


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def ranked(lines: Sequence[VoteLine], totals: Mapping[int, tuple[int, int]]) -> list[RankedLine]:
    """The lines that got dots, most first. `totals`: line id -> (dots, voters).

    Equal dots share a rank; among them the line more phones chose comes first (three
    people giving one dot each outweigh one person giving three), then the flip charts'
    order, so the list never changes between two readings of the same votes."""
    order = {line.id: position for position, line in enumerate(lines)}
    voted = [line for line in lines if totals.get(line.id, (0, 0))[0] > 0]
    voted.sort(key=lambda line: (-totals[line.id][0], -totals[line.id][1], order[line.id]))
    result: list[RankedLine] = []
    for position, line in enumerate(voted, start=1):
        dots, voters = totals[line.id]
        tied = result and result[-1].dots == dots
        rank = result[-1].rank if tied else position
        result.append(RankedLine(rank, line, dots, voters))
    return result


def on_screen(ranking: Sequence[RankedLine], room: int = SCREEN_LINES) -> list[RankedLine]:
    """The ranked lines the room's screen has room for. A tie at the cut is not broken
    by the cut: the tied lines go too, unless that would more than double the list, when
    only the ranks above the tie are shown."""
    if len(ranking) <= room:
        return list(ranking)
    cut_rank = ranking[room - 1].rank
    if ranking[room].rank != cut_rank:
        return list(ranking[:room])
    with_tie = [line for line in ranking if line.rank <= cut_rank]
    if len(with_tie) <= 2 * room:
        return with_tie
    above = [line for line in ranking if line.rank < cut_rank]
    return above or list(ranking[:room])


def dots_left(allocation: Mapping[int, int], rules: DotRules) -> int:
    return rules.dots - sum(allocation.values())
