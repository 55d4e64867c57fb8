"""Note lists (shout-outs, examples, feedback, reflections, action items) and the queue."""

from datetime import date

import pytest

from facilitator.domain.validation import Field, Problem, ValidationError
from facilitator.store import good_news, records
from facilitator.store.meetings import add_value
from facilitator.store.participants import add_participant, set_present


@pytest.fixture
def people(db, meeting_id):
    return [add_participant(db, meeting_id, name) for name in ("Åse", "Bjørn", "Kari")]


def test_shout_outs_add_edit_delete_restore(db, meeting_id, people):
    first = records.add_record(
        db,
        records.SHOUT_OUTS,
        meeting_id,
        {"praised": "Lageret på Ågotnes <3", "reason": "Helgejobb", "praised_by_id": people[0]},
    )
    records.add_record(db, records.SHOUT_OUTS, meeting_id, {"praised": "Voss-teamet"})
    records.update_record(db, records.SHOUT_OUTS, first, "reason", "Pakket 40 invertere")
    rows = records.list_records(db, records.SHOUT_OUTS, meeting_id)
    assert [r.values["praised"] for r in rows] == ["Lageret på Ågotnes <3", "Voss-teamet"]
    assert rows[0].values["reason"] == "Pakket 40 invertere"
    snapshot = records.delete_record(db, records.SHOUT_OUTS, first)
    assert len(records.list_records(db, records.SHOUT_OUTS, meeting_id)) == 1
    records.restore_record(db, records.SHOUT_OUTS, snapshot)
    restored = records.list_records(db, records.SHOUT_OUTS, meeting_id)
    assert [r.id for r in restored] == [first, rows[1].id]
    assert restored[0].values["praised_by_id"] == people[0]


def test_required_text_and_people_are_checked(db, meeting_id, people):
    with pytest.raises(ValidationError) as caught:
        records.add_record(db, records.SHOUT_OUTS, meeting_id, {"praised": "  "})
    assert (caught.value.field, caught.value.problem) == (Field.PRAISED, Problem.BLANK)
    with pytest.raises(ValidationError) as caught:
        records.add_record(db, records.FEEDBACK, meeting_id, {"text": "Takk", "to_id": 999})
    assert caught.value.problem is Problem.UNKNOWN_PERSON


def test_action_items_due_date_not_before_the_meeting(db, meeting_id, people):
    with pytest.raises(ValidationError) as caught:
        records.add_record(
            db,
            records.ACTION_ITEMS,
            meeting_id,
            {"what": "Send rosen videre", "due_date": date(2026, 12, 2)},
        )
    assert (caught.value.field, caught.value.problem) == (Field.DUE_DATE, Problem.BEFORE_MEETING)
    item = records.add_record(
        db,
        records.ACTION_ITEMS,
        meeting_id,
        {"what": "Send rosen videre", "owner_id": people[1], "due_date": date(2026, 12, 4)},
    )
    [row] = records.list_records(db, records.ACTION_ITEMS, meeting_id)
    assert row.id == item and row.values["due_date"] == date(2026, 12, 4)


def test_value_examples_need_a_value_of_the_meeting(db, meeting_id, people):
    value = add_value(db, meeting_id, "Åpen")
    with pytest.raises(ValidationError):
        records.add_record(db, records.VALUE_EXAMPLES, meeting_id, {"example": "x"})
    records.add_record(
        db,
        records.VALUE_EXAMPLES,
        meeting_id,
        {"value_id": value, "example": "Deler tallene", "given_by_id": people[2]},
    )
    assert len(records.list_records(db, records.VALUE_EXAMPLES, meeting_id)) == 1


def test_good_news_queue_from_present_people(db, meeting_id, people):
    set_present(db, people[1], False)
    good_news.build_queue(db, meeting_id)
    queue = good_news.load_queue(db, meeting_id)
    assert [t.label for t in queue.turns] == ["Åse", "Kari"]
    assert queue.seconds_per_turn == 300  # 10 minutes shared by two
    set_present(db, people[1], True)
    good_news.build_queue(db, meeting_id)  # a late arrival joins at the end
    queue = good_news.load_queue(db, meeting_id)
    assert [t.label for t in queue.turns] == ["Åse", "Kari", "Bjørn"]
    good_news.save_turns(db, queue.begin(0.0) | queue.advance(120.0))
    good_news.set_order(db, [queue.turns[0].key, queue.turns[2].key, queue.turns[1].key])
    reloaded = good_news.load_queue(db, meeting_id)
    assert [t.label for t in reloaded.turns] == ["Åse", "Bjørn", "Kari"]
    assert reloaded.view(130.0).current.label == "Kari"  # Kari's turn began at 120 s
    good_news.set_speaker_seconds(db, meeting_id, 90)
    assert good_news.load_queue(db, meeting_id).seconds_per_turn == 90
