"""Last meeting's action items followed up at the next meeting: done, not done, moved."""

from __future__ import annotations

from datetime import date, time

import pytest

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.store import follow_up
from facilitator.store.carry_over import carry_over
from facilitator.store.minutes import load_minutes
from facilitator.store.models import ActionItem
from facilitator.store.participants import add_participant


@pytest.fixture
def two_meetings(db, meeting_id):
    kari = add_participant(db, meeting_id, "Kari Nordmann")
    with db.session() as session:
        session.add_all(
            [
                ActionItem(meeting_id=meeting_id, what="Ny prisliste", owner_id=kari, position=1),
                ActionItem(meeting_id=meeting_id, what="Ringe kundene", position=2),
            ]
        )
    later = carry_over(
        db,
        meeting_id,
        MeetingDetails.from_input("Fjordkraft Test AS", "2027 Q1", date(2027, 3, 4), time(9)),
    )
    return meeting_id, later


def test_the_next_meeting_follows_up_and_a_moved_item_is_carried_once(db, two_meetings):
    earlier, later = two_meetings
    actions = follow_up.earlier_actions(db, later)
    assert [(a.what, a.owner, a.follow_up) for a in actions] == [
        ("Ny prisliste", "Kari Nordmann", None),
        ("Ringe kundene", None, None),
    ]
    assert follow_up.earlier_actions(db, earlier) == []  # nothing before the first
    follow_up.set_follow_up(db, later, actions[1].id, "done")
    follow_up.set_follow_up(db, later, actions[0].id, "moved")
    follow_up.set_follow_up(db, later, actions[0].id, "not_done")
    follow_up.set_follow_up(db, later, actions[0].id, "moved")  # again: still one copy
    data = load_minutes(db, later)
    assert [(a.what, a.owner, a.due) for a in data.actions] == [
        ("Ny prisliste", "Kari Nordmann", None)
    ]
    assert [(a.what, a.follow_up) for a in data.earlier_actions] == [
        ("Ny prisliste", "moved"),
        ("Ringe kundene", "done"),
    ]


def test_only_last_meetings_items_and_known_statuses(db, two_meetings):
    earlier, later = two_meetings
    [first, _] = follow_up.earlier_actions(db, later)
    with pytest.raises(ValueError):
        follow_up.set_follow_up(db, later, first.id, "maybe")
    with pytest.raises(LookupError):
        follow_up.set_follow_up(db, earlier, first.id, "done")  # its own item, not last's
