"""Each controller when the database cannot be written or read (another program holds a
lock, the disk is full): it says so through its store's message bridge once, returns its "nothing"
answer, and leaves what it had. The disk is a system edge: the test makes every new
session fail, as SQLite's "database is locked" does."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, time

import pytest

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.preparation import Task
from facilitator.domain.quarter import Quarter
from facilitator.store.errors import StoreError, StoreProblem
from facilitator.store.participants import add_participant
from facilitator.store.room import RoomMessageItem
from facilitator.ui.blocks.good_news.controller import GoodNewsController
from facilitator.ui.blocks.okr_reporting.breakout_controller import BreakoutController
from facilitator.ui.blocks.okr_reporting.self_evaluations_controller import (
    SelfEvaluationsController,
)
from facilitator.ui.blocks.successes_learnings.flip_chart_controller import FlipChartController
from facilitator.ui.meeting_controller import MeetingController
from facilitator.ui.meetings_controller import MeetingsController
from facilitator.ui.message_bridge import MessageBridge
from facilitator.ui.setup.preparation_controller import PreparationController


@pytest.fixture
def locked(db, monkeypatch):
    """From now on, the database is locked by another program."""

    def refuse(*args, **kwargs):
        @contextmanager
        def failing():
            raise StoreError(StoreProblem.LOCKED, db.path)
            yield  # pragma: no cover - never reached

        return failing()

    def lock() -> None:
        monkeypatch.setattr(db, "session", refuse)

    return lock


def _said(controller) -> list[StoreError]:
    """What `controller` says: its own bridge, where the store's is shared by all."""
    said: list[StoreError] = []
    controller.messages = MessageBridge()
    controller.messages.storeFailed.connect(said.append)
    return said


def test_block_controllers_say_a_locked_database_and_answer_nothing(db, meeting_id, locked):
    add_participant(db, meeting_id, "Kari Nordmann")
    good_news, flip_chart = GoodNewsController(db), FlipChartController(db)
    breakout, reports = BreakoutController(db), SelfEvaluationsController(db)
    reports.load(meeting_id)
    [company] = list(reports.items)
    said = [_said(c) for c in (good_news, flip_chart, breakout, reports)]
    locked()
    message = RoomMessageItem(1, "good_news", "Hei", "", "")
    assert good_news.notes(1) is None
    assert not good_news.save_note(1, "good_news", "x")
    assert good_news.shout_outs(meeting_id) == []
    assert not good_news.set_passed_on(1, True)
    assert good_news.waiting_messages(meeting_id) == []
    assert not good_news.accept_message(message, 1)
    assert not good_news.dismiss_message(message)
    assert flip_chart.notes(1) is None
    assert not flip_chart.add(1, "success", "x")
    assert not flip_chart.edit(1, "x")
    assert not flip_chart.remove(1)
    assert not flip_chart.undo()  # nothing was removed: nothing to bring back
    assert breakout.breakout(meeting_id) == ([], [])
    assert reports.room_scores(company).count == 0
    assert [len(s) for s in said] == [7, 4, 1, 1]
    assert all(e.problem is StoreProblem.LOCKED for s in said for e in s)


def test_meeting_and_setup_controllers_say_a_locked_database(db, meeting_id, locked):
    kari = add_participant(db, meeting_id, "Kari Nordmann")
    meeting, meetings, preparation = (
        MeetingController(db),
        MeetingsController(db),
        PreparationController(db),
    )
    meeting.load(meeting_id)
    details = meeting.details
    said = [_said(c) for c in (meeting, meetings, preparation)]
    locked()
    assert meeting.statements(meeting_id) == []
    assert not meeting.save_text("vision", "Ny visjon")
    assert meeting.texts["vision"] == ""  # what it had
    assert not meeting.set_language("nb") and meeting.language == "en"
    assert details is not None and not meeting.save_details(details)
    assert meetings.listed() == [] and meetings.latest() is None
    assert meetings.company_names() == []
    moved = MeetingDetails(
        "Fjordkraft Test AS", Quarter.parse("2027 Q1"), date(2027, 3, 4), time(9), "Oslo", "Kari"
    )
    assert meetings.create(moved, "nb", {}, carry_over=False) is None
    assert meetings.create_demo() is None
    assert meetings.minutes_last_time(meeting_id) == {}
    meetings.follow_head_count(meeting_id)
    assert preparation.load(meeting_id) is None
    assert preparation.tick(meeting_id, Task.GOOD_NEWS, kari, True) is None
    assert [len(s) for s in said] == [4, 7, 2]


def test_the_groups_stay_as_they_were_when_the_database_is_locked(db, meeting_id, locked):
    from facilitator.domain.groups import Mode
    from facilitator.ui.blocks.successes_learnings.groups_controller import GroupsController

    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(7)]
    groups = GroupsController(db)
    groups.load(meeting_id)
    assert groups.assign(Mode.RANDOM, (3, 4), fresh=True, seed=1)
    before = [sorted(plan.members) for plan in groups.plans]
    said = _said(groups)
    locked()
    assert not groups.assign(Mode.RANDOM, (3, 4), fresh=True, seed=2)
    groups.move(people[0], 1)
    groups.toggle_lock(people[1])
    groups.set_role(people[2], "scribe")
    assert not groups.rename(0, "Sola")
    assert not groups.set_group_work_length(600)
    assert not groups.start_group_work(30.0)
    groups.reload()
    assert [sorted(plan.members) for plan in groups.plans] == before  # nothing half-done
    assert len(said) == 8 and groups.group_work == (None, 720)  # the 12 minutes it had
