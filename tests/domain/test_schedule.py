"""Behind/ahead, projected end, and rebalancing the blocks still to come."""

from datetime import UTC, datetime, timedelta

from facilitator.domain.agenda import BLOCK_RANGES, BlockKind
from facilitator.domain.schedule import PlannedBlock, rebalance, status
from facilitator.domain.timer import BlockTimer

START = datetime(2026, 12, 17, 8, 0, tzinfo=UTC)
PLAN = {
    BlockKind.GOOD_NEWS: 15,
    BlockKind.OKR_REPORTING: 75,
    BlockKind.SUCCESSES_LEARNINGS: 25,
    BlockKind.CLOSING_QUARTER: 25,
    BlockKind.NEW_OKRS: 75,
    BlockKind.SUMMARY: 10,
}


def _blocks(timers=None):
    timers = timers or {}
    return [
        PlannedBlock(kind, timers.get(kind, BlockTimer(planned_seconds=minutes * 60)))
        for kind, minutes in PLAN.items()
    ]


def _done(kind, start_minute, minutes):
    begin = START + timedelta(minutes=start_minute)
    return (
        BlockTimer(planned_seconds=PLAN[kind] * 60)
        .start(begin)
        .finish(begin + timedelta(minutes=minutes))
    )


def test_on_time_before_the_start():
    result = status(START, _blocks(), START - timedelta(minutes=10))
    assert result.planned_end == START + timedelta(minutes=225)
    assert result.projected_end == result.planned_end
    assert result.minutes_behind == 0


def test_a_late_start_pushes_the_projected_end():
    result = status(START, _blocks(), START + timedelta(minutes=7))
    assert result.minutes_behind == 7


def test_behind_from_actual_times_and_the_running_block():
    now = START + timedelta(minutes=15 + 80)
    timers = {
        BlockKind.GOOD_NEWS: _done(BlockKind.GOOD_NEWS, 0, 18),  # 3 min over
        BlockKind.OKR_REPORTING: BlockTimer(planned_seconds=75 * 60).start(
            START + timedelta(minutes=18)
        ),
    }
    result = status(START, _blocks(timers), now)
    # Good news ran 3 min over; reporting has run 77 of its 75 minutes, so it ends now.
    assert result.minutes_behind == 5
    assert result.projected_end == now + timedelta(minutes=25 + 25 + 75 + 10)


def test_rebalance_shortens_the_rest_within_their_ranges_to_land_on_time():
    timers = {
        BlockKind.GOOD_NEWS: _done(BlockKind.GOOD_NEWS, 0, 15),
        BlockKind.OKR_REPORTING: _done(BlockKind.OKR_REPORTING, 15, 87),  # 12 min over
    }
    blocks = _blocks(timers)
    now = START + timedelta(minutes=102)
    assert status(START, blocks, now).minutes_behind == 12
    new = rebalance(blocks, START, now)
    assert set(new) <= {
        BlockKind.SUCCESSES_LEARNINGS,
        BlockKind.CLOSING_QUARTER,
        BlockKind.NEW_OKRS,
        BlockKind.SUMMARY,
    }
    for kind, minutes in new.items():
        assert BLOCK_RANGES[kind].low <= minutes <= BLOCK_RANGES[kind].high
    rebalanced = [
        PlannedBlock(b.kind, BlockTimer(planned_seconds=new[b.kind] * 60)) if b.kind in new else b
        for b in blocks
    ]
    projected = status(START, rebalanced, now).projected_end
    assert abs((projected - (START + timedelta(minutes=225))).total_seconds()) <= 60


def test_rebalance_cannot_go_below_the_ranges():
    timers = {BlockKind.GOOD_NEWS: _done(BlockKind.GOOD_NEWS, 0, 120)}  # 105 min over
    new = rebalance(_blocks(timers), START, START + timedelta(minutes=120))
    assert new[BlockKind.OKR_REPORTING] == 60 and new[BlockKind.NEW_OKRS] == 60
    assert new[BlockKind.SUCCESSES_LEARNINGS] == 20 and new[BlockKind.CLOSING_QUARTER] == 20
    assert BlockKind.SUMMARY not in new  # already at its only length


def test_nothing_to_rebalance_when_every_block_has_started():
    timers = {kind: _done(kind, 0, 1) for kind in PLAN}
    assert rebalance(_blocks(timers), START, START + timedelta(hours=5)) == {}
