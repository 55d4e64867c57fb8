from facilitator.domain.agenda import (
    BLOCK_RANGES,
    MAX_MEETING_MINUTES,
    BlockKind,
    default_minutes,
    default_plan,
)


def test_six_blocks_in_guide_order():
    assert [kind.number for kind in BlockKind] == [1, 2, 3, 4, 5, 6]
    assert next(iter(BlockKind)) is BlockKind.GOOD_NEWS
    assert list(BlockKind)[-1] is BlockKind.SUMMARY


def test_small_group_plans_three_hours_and_a_large_group_four_at_most():
    small = default_plan(5)
    large = default_plan(45)
    assert all(small[k] == BLOCK_RANGES[k].low for k in BlockKind)
    assert sum(small.values()) == 180  # the top of "2–3 hours" for a leadership group
    assert large == {
        BlockKind.GOOD_NEWS: 15,
        BlockKind.OKR_REPORTING: 80,
        BlockKind.SUCCESSES_LEARNINGS: 25,
        BlockKind.CLOSING_QUARTER: 25,
        BlockKind.NEW_OKRS: 80,
        BlockKind.SUMMARY: 10,
    }
    assert sum(large.values()) == 235  # "up to about 4 hours" for 30–50 people
    for people in range(0, 200):
        assert sum(default_plan(people).values()) <= MAX_MEETING_MINUTES, people


def test_minutes_grow_with_head_count_and_stay_in_range():
    for kind in BlockKind:
        previous = 0
        for people in range(0, 80):
            minutes = default_minutes(kind, people)
            assert BLOCK_RANGES[kind].low <= minutes <= BLOCK_RANGES[kind].high
            assert minutes >= previous
            previous = minutes


def test_okr_counts_and_numbers():
    import pytest

    from facilitator.domain.okr import (
        COMPANY_OBJECTIVES,
        CountStatus,
        count_status,
        parse_number,
    )

    assert count_status(2, COMPANY_OBJECTIVES) is CountStatus.TOO_FEW
    assert count_status(4, COMPANY_OBJECTIVES) is CountStatus.GOOD
    assert count_status(6, COMPANY_OBJECTIVES) is CountStatus.TOO_MANY
    assert parse_number("12,5") == 12.5 and parse_number("1 200") == 1200
    assert parse_number("85 %") == 85 and parse_number("") is None and parse_number(3) == 3
    for bad in ("mange", "1,2.3", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_number(bad)
