"""OKR grades: properties over every start, target and result, and the bands' words."""

from __future__ import annotations

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
