import pytest

from facilitator.domain.evaluation import Band, band, parse_score, progress
from facilitator.domain.validation import Field, ValidationError


@pytest.mark.parametrize(
    ("typed", "score"),
    [("7", 7), (" 10 ", 10), ("1", 1), (3, 3), ("8,0", 8), ("", None), (None, None)],
)
def test_whole_scores_from_one_to_ten(typed, score):
    assert parse_score(typed) == score


@pytest.mark.parametrize("typed", ["0", "11", "7.5", "7,5", "sju", "-3", "1e3", "nan"])
def test_anything_else_is_refused(typed):
    with pytest.raises(ValidationError) as caught:
        parse_score(typed)
    assert caught.value.field is Field.SCORE


def test_bands():
    assert [band(s) for s in (1, 3, 4, 6, 7, 10, None)] == [
        Band.RED,
        Band.RED,
        Band.AMBER,
        Band.AMBER,
        Band.GREEN,
        Band.GREEN,
        None,
    ]


def test_progress_works_both_ways():
    assert progress(0, 250, 212) == pytest.approx(0.848)
    assert progress(6, 2, 3) == pytest.approx(0.75)  # lower is better
    assert progress(1, 1, 1) is None and progress(1, 2, None) is None


def test_the_rooms_scores_have_a_count_a_median_and_a_shape():
    from facilitator.domain.evaluation import RoomScores

    assert RoomScores({}).median is None and RoomScores({}).bars() == ""
    odd = RoomScores({7: 3, 5: 1, 9: 1})  # 5 7 7 7 9
    assert (odd.count, odd.median) == (5, 7.0)
    assert odd.bars() == "▁▁▁▁▃▁█▁▃▁"  # 5: 1 of 3 → ▃; 7: the most → █
    even = RoomScores({6: 1, 8: 1})
    assert even.median == 7.0
