"""Stored breakout groups: assignment, roles, notes, the round, and history."""

from datetime import date, time

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.store import groups
from facilitator.store.carry_over import carry_over
from facilitator.store.demo import create_demo_meeting
from facilitator.store.participants import add_participant


def _name(number: int) -> str:
    return f"Group {number}"


def test_assignment_keeps_names_and_notes(db, meeting_id):
    people = [add_participant(db, meeting_id, f"P{i}") for i in range(8)]
    groups.save_assignment(
        db,
        meeting_id,
        [
            groups.GroupPlan(people[:4], {people[0]}, people[1], people[2]),
            groups.GroupPlan(people[4:]),
        ],
        _name,
    )
    first, _second = groups.list_groups(db, meeting_id)
    groups.rename_group(db, first.id, "Fjellgruppa")
    groups.add_note(db, first.id, "success", "212 anlegg")
    groups.save_assignment(
        db, meeting_id, [groups.GroupPlan(people[4:]), groups.GroupPlan(people[:4])], _name
    )
    first, _second = groups.list_groups(db, meeting_id)
    assert first.name == "Fjellgruppa" and [n.text for n in first.notes] == ["212 anlegg"]
    assert sorted(m.participant_id for m in first.members) == people[4:]
    assert first.scribe_id is None  # the old scribe is not in this group any more
    plans = groups.plans_of(groups.list_groups(db, meeting_id))
    assert plans[1].locked == set() and len(plans) == 2


def test_notes_delete_and_restore(db, meeting_id):
    people = [add_participant(db, meeting_id, f"P{i}") for i in range(3)]
    groups.save_assignment(db, meeting_id, [groups.GroupPlan(people)], _name)
    [group] = groups.list_groups(db, meeting_id)
    note = groups.add_note(db, group.id, "learning", "Dele mer")
    snapshot = groups.delete_note(db, note)
    assert groups.list_groups(db, meeting_id)[0].notes == []
    groups.restore_note(db, snapshot)
    assert [n.text for n in groups.list_groups(db, meeting_id)[0].notes] == ["Dele mer"]


def test_history_and_last_roles_come_from_earlier_meetings(db):
    demo = create_demo_meeting(db)
    new = carry_over(
        db,
        demo,
        MeetingDetails.from_input("Nordlys Energi AS", "2027 Q1", date(2027, 3, 18), time(9)),
    )
    history = groups.history_pairs(db, new)
    assert history and max(history.values()) >= 1
    roles = groups.last_roles(db, new)
    assert sorted(roles.values(), key=sorted)[0] in ({"scribe"}, {"presenter"})
    assert len(roles) == 8  # four groups, a scribe and a presenter each


def test_presentation_round_shares_what_is_left_of_the_block(db, meeting_id):
    people = [add_participant(db, meeting_id, f"P{i}") for i in range(8)]
    groups.save_assignment(
        db,
        meeting_id,
        [groups.GroupPlan(people[:4], presenter=people[0]), groups.GroupPlan(people[4:])],
        _name,
    )
    queue = groups.load_round(db, meeting_id)
    assert [t.label for t in queue.turns] == ["Group 1 — P0", "Group 2"]
    assert queue.seconds_per_turn == (20 * 60 - 12 * 60) // 2
    groups.save_round(db, queue.begin(700.0))
    groups.set_group_work(db, meeting_id, 0.0, 600)
    assert groups.group_work(db, meeting_id) == (0.0, 600)
    assert groups.load_round(db, meeting_id).turns[0].start == 700.0
