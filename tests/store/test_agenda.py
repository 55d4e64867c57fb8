"""Timers persisted as instants; planned minutes; what blocks took last time."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind, BreakSlot
from facilitator.domain.clock import FakeClock
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.timer import TimerState
from facilitator.store import agenda, meetings
from facilitator.store.database import open_database
from facilitator.store.participants import add_participant, set_present


def test_closing_and_reopening_mid_block_resumes_at_the_true_remaining_time(
    db_path, meeting_id, db
):
    clock = FakeClock(datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
    [good_news, *_] = agenda.load_blocks(db, meeting_id)
    timer = good_news.timer.start(clock.now()).adjust(60)
    clock.advance(120)
    timer = timer.pause(clock.now())
    clock.advance(30)
    timer = timer.resume(clock.now())
    agenda.save_timers(db, meeting_id, {BlockKind.GOOD_NEWS: timer})
    db.close()

    clock.advance(5 * 60)  # the app crashed; five minutes pass before it is started again
    reopened = open_database(db.path)
    try:
        [restored, *_] = agenda.load_blocks(reopened, meeting_id)
    finally:
        reopened.close()
    assert restored.timer.state is TimerState.RUNNING
    assert restored.timer == timer
    planned = restored.timer.planned_seconds
    assert restored.timer.remaining(clock.now()) == planned + 60 - (120 + 300)


def test_planned_minutes_follow_head_count_until_edited(db, meeting_id):
    for number in range(40):
        add_participant(db, meeting_id, f"Person {number}")
    agenda.follow_head_count(db, meeting_id)
    minutes = {b.kind: b.timer.planned_seconds // 60 for b in agenda.load_blocks(db, meeting_id)}
    assert minutes[BlockKind.OKR_REPORTING] == 80  # 40 present: as far as 4 hours allow
    agenda.set_planned_minutes(db, meeting_id, BlockKind.OKR_REPORTING, 70)
    for person in meetings_people(db, meeting_id)[5:]:
        set_present(db, person, False)
    agenda.follow_head_count(db, meeting_id)
    minutes = {b.kind: b.timer.planned_seconds // 60 for b in agenda.load_blocks(db, meeting_id)}
    assert minutes[BlockKind.OKR_REPORTING] == 70  # the leader's choice stays
    assert minutes[BlockKind.NEW_OKRS] == 60  # five present: the low end


def meetings_people(db, meeting_id):
    from facilitator.store.participants import list_participants

    return [p.id for p in list_participants(db, meeting_id)]


def test_minutes_last_time_come_from_the_previous_meeting_of_the_company(db, meeting_id):
    clock = FakeClock(datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
    blocks = agenda.load_blocks(db, meeting_id)
    timer = blocks[0].timer.start(clock.now())
    clock.advance(17 * 60 + 20)
    agenda.save_timers(db, meeting_id, {BlockKind.GOOD_NEWS: timer.finish(clock.now())})
    next_quarter = meetings.create_meeting(
        db, MeetingDetails.from_input("Fjordkraft Test AS", "2027 Q1", date(2027, 3, 4), time(9))
    )
    other_company = meetings.create_meeting(
        db, MeetingDetails.from_input("Annet AS", "2027 Q1", date(2027, 3, 4), time(9))
    )
    assert agenda.minutes_last_time(db, next_quarter) == {BlockKind.GOOD_NEWS: 17}
    assert agenda.minutes_last_time(db, other_company) == {}
    assert agenda.minutes_last_time(db, meeting_id) == {}
    assert timedelta(minutes=17, seconds=20) == clock.now() - datetime(
        2026, 12, 3, 8, 0, tzinfo=UTC
    )


def test_a_break_is_planned_changed_run_across_a_restart_and_removed(db_path, meeting_id, db):
    agenda.set_break(db, meeting_id, BlockKind.OKR_REPORTING, BreakKind.COFFEE, 15)
    agenda.set_break(db, meeting_id, BlockKind.GOOD_NEWS, BreakKind.BREAK, 5)
    changed = agenda.set_break(db, meeting_id, BlockKind.OKR_REPORTING, BreakKind.LUNCH, 45)
    assert changed.kind is BreakKind.LUNCH and changed.timer.planned_seconds == 45 * 60
    assert [(b.after, b.kind) for b in agenda.load_breaks(db, meeting_id)] == [
        (BlockKind.GOOD_NEWS, BreakKind.BREAK),
        (BlockKind.OKR_REPORTING, BreakKind.LUNCH),
    ]
    assert agenda.run_content(db, meeting_id).breaks_after == frozenset(
        {BlockKind.GOOD_NEWS, BlockKind.OKR_REPORTING}
    )

    clock = FakeClock(datetime(2026, 12, 3, 10, 0, tzinfo=UTC))
    lunch = changed.timer.start(clock.now())
    agenda.save_timers(db, meeting_id, {BreakSlot(BlockKind.OKR_REPORTING): lunch})
    db.close()
    clock.advance(20 * 60)  # the laptop was closed over lunch and the app restarted
    reopened = open_database(db.path)
    try:
        restored = agenda.load_breaks(reopened, meeting_id)[1]
        assert restored.timer == lunch
        assert restored.timer.remaining(clock.now()) == 25 * 60
        agenda.remove_break(reopened, meeting_id, BlockKind.GOOD_NEWS)
        assert [b.after for b in agenda.load_breaks(reopened, meeting_id)] == [
            BlockKind.OKR_REPORTING
        ]
    finally:
        reopened.close()


def test_a_break_that_cannot_be_is_refused(db, meeting_id):
    with pytest.raises(ValueError):
        agenda.set_break(db, meeting_id, BlockKind.SUMMARY, BreakKind.COFFEE, 15)
    with pytest.raises(ValueError):
        agenda.set_break(db, meeting_id, BlockKind.GOOD_NEWS, BreakKind.LUNCH, 181)
    assert agenda.load_breaks(db, meeting_id) == []
