"""OKR grades: properties over every start, target and result, and the bands' words."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from facilitator.domain.grades import (
    GradeBand,
    GradeBands,
    graded,
    key_result_grade,
    objective_grade,
    shown_grade,
)

values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@given(values, values, values)
def test_a_grade_is_always_between_0_and_1(start, target, achieved):
    assume(start != target)
    grade = key_result_grade(start, target, achieved)
    assert grade is not None and 0.0 <= grade <= 1.0


@given(values, values)
def test_reaching_the_target_is_1_and_staying_at_the_start_is_0(start, target):
    assume(abs(target - start) > 1e-6)
    assert key_result_grade(start, target, target) == 1.0
    assert key_result_grade(start, target, start) == 0.0


@given(values, values, values, values)
def test_the_grade_never_falls_as_the_result_moves_towards_the_target(start, target, a, b):
    assume(start != target)
    nearer, further = sorted((a, b), reverse=target < start)  # `further` is towards target
    assert key_result_grade(start, target, nearer) <= key_result_grade(start, target, further)


def test_lower_is_better_counts_the_way_down():
    # Response time from 6 minutes to 2: at 3 minutes, three quarters of the way.
    assert key_result_grade(6, 2, 3) == pytest.approx(0.75)
    assert key_result_grade(6, 2, 1) == 1.0  # beyond the target: capped
    assert key_result_grade(6, 2, 8) == 0.0  # worse than the start: capped


def test_no_grade_without_a_result_or_a_way_to_go():
    assert key_result_grade(0, 10, None) is None
    assert key_result_grade(None, 10, 5) is None
    assert key_result_grade(5, 5, 5) is None


def test_an_objective_is_the_mean_of_its_graded_key_results():
    assert objective_grade([1.0, 0.5, None]) == pytest.approx(0.75)
    assert objective_grade([None, None]) is None
    assert objective_grade([]) is None


def test_bands_are_read_on_the_grade_as_it_is_said():
    bands = GradeBands()
    assert [bands.band(g) for g in (0.0, 0.34, 0.35, 0.64, 0.65, 1.0)] == [
        GradeBand.MISSED,
        GradeBand.MISSED,
        GradeBand.PROGRESS,  # said "0.4"
        GradeBand.PROGRESS,
        GradeBand.DELIVERED,  # said "0.7"
        GradeBand.DELIVERED,
    ]
    assert shown_grade(0.65) == 0.7 and shown_grade(0.25) == 0.3
    grade = graded(0.6, bands)
    assert grade is not None and grade.text == "0.6" and grade.band is GradeBand.PROGRESS
    assert graded(None, bands) is None


def test_a_company_may_move_the_bands_but_they_must_rise():
    strict = GradeBands(progress_from=0.5, delivered_from=0.9)
    assert strict.band(0.8) is GradeBand.PROGRESS and strict.band(0.4) is GradeBand.MISSED
    for low, high in ((0.7, 0.4), (0.0, 0.5), (0.5, 1.1), (0.6, 0.6)):
        with pytest.raises(ValueError):
            GradeBands(low, high)


def _grey(colour: str) -> float:
    """The grey a colour prints (or projects, washed out) as: Rec. 601 luma, 0–255."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


@pytest.mark.parametrize("palette", ["GRADE_TINTS", "GRADE_INKS"])
def test_the_bands_colours_stay_apart_in_grey(palette):
    """Colour is never the only cue, and the colour itself still tells the bands apart on
    a black-and-white print or a washed-out projector."""
    from facilitator.domain import grades

    colours = getattr(grades, palette)
    greys = sorted(_grey(colours[band]) for band in GradeBand)
    assert min(b - a for a, b in pairwise(greys)) >= 25, greys


def test_the_rooms_inks_read_on_the_rooms_dark_screen():
    from facilitator.domain.grades import GRADE_INKS

    assert all(_grey(ink) >= 120 for ink in GRADE_INKS.values())  # the screen is #0b1520-ish


def test_an_entitys_review_is_graded_per_objective_and_as_their_mean():
    from facilitator.domain.grades import review_grades
    from facilitator.domain.okr import KeyResultItem, ObjectiveItem, regrouped

    def kr(n: int, start, target, achieved) -> KeyResultItem:
        return KeyResultItem(n, f"KR {n}", start, target, achieved, "", None, None, None)

    def objective(n: int, *krs: KeyResultItem) -> ObjectiveItem:
        return ObjectiveItem(
            n, f"O {n}", None, None, None, None, krs, None, None, None, None, None, None, None
        )

    rows = [
        objective(1),
        kr(1, 0, 10, 10),  # 1.0
        kr(2, 6, 2, 4),  # lower is better, halfway: 0.5
        objective(2),
        kr(3, 0, 4, None),  # nothing to grade yet
        objective(3),
        kr(4, 0, 10, 1),  # 0.1
    ]
    objectives = regrouped(rows)
    assert [len(o.key_results) for o in objectives] == [2, 1, 1]
    graded_review = review_grades(objectives, GradeBands())
    assert [(text, grade and grade.text) for text, grade in graded_review.objectives] == [
        ("O 1", "0.8"),  # 0.75, said with one decimal
        ("O 2", None),
        ("O 3", "0.1"),
    ]
    assert graded_review.overall is not None
    assert graded_review.overall.value == pytest.approx((0.75 + 0.1) / 2)
    assert graded_review.overall.band is GradeBand.PROGRESS
