"""The block countdown on a fake clock: never a sleep, never a counted tick."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from facilitator.domain.clock import FakeClock
from facilitator.domain.timer import (
    BlockTimer,
    Phase,
    TimerState,
    WarningPolicy,
    displayed_seconds,
    format_countdown,
    seconds_to_next_flip,
)


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 12, 17, 8, 0, tzinfo=UTC))


def test_counts_down_from_the_plan(clock):
    timer = BlockTimer(planned_seconds=15 * 60).start(clock.now())
    clock.advance(61.5)
    assert timer.remaining(clock.now()) == pytest.approx(838.5)
    assert format_countdown(timer.remaining(clock.now())) == "13:59"


def test_pause_and_resume_do_not_lose_or_gain_time(clock):
    timer = BlockTimer(planned_seconds=600).start(clock.now())
    clock.advance(100)
    timer = timer.pause(clock.now())
    clock.advance(300)  # paused: nothing passes
    assert timer.remaining(clock.now()) == 500
    timer = timer.toggle(clock.now())
    assert timer.state is TimerState.RUNNING
    clock.advance(50)
    assert timer.remaining(clock.now()) == 450
    assert timer.paused_seconds == 300


def test_extend_and_shorten_by_a_minute(clock):
    timer = BlockTimer(planned_seconds=300).start(clock.now())
    timer = timer.adjust(+60).adjust(+60).adjust(-60)
    assert timer.remaining(clock.now()) == 360
    timer = timer.adjust(-10_000)
    assert timer.target_seconds == 60  # never below a minute in all


def test_overtime_counts_up_in_its_own_phase(clock):
    timer = BlockTimer(planned_seconds=600).start(clock.now())
    clock.advance(600 + 192)
    assert timer.phase(clock.now()) is Phase.OVERTIME
    assert format_countdown(timer.remaining(clock.now())) == "+03:12"


def test_warning_is_the_shorter_of_two_minutes_and_twenty_percent(clock):
    long_block = BlockTimer(planned_seconds=3600).start(clock.now())
    clock.advance(3600 - 121)
    assert long_block.phase(clock.now()) is Phase.NORMAL
    clock.advance(1)
    assert long_block.phase(clock.now()) is Phase.WARNING
    short = BlockTimer(planned_seconds=300).start(clock.now())  # 20 % = 60 s < 2 min
    clock.advance(239)
    assert short.phase(clock.now()) is Phase.NORMAL
    clock.advance(1)
    assert short.phase(clock.now()) is Phase.WARNING
    custom = WarningPolicy(minutes=5, share=0.5)
    assert custom.threshold_seconds(3600) == 300


def test_finish_records_the_end_and_reopen_continues(clock):
    timer = BlockTimer(planned_seconds=600).start(clock.now())
    clock.advance(400)
    done = timer.finish(clock.now())
    assert done.state is TimerState.DONE and done.ended_at == clock.now()
    clock.advance(30)
    assert done.elapsed(clock.now()) == 400
    reopened = done.reopen(clock.now())
    assert reopened.state is TimerState.RUNNING
    assert reopened.elapsed(clock.now()) == 430  # the room was still in it


def test_finish_while_paused_ends_at_the_pause(clock):
    timer = BlockTimer(planned_seconds=600).start(clock.now())
    clock.advance(100)
    paused_at = clock.now()
    timer = timer.pause(paused_at)
    clock.advance(500)
    done = timer.finish(clock.now())
    assert done.ended_at == paused_at and done.elapsed(clock.now()) == 100


def test_restart_gives_the_full_plan_back(clock):
    timer = BlockTimer(planned_seconds=600, adjust_seconds=60).start(clock.now())
    clock.advance(100)
    assert timer.restart() == BlockTimer(planned_seconds=600)


def test_resume_after_a_restart_of_the_app_uses_the_persisted_instants(clock):
    started = clock.now()
    persisted = BlockTimer(
        planned_seconds=1800,
        state=TimerState.RUNNING,
        started_at=started,
        paused_seconds=60.0,
        adjust_seconds=120,
    )
    clock.advance(15 * 60)  # the app was closed for a while, the block kept running
    assert persisted.remaining(clock.now()) == 1800 + 120 - (900 - 60)


def test_a_gap_can_be_counted_as_paused(clock):
    timer = BlockTimer(planned_seconds=600).start(clock.now())
    clock.advance(400)
    timer = timer.pause_for_gap(300)
    assert timer.remaining(clock.now()) == 500


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (300, "05:00"),
        (299.001, "05:00"),
        (299.0, "04:59"),
        (0.2, "00:01"),
        (0, "00:00"),
        (-0.5, "00:00"),
        (-1, "+00:01"),
        (3723, "1:02:03"),
        (-3723, "+1:02:03"),
        (3600, "1:00:00"),
    ],
)
def test_format(remaining, text):
    assert format_countdown(remaining) == text


@given(st.floats(min_value=-20_000, max_value=20_000, allow_nan=False))
def test_the_display_flips_exactly_when_scheduled(remaining):
    wait = seconds_to_next_flip(remaining)
    assert 0 < wait <= 1.0
    # A flip a few nanoseconds away is inside the display's own tolerance (1e-9 s, which
    # keeps 5.0000000001 showing 05:00): Hypothesis found 1.78e-9 s left, where it rules.
    assume(wait > 1e-8)
    before = displayed_seconds(remaining)
    nudge = min(1e-4, wait / 2)
    assert displayed_seconds(remaining - wait + nudge) == before
    assert displayed_seconds(remaining - wait - nudge) == before - 1


def test_four_hour_meeting_on_a_fake_clock_has_no_drift(clock):
    """Repaint at each flip for four hours: the digits count down one second per repaint,
    never skipping or repeating one, and the last flip falls exactly four hours later."""
    timer = BlockTimer(planned_seconds=4 * 3600).start(clock.now())
    start = clock.now()
    assert displayed_seconds(timer.remaining(clock.now())) == 4 * 3600
    for flips in range(1, 4 * 3600 + 1):
        clock.advance(seconds_to_next_flip(timer.remaining(clock.now())))
        assert displayed_seconds(timer.remaining(clock.now())) == 4 * 3600 - flips
    assert clock.now() - start == timedelta(hours=4)


def test_the_room_countdown_keeps_five_characters_up_to_99_minutes():
    from facilitator.domain.timer import format_room_countdown

    assert format_room_countdown(90 * 60) == "90:00"
    assert format_room_countdown(59.2) == "01:00"
    assert format_room_countdown(-192) == "+03:12"
    assert format_room_countdown(100 * 60) == "1:40:00"  # longer blocks: hours again
