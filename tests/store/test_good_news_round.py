"""The good-news round as the store keeps it: one turn per present participant, read back
with the speaker's name, whether it was skipped and when it ran (both engines)."""

from __future__ import annotations

from dataclasses import replace

from facilitator.store import good_news
from facilitator.store.participants import add_participant, remove_participants


def test_the_round_reads_back_names_skips_and_times(db, meeting_id):
    for name in ("Åse Ødegård", "Bjørn 🌲 <Berg>", "Cato"):
        add_participant(db, meeting_id, name)
    good_news.build_queue(db, meeting_id)
    queue = good_news.load_queue(db, meeting_id)
    assert [t.label for t in queue.turns] == ["Åse Ødegård", "Bjørn 🌲 <Berg>", "Cato"]
    first, second, _third = queue.turns
    good_news.save_turns(
        db,
        {
            first.key: replace(first, start=0.0, end=95.5),
            second.key: replace(second, skipped=True),
        },
    )
    again = good_news.load_queue(db, meeting_id).turns
    assert (again[0].start, again[0].end, again[0].skipped) == (0.0, 95.5, False)
    assert again[1].skipped is True and again[1].start is None
    assert again[2] == queue.turns[2]


def test_a_speaker_removed_from_the_list_keeps_an_unnamed_turn(db, meeting_id):
    """What was said stays in the minutes; the turn just has no name any more."""
    dag = add_participant(db, meeting_id, "Dag")
    good_news.build_queue(db, meeting_id)
    [turn] = good_news.load_queue(db, meeting_id).turns
    remove_participants(db, [dag])
    assert good_news.load_queue(db, meeting_id).turns == [replace(turn, label="")]
