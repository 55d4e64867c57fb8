"""The self-evaluation: a whole-number score from 1 to 10, its colour band, and the
three dimensions on which the group says what was good and what could be better."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeGuard

from facilitator.domain.validation import Field, Problem, ValidationError


class Dimension(StrEnum):
    EXECUTION = "execution"  # gjennomføring / innsats
    LEADERSHIP = "leadership"  # lederskap / innstilling
    COMPETENCE = "competence"  # kompetanse


class Band(StrEnum):
    GREEN = "green"  # 7–10
    AMBER = "amber"  # 4–6
    RED = "red"  # 1–3


# The guide's self-evaluation score: a whole number from 1 to 10. The one place it is
# written: the screens, the room link, the store and its constraints take it from here.
LOWEST_SCORE, HIGHEST_SCORE = 1, 10
SCORES = range(LOWEST_SCORE, HIGHEST_SCORE + 1)


def is_score(value: object) -> TypeGuard[int]:
    """A whole score in the range (a bool is not one, though Python counts it an int)."""
    return isinstance(value, int) and not isinstance(value, bool) and value in SCORES


def score_check(column: str) -> str:
    """The SQL CHECK that keeps `column` in the range."""
    return f"{column} >= {LOWEST_SCORE} AND {column} <= {HIGHEST_SCORE}"


def report_poll(evaluation_id: int) -> str:
    """The name of the room link's scoring of one report (a self-evaluation of block 2)."""
    return f"evaluation:{evaluation_id}"


def parse_score(value: object) -> int | None:
    """A score as typed: blank is "not given"; anything but a whole 1–10 is refused."""
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise ValidationError(Field.SCORE, Problem.INVALID, text) from None
    if not number.is_integer() or int(number) not in SCORES:
        raise ValidationError(Field.SCORE, Problem.INVALID, text)
    return int(number)


def band(score: int | None) -> Band | None:
    if score is None:
        return None
    return Band.GREEN if score >= 7 else Band.AMBER if score >= 4 else Band.RED


def progress(start: float | None, target: float | None, achieved: float | None) -> float | None:
    """Share of the way from start to target that was achieved (can pass 1.0 or go below 0);
    works for targets below the start too (e.g. response time from 6 to 2 minutes)."""
    if start is None or target is None or achieved is None or target == start:
        return None
    return (achieved - start) / (target - start)


@dataclass(frozen=True)
class EvaluationItem:
    """One entity's self-evaluation as the screens show and edit it (plain data)."""

    id: int
    department_name: str | None  # None: the company
    reporter_id: int | None
    score: int | None
    notes: dict[str, tuple[str, str]]  # dimension -> (what was good, could be better)


@dataclass(frozen=True)
class RoomScores:
    """How the room scored one report's quarter (the phones' own scores, anonymous)."""

    counts: dict[int, int]  # score -> how many phones gave it

    @property
    def count(self) -> int:
        return sum(self.counts.values())

    @property
    def median(self) -> float | None:
        """The middle score (halfway between the two middle ones for an even count)."""
        ordered = [score for score in sorted(self.counts) for _ in range(self.counts[score])]
        if not ordered:
            return None
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return float(ordered[middle])
        return (ordered[middle - 1] + ordered[middle]) / 2

    @property
    def spread(self) -> tuple[int, int] | None:
        """The lowest and the highest score given."""
        given = [score for score, count in self.counts.items() if count]
        return (min(given), max(given)) if given else None

    def gap(self, own: int | None) -> float | None:
        """How far the room's median is from the score the report gave itself: negative,
        the room sees the quarter lower; None when either is missing."""
        median = self.median
        if own is None or median is None:
            return None
        return median - own

    def bars(self) -> str:
        """The distribution 1–10 as ten block characters, tallest = most given; a score
        nobody gave is the baseline ▁, so the ten places stay readable."""
        most = max(self.counts.values(), default=0)
        if most == 0:
            return ""
        steps = "▂▃▄▅▆▇█"
        shape = []
        for score in SCORES:
            count = self.counts.get(score, 0)
            shape.append(steps[max(0, round(count / most * 7) - 1)] if count else "▁")
        return "".join(shape)
