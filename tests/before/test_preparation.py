"""Who prepares what, the planned times, and the checklist as the leader ticks it off."""

from __future__ import annotations

from datetime import date, datetime, time

from facilitator.domain.agenda import BlockKind
from facilitator.domain.preparation import (
    Person,
    Role,
    Task,
    assignments,
    planned_slots,
    progress,
    top_leader,
)
from facilitator.store.preparation import checked, load_plan, set_checked

PEOPLE = [
    Person(1, "Kari  Nordmann", "kari@x.no", None),
    Person(2, "Åse", "ase@x.no", "Salg"),
    Person(3, "Per", None, "Drift"),
]


def test_roles_and_tasks_in_the_guides_order():
    items = assignments(PEOPLE, "kari nordmann", {"Salg": 2, "Drift": 3, "Tom": None})
    top = [(a.person.id, a.task) for a in items if a.role is Role.TOP_LEADER]
    assert top == [
        (1, Task.COMPANY_RESULTS),
        (1, Task.VISION_VALUES),
        (1, Task.STRATEGIC_PRIORITIES),
        (1, Task.COMPANY_OKR_DRAFT),
    ]
    leaders = [
        (a.department, a.person.id, a.task) for a in items if a.role is Role.DEPARTMENT_LEADER
    ]
    assert leaders == [
        ("Drift", 3, Task.DEPARTMENT_RESULTS),
        ("Drift", 3, Task.SELF_EVALUATION),
        ("Drift", 3, Task.DEPARTMENT_OKR_DRAFT),
        ("Salg", 2, Task.DEPARTMENT_RESULTS),
        ("Salg", 2, Task.SELF_EVALUATION),
        ("Salg", 2, Task.DEPARTMENT_OKR_DRAFT),
    ]
    everyone = [(a.person.id, a.task) for a in items if a.role is Role.EVERYONE]
    assert everyone == [(p, t) for p in (1, 2, 3) for t in (Task.GOOD_NEWS, Task.CHALLENGE)]
    assert len(items) == 4 + 6 + 6


def test_a_leader_not_on_the_list_has_no_part():
    assert top_leader(PEOPLE, "Someone Else") is None
    assert top_leader(PEOPLE, "") is None
    assert not [a for a in assignments(PEOPLE, "", {}) if a.role is not Role.EVERYONE]


def test_progress_counts_what_is_ticked():
    items = assignments(PEOPLE, "Kari Nordmann", {})
    assert progress(items, set()).done == 0
    done = {a.key for a in items}
    assert progress(items, done).complete
    assert progress(items, {("good_news", 1), ("good_news", 99)}).done == 1


def test_blocks_back_to_back_from_the_start():
    slots = planned_slots(
        date(2026, 12, 3), time(9, 0), [(BlockKind.GOOD_NEWS, 15), (BlockKind.OKR_REPORTING, 75)]
    )
    assert [(s.start, s.end, s.minutes) for s in slots] == [
        (datetime(2026, 12, 3, 9, 0), datetime(2026, 12, 3, 9, 15), 15),
        (datetime(2026, 12, 3, 9, 15), datetime(2026, 12, 3, 10, 30), 75),
    ]


def test_plan_from_the_store(db, meeting_id, planned):
    plan = load_plan(db, meeting_id)
    assert plan.start == datetime(2026, 12, 3, 9, 0)
    assert [s.kind for s in plan.slots] == list(BlockKind)
    assert plan.end == plan.slots[-1].end and plan.end > plan.start
    assert not plan.started
    assert plan.reporting_order == [
        (None, "Kari Nordmann"),
        ("Drift", "Per Hansen"),
        ("Salg", "Åse Ødegård"),
    ]
    assert plan.groups == []
    assert [p.name for p in plan.people][:2] == ["Kari Nordmann", "Åse Ødegård"]


def test_ticks_are_saved_as_made_and_survive_a_reopen(db_path, db, meeting_id, planned):
    from facilitator.store.database import open_database

    kari, per = planned["Kari Nordmann"], planned["Per Hansen"]
    set_checked(db, meeting_id, Task.COMPANY_RESULTS, kari, True)
    set_checked(db, meeting_id, Task.COMPANY_RESULTS, kari, True)  # twice: still one tick
    set_checked(db, meeting_id, Task.DEPARTMENT_RESULTS, per, True)
    set_checked(db, meeting_id, Task.DEPARTMENT_RESULTS, per, False)
    db.close()
    again = open_database(db_path)
    try:
        assert checked(again, meeting_id) == {("company_results", kari)}
    finally:
        again.close()


def test_removing_a_person_removes_their_ticks(db, meeting_id, planned):
    from facilitator.store.participants import remove_participants

    set_checked(db, meeting_id, Task.GOOD_NEWS, planned["Per Hansen"], True)
    remove_participants(db, [planned["Per Hansen"]])
    assert checked(db, meeting_id) == set()
