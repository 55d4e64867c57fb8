"""Running the six blocks: start, pause, next, previous, adjust, rebalance."""

from datetime import UTC, datetime

from facilitator.domain.agenda import BlockKind
from facilitator.domain.clock import FakeClock
from facilitator.domain.meeting_run import MeetingRun
from facilitator.domain.schedule import PlannedBlock
from facilitator.domain.timer import BlockTimer, Phase, TimerState

START = datetime(2026, 12, 17, 8, 0, tzinfo=UTC)
MINUTES = [15, 75, 25, 25, 75, 10]


def _run():
    blocks = [
        PlannedBlock(kind, BlockTimer(planned_seconds=m * 60))
        for kind, m in zip(BlockKind, MINUTES, strict=True)
    ]
    return MeetingRun(blocks, START), FakeClock(START)


def test_toggle_starts_and_pauses_the_current_block():
    run, clock = _run()
    assert run.current.kind is BlockKind.GOOD_NEWS
    changes = run.toggle(clock.now())
    assert changes[BlockKind.GOOD_NEWS].state is TimerState.RUNNING
    clock.advance(60)
    run.toggle(clock.now())
    view = run.view(clock.now())
    assert (view.state, view.countdown, view.number, view.count) == (
        TimerState.PAUSED,
        "14:00",
        1,
        6,
    )
    assert view.next_kind is BlockKind.OKR_REPORTING


def test_next_records_the_end_and_starts_the_next_block():
    run, clock = _run()
    run.toggle(clock.now())
    clock.advance(16 * 60)
    changes = run.next(clock.now())
    assert set(changes) == {BlockKind.GOOD_NEWS, BlockKind.OKR_REPORTING}
    good_news = run.timer(BlockKind.GOOD_NEWS)
    assert good_news.state is TimerState.DONE and good_news.ended_at == clock.now()
    assert run.current.kind is BlockKind.OKR_REPORTING and run.is_running
    assert run.view(clock.now()).schedule.minutes_behind == 1


def test_previous_undoes_next():
    run, clock = _run()
    run.toggle(clock.now())
    clock.advance(600)
    run.next(clock.now())
    clock.advance(20)
    changes = run.previous(clock.now())
    assert run.current.kind is BlockKind.GOOD_NEWS
    assert changes[BlockKind.OKR_REPORTING] == BlockTimer(planned_seconds=75 * 60)
    assert run.view(clock.now()).countdown == "04:40"


def test_adjust_restart_and_overtime():
    run, clock = _run()
    run.toggle(clock.now())
    run.adjust(60)
    clock.advance(16 * 60 + 5)
    assert run.view(clock.now()).phase is Phase.OVERTIME
    assert run.view(clock.now()).countdown == "+00:05"
    run.restart_current()
    assert run.view(clock.now()).countdown == "15:00"
    assert run.view(clock.now()).state is TimerState.IDLE


def test_whole_meeting_to_the_end():
    run, clock = _run()
    run.toggle(clock.now())
    for minutes in MINUTES:
        clock.advance(minutes * 60)
        run.next(clock.now())
    assert run.is_finished
    assert run.toggle(clock.now()) == {} and run.next(clock.now()) == {}
    assert run.view(clock.now()).schedule.minutes_behind == 0
    run.previous(clock.now())
    assert run.current.kind is BlockKind.SUMMARY and run.is_running


def test_rebalance_after_running_late():
    run, clock = _run()
    run.toggle(clock.now())
    clock.advance(27 * 60)
    run.next(clock.now())  # good news took 27 of 15 minutes
    assert run.view(clock.now()).schedule.minutes_behind == 12
    new = run.rebalance(clock.now())
    assert new and BlockKind.GOOD_NEWS not in new and BlockKind.OKR_REPORTING not in new
    assert abs(run.view(clock.now()).schedule.minutes_behind) <= 1
