"""The block and setup controllers on their own: what each action reads and saves, and how
it says no — without a widget."""

from __future__ import annotations

from datetime import date, time

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.preparation import Task
from facilitator.domain.quarter import Quarter
from facilitator.store import good_news, groups, records
from facilitator.store.groups import GroupPlan
from facilitator.store.participants import add_participant
from facilitator.ui.blocks.good_news.controller import GoodNewsController
from facilitator.ui.blocks.okr_reporting.breakout_controller import BreakoutCard, BreakoutController
from facilitator.ui.blocks.successes_learnings.flip_chart_controller import FlipChartController
from facilitator.ui.meeting_controller import MeetingController
from facilitator.ui.meetings_controller import MeetingsController
from facilitator.ui.setup.preparation_controller import PreparationController


def test_speaker_notes_are_read_and_saved_by_turn(qtbot, db, meeting_id):
    add_participant(db, meeting_id, "Åse Ødegård")
    add_participant(db, meeting_id, "Bjørn Kråkenes")
    good_news.build_queue(db, meeting_id)
    first, second = good_news.list_items(db, meeting_id)
    controller = GoodNewsController(db)
    assert controller.notes(None) is None
    assert controller.save_note(second.id, "good_news", "Ny avtale <signert> 🎉")
    assert controller.save_note(second.id, "challenges", "Rekruttering")
    notes = controller.notes(second.id)
    assert notes == good_news.SpeakerNotes(
        second.id, "Bjørn Kråkenes", "Ny avtale <signert> 🎉", "Rekruttering"
    )
    assert controller.notes(first.id) == good_news.SpeakerNotes(first.id, "Åse Ødegård", "", "")
    assert controller.notes(second.id + 100) is None  # the queue was rebuilt without it


def test_shout_outs_to_pass_on_come_first_and_are_ticked_off(qtbot, db, meeting_id):
    kari = add_participant(db, meeting_id, "Kari Nordmann")
    for praised in ("Drift", "Salg"):
        records.add_record(
            db,
            records.SHOUT_OUTS,
            meeting_id,
            {"praised": praised, "reason": "for innsatsen", "praised_by_id": kari},
        )
    controller = GoodNewsController(db)
    drift, _salg = controller.shout_outs(meeting_id)
    assert (drift.praised, drift.praised_by, drift.passed_on) == ("Drift", "Kari Nordmann", False)
    assert controller.set_passed_on(drift.id, True)
    assert [s.praised for s in controller.shout_outs(meeting_id)] == ["Salg", "Drift"]
    assert [s.passed_on for s in controller.shout_outs(meeting_id)] == [False, True]


def test_a_flip_chart_adds_refuses_removes_and_brings_back(qtbot, db, meeting_id):
    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(3)]
    groups.save_assignment(db, meeting_id, [GroupPlan(people)], lambda n: f"Gruppe {n}")
    [group] = groups.list_groups(db, meeting_id)
    controller = FlipChartController(db)
    assert controller.notes(None) is None
    assert controller.add(group.id, "success", "Ny kunde i nord")
    assert controller.add(group.id, "learning", "Planlegg tidligere")
    with qtbot.waitSignal(controller.problem) as refused:
        assert not controller.add(group.id, "success", "   ")
    assert refused.args and "empty" in refused.args[0].lower()
    notes = controller.notes(group.id)
    assert notes is not None
    assert [text for _, text in notes["success"]] == ["Ny kunde i nord"]
    assert not controller.can_undo()
    assert controller.remove(notes["success"][0][0])
    assert controller.notes(group.id) == {"success": [], "learning": notes["learning"]}
    assert controller.can_undo() and controller.undo()
    assert [text for _, text in controller.notes(group.id)["success"]] == ["Ny kunde i nord"]
    assert not controller.undo()


def test_the_breakout_cards_follow_the_departments_present(qtbot, db, meeting_id):
    from facilitator.store.participants import list_departments
    from facilitator.store.participants import set_manager as lead

    anne = add_participant(db, meeting_id, "Anne", department="Drift")
    add_participant(db, meeting_id, "Bo", department="Drift")
    add_participant(db, meeting_id, "Cato", department="Drift")
    add_participant(db, meeting_id, "Dina", department="Salg")
    add_participant(db, meeting_id, "Eli", department="Salg", present=False)
    [drift] = [d for d in list_departments(db, meeting_id) if d.name == "Drift"]
    lead(db, drift.id, anne)
    cards, merges = BreakoutController(db).breakout(meeting_id)
    assert cards == [
        BreakoutCard("Drift", ["Anne", "Bo", "Cato"], "Anne"),
        BreakoutCard("Salg", ["Dina"], None),
    ]
    assert [(m.department, m.size, m.merge_with) for m in merges] == [("Salg", 1, "Drift")]


def test_new_meetings_carry_over_and_name_the_window(qtbot, db, meeting_id):
    add_participant(db, meeting_id, "Kari Nordmann", department="Ledelse")
    controller = MeetingsController(db)
    assert controller.latest() == meeting_id
    assert controller.company_names() == ["Fjordkraft Test AS"]
    details = MeetingDetails(
        "Fjordkraft Test AS", Quarter.parse("2027 Q1"), date(2027, 3, 4), time(9), "Oslo", "Kari"
    )
    carried = controller.create(details, "nb", {}, carry_over=True)
    assert carried is not None and controller.latest() == carried
    assert controller.title_of(carried) == ("Fjordkraft Test AS", "2027 Q1")
    from facilitator.store.participants import list_participants

    assert [p.name for p in list_participants(db, carried)] == ["Kari Nordmann"]
    fresh = controller.create(details, "en", {}, carry_over=False)
    assert fresh is not None and list_participants(db, fresh) == []
    assert [m.id for m in controller.listed()] == [fresh, carried, meeting_id]


def test_the_meetings_details_and_language_are_saved_as_edited(qtbot, db, meeting_id):
    controller = MeetingController(db)
    controller.load(meeting_id)
    assert controller.details is not None and controller.details.place == "Oslo"
    moved = MeetingDetails(
        "Fjordkraft Test AS",
        Quarter.parse("2026 Q4"),
        date(2026, 12, 4),
        time(8, 30),
        "Bergen",
        "Kari",
    )
    assert controller.save_details(moved) and controller.set_language("nb")
    again = MeetingController(db)
    again.load(meeting_id)
    assert again.details == moved and again.language == "nb"


def test_preparation_is_read_in_one_state_and_ticked_off(qtbot, db, meeting_id):
    kari = add_participant(db, meeting_id, "Kari Nordmann")
    controller = PreparationController(db)
    state = controller.load(meeting_id)
    assert state is not None
    assert state.done == set() and state.invitation_uid is None and not state.cancelled
    task = next(a.task for a in state.plan.assignments() if a.person.id == kari)
    assert controller.tick(meeting_id, task, kari, True) == {(task.value, kari)}
    assert controller.load(meeting_id).done == {(task.value, kari)}
    assert controller.tick(meeting_id, Task(task.value), kari, False) == set()
