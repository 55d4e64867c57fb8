"""Breaks between blocks: planned, run with their own countdown, counted in the schedule,
and walked with PageDown and PageUp like the blocks."""

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind, BreakSlot, PlannedBreak, check_break
from facilitator.domain.clock import FakeClock
from facilitator.domain.meeting_run import MeetingRun
from facilitator.domain.run_steps import (
    Effect,
    MeetingContent,
    Question,
    RunFacts,
    Step,
    StepKind,
    StepRun,
    sequence,
)
from facilitator.domain.schedule import PlannedBlock, in_order, rebalance, status
from facilitator.domain.timer import BlockTimer, TimerState

START = datetime(2026, 12, 17, 8, 0, tzinfo=UTC)
MINUTES = [15, 75, 25, 25, 75, 10]  # 225 min


def _blocks():
    return [
        PlannedBlock(kind, BlockTimer(planned_seconds=m * 60))
        for kind, m in zip(BlockKind, MINUTES, strict=True)
    ]


def _lunch(after=BlockKind.OKR_REPORTING, minutes=30):
    return PlannedBreak(after, BreakKind.LUNCH, BlockTimer(planned_seconds=minutes * 60))


def _run_with_lunch():
    return MeetingRun(_blocks(), START, breaks=[_lunch()]), FakeClock(START)


def test_a_break_is_counted_in_the_planned_end():
    run, clock = _run_with_lunch()
    view = run.view(clock.now())
    assert view.schedule.planned_end == START + timedelta(minutes=225 + 30)
    assert [type(item).__name__ for item in run.items()] == [
        "PlannedBlock",
        "PlannedBlock",
        "PlannedBreak",
        "PlannedBlock",
        "PlannedBlock",
        "PlannedBlock",
        "PlannedBlock",
    ]


def test_closing_the_block_before_a_break_starts_the_break_with_its_own_countdown():
    run, clock = _run_with_lunch()
    run.toggle(clock.now())
    clock.advance(15 * 60)
    run.next(clock.now())  # block 2
    clock.advance(75 * 60)
    changes = run.next(clock.now())
    assert set(changes) == {BlockKind.OKR_REPORTING, BreakSlot(BlockKind.OKR_REPORTING)}
    assert run.active_break is not None and run.is_running
    assert run.current.kind is BlockKind.SUCCESSES_LEARNINGS
    assert run.timer(BlockKind.SUCCESSES_LEARNINGS).state is TimerState.IDLE
    clock.advance(10 * 60)
    view = run.view(clock.now())
    assert view.on_break is BreakKind.LUNCH
    assert view.countdown == "20:00"
    assert view.kind is BlockKind.SUCCESSES_LEARNINGS  # the block the room comes back to
    assert view.back_at == clock.now() + timedelta(minutes=20)
    assert view.schedule.minutes_behind == 0


def test_ending_the_break_starts_the_next_block_and_records_both():
    run, clock = _run_with_lunch()
    run.toggle(clock.now())
    run.next(clock.now())
    run.next(clock.now())  # lunch
    clock.advance(35 * 60)
    changes = run.next(clock.now())
    lunch = changes[BreakSlot(BlockKind.OKR_REPORTING)]
    assert lunch.state is TimerState.DONE and lunch.ended_at == clock.now()
    assert changes[BlockKind.SUCCESSES_LEARNINGS].state is TimerState.RUNNING
    assert run.active_break is None
    # Lunch ran 5 minutes over; blocks 1 and 2 took no time: 90 minutes ahead, minus 5.
    assert run.view(clock.now()).schedule.minutes_behind == -85


def test_previous_takes_back_the_break_and_then_the_block_before_it():
    run, clock = _run_with_lunch()
    run.toggle(clock.now())
    run.next(clock.now())
    run.next(clock.now())  # lunch
    clock.advance(60)
    run.next(clock.now())  # block 3
    clock.advance(60)
    run.previous(clock.now())  # back to lunch, which runs on
    assert run.active_break is not None and run.active_break.timer.state is TimerState.RUNNING
    assert run.timer(BlockKind.SUCCESSES_LEARNINGS) == BlockTimer(planned_seconds=25 * 60)
    run.previous(clock.now())  # back to block 2
    assert run.active_break is None
    assert run.breaks[0].timer == BlockTimer(planned_seconds=30 * 60)
    assert run.current.kind is BlockKind.OKR_REPORTING and run.is_running


def test_pause_and_extend_a_break():
    run, clock = _run_with_lunch()
    run.toggle(clock.now())
    run.next(clock.now())
    run.next(clock.now())  # lunch
    run.adjust(5 * 60)
    assert run.view(clock.now()).countdown == "35:00"
    run.toggle(clock.now())
    assert run.view(clock.now()).state is TimerState.PAUSED and not run.is_running
    assert run.restart_current() == {}


def test_a_break_passed_over_takes_no_time():
    blocks = _blocks()
    lunch = _lunch()
    done = BlockTimer(planned_seconds=75 * 60).start(START).finish(START + timedelta(minutes=75))
    blocks[1] = PlannedBlock(BlockKind.OKR_REPORTING, done)
    blocks[0] = PlannedBlock(BlockKind.GOOD_NEWS, done)
    running = BlockTimer(planned_seconds=25 * 60).start(START + timedelta(minutes=75))
    blocks[2] = PlannedBlock(BlockKind.SUCCESSES_LEARNINGS, running)
    now = START + timedelta(minutes=75)
    result = status(START, in_order(blocks, [lunch]), now)
    assert result.projected_end == now + timedelta(minutes=25 + 25 + 75 + 10)


def test_rebalancing_keeps_the_break_and_shortens_the_blocks():
    late = START + timedelta(minutes=20)
    with_lunch = rebalance(in_order(_blocks(), [_lunch()]), START, late)
    # The same 20 minutes come out of the blocks as without a break; lunch stays 30.
    assert with_lunch == rebalance(_blocks(), START, late)
    assert with_lunch == {
        BlockKind.GOOD_NEWS: 14,
        BlockKind.OKR_REPORTING: 68,
        BlockKind.SUCCESSES_LEARNINGS: 23,
        BlockKind.CLOSING_QUARTER: 23,
        BlockKind.NEW_OKRS: 68,
    }


def test_a_break_cannot_follow_the_summary_or_be_empty():
    with pytest.raises(ValueError):
        check_break(BlockKind.SUMMARY, 10)
    with pytest.raises(ValueError):
        check_break(BlockKind.GOOD_NEWS, 0)
    check_break(BlockKind.CLOSING_QUARTER, 60)


def test_the_break_step_sits_before_the_block_after_it():
    steps = sequence(MeetingContent(breaks_after=frozenset({BlockKind.OKR_REPORTING})))
    position = next(i for i, s in enumerate(steps) if s.kind is StepKind.BREAK)
    assert steps[position - 1] == Step(BlockKind.OKR_REPORTING, StepKind.REPORTS)
    assert steps[position] == Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.BREAK)
    assert steps[position + 1] == Step(BlockKind.SUCCESSES_LEARNINGS, StepKind.GROUPS)
    assert Step.parse(steps[position].key()) == steps[position]


def test_pagedown_into_and_out_of_a_break_asks_first():
    steps = sequence(MeetingContent(breaks_after=frozenset({BlockKind.GOOD_NEWS})))
    run = StepRun(steps)
    done = RunFacts(block_started=True, turns=2, turns_begun=True, round_finished=True)
    asked = run.forward(done)
    assert asked.question is Question.NEXT_BLOCK and run.step.kind is StepKind.SPEAKERS
    moved = run.forward(done)
    assert moved.step.kind is StepKind.BREAK and moved.effects == (Effect.NEXT_BLOCK,)
    on_break = RunFacts(block_started=False, on_break=True)
    asked = run.forward(on_break)
    assert asked.question is Question.END_BREAK and run.step.kind is StepKind.BREAK
    back = run.forward(on_break)
    assert back.step == Step(BlockKind.OKR_REPORTING, StepKind.REPORTS)
    assert back.effects == (Effect.NEXT_BLOCK, Effect.BEGIN_TURNS)


def test_pageup_from_the_block_after_a_break_goes_back_to_the_break():
    steps = sequence(MeetingContent(breaks_after=frozenset({BlockKind.GOOD_NEWS})))
    run = StepRun(steps, position=2)  # block 2's reports, after the break
    moved = run.back(RunFacts(block_started=True))
    assert moved.step.kind is StepKind.BREAK and moved.effects == (Effect.PREVIOUS_BLOCK,)
    moved = run.back(RunFacts(block_started=False))
    assert moved.step.kind is StepKind.SPEAKERS and moved.effects == (Effect.PREVIOUS_BLOCK,)


def test_resuming_lands_on_the_break_only_while_it_is_under_way():
    steps = sequence(MeetingContent(breaks_after=frozenset({BlockKind.GOOD_NEWS})))
    on_break = StepRun.resume(steps, None, BlockKind.OKR_REPORTING, on_break=True)
    assert on_break.step.kind is StepKind.BREAK
    after = StepRun.resume(steps, None, BlockKind.OKR_REPORTING, on_break=False)
    assert after.step == Step(BlockKind.OKR_REPORTING, StepKind.REPORTS)
    # A saved break step whose break has ended (or a saved step while a break is on) is
    # not trusted: the timers say where the run is.
    saved = Step(BlockKind.OKR_REPORTING, StepKind.BREAK)
    assert StepRun.resume(steps, saved, BlockKind.OKR_REPORTING).step.kind is StepKind.REPORTS
    reports = Step(BlockKind.OKR_REPORTING, StepKind.REPORTS)
    resumed = StepRun.resume(steps, reports, BlockKind.OKR_REPORTING, on_break=True)
    assert resumed.step.kind is StepKind.BREAK


def test_pagedown_on_a_break_step_whose_block_already_runs_just_moves_on():
    steps = sequence(MeetingContent(breaks_after=frozenset({BlockKind.GOOD_NEWS})))
    run = StepRun(steps, position=1)
    moved = run.forward(RunFacts(block_started=True, on_break=False))
    assert moved.step == Step(BlockKind.OKR_REPORTING, StepKind.REPORTS)
    assert moved.effects == () and moved.question is None
