"""OKR grades as OKR tools give them: each key result 0.0–1.0 from its start, target and
what was achieved; each objective the mean of its key results; a colour band with a word.

Google's scale (*Measure What Matters*): 0.7 is the sweet spot, 1.0 the target reached;
the bands are red "missed" below 0.4, yellow "progress" below 0.7, green "delivered" from
0.7 — a company may move both thresholds (Preferences). A grade sits beside the guide's
1–10 self-evaluation; it never replaces it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from facilitator.domain.evaluation import progress
from facilitator.domain.okr import ObjectiveItem


class GradeBand(StrEnum):
    MISSED = "missed"  # red
    PROGRESS = "progress"  # yellow
    DELIVERED = "delivered"  # green


# Each band's tint behind dark text (the minutes' cells, the review table), light enough
# for black text and apart in grey (a black-and-white print); and its ink on the room's
# dark screen, apart in grey too. The word and the number beside them say the band anyway.
GRADE_TINTS = {
    GradeBand.MISSED: "#eda49b",
    GradeBand.PROGRESS: "#fff4cc",
    GradeBand.DELIVERED: "#bfe2c9",
}
GRADE_INKS = {
    GradeBand.MISSED: "#ff4d4d",
    GradeBand.PROGRESS: "#ffe680",
    GradeBand.DELIVERED: "#4be08a",
}


@dataclass(frozen=True)
class GradeBands:
    """Where the yellow and the green bands start, on the one-decimal grade."""

    progress_from: float = 0.4
    delivered_from: float = 0.7

    def __post_init__(self) -> None:
        if not 0.0 < self.progress_from < self.delivered_from <= 1.0:
            raise ValueError(
                f"grade bands must rise within 0–1: {self.progress_from}, {self.delivered_from}"
            )

    def band(self, grade: float) -> GradeBand:
        shown = shown_grade(grade)
        if shown >= self.delivered_from:
            return GradeBand.DELIVERED
        if shown >= self.progress_from:
            return GradeBand.PROGRESS
        return GradeBand.MISSED


@dataclass(frozen=True)
class Grade:
    value: float  # 0.0–1.0, unrounded
    band: GradeBand

    @property
    def shown(self) -> float:
        """The grade as it is said and banded: one decimal (0.65 is 0.7)."""
        return shown_grade(self.value)

    @property
    def text(self) -> str:
        """The grade as OKR tools write it, in English: "0.7"."""
        return f"{self.shown:.1f}"


def shown_grade(grade: float) -> float:
    """One decimal, halves rounded up (0.65 is 0.7), as the grade is said and banded."""
    return float(Decimal(str(grade)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def key_result_grade(
    start: float | None, target: float | None, achieved: float | None
) -> float | None:
    """The share of the way from start to target that was achieved, capped to 0.0–1.0;
    a target below its start ("lower is better": from 6 minutes to 2) counts the way
    down. None when there is nothing to grade: no result yet, or no way to go (the
    target is the start)."""
    share = progress(start, target, achieved)
    if share is None:
        return None
    return min(1.0, max(0.0, share))


def objective_grade(key_result_grades: Iterable[float | None]) -> float | None:
    """The mean of the key results that have a grade (None: none has)."""
    graded = [grade for grade in key_result_grades if grade is not None]
    if not graded:
        return None
    return sum(graded) / len(graded)


def graded(value: float | None, bands: GradeBands) -> Grade | None:
    return None if value is None else Grade(value, bands.band(value))


@dataclass(frozen=True)
class ReviewGrades:
    """A company's or department's last quarter graded: each objective, and the mean."""

    overall: Grade | None
    objectives: tuple[tuple[str, Grade | None], ...]  # (statement, grade), in order


def review_grades(objectives: Sequence[ObjectiveItem], bands: GradeBands) -> ReviewGrades:
    """The objectives' grades (the mean of their key results') and the mean of those."""
    values = [
        objective_grade(
            key_result_grade(kr.start_value, kr.target_value, kr.achieved_value)
            for kr in objective.key_results
        )
        for objective in objectives
    ]
    return ReviewGrades(
        graded(objective_grade(values), bands),
        tuple(
            (objective.statement, graded(value, bands))
            for objective, value in zip(objectives, values, strict=True)
        ),
    )
