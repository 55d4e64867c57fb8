"""Block 3's dot-vote in the store (SQLite and PostgreSQL): turned on and off, a phone's
allocation replaced whole and checked again inside its transaction, the count the laptop
sees before the reveal and the ranking after it, kept for the minutes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.domain.agenda import BlockKind
from facilitator.domain.dot_vote import DotRules
from facilitator.store import dot_votes, groups
from facilitator.store.agenda import run_content
from facilitator.store.groups import GroupPlan
from facilitator.store.meetings import create_meeting
from facilitator.store.minutes import load_minutes
from facilitator.store.participants import add_participant

NOW = datetime(2026, 12, 17, 11, 30, tzinfo=UTC)


def _flip_charts(db, meeting_id) -> list[int]:
    people = [add_participant(db, meeting_id, f"P{n}") for n in range(6)]
    groups.save_assignment(
        db, meeting_id, [GroupPlan(people[:3]), GroupPlan(people[3:])], lambda n: f"Gruppe {n}"
    )
    first, second = groups.list_groups(db, meeting_id, BlockKind.SUCCESSES_LEARNINGS)
    return [
        groups.add_note(db, first.id, "learning", "Si nei tidligere"),
        groups.add_note(db, first.id, "success", "Ny kunde 🎉"),
        groups.add_note(db, second.id, "learning", "<b>Dele</b> læring"),
    ]


def test_turned_on_the_vote_is_a_step_and_its_lines_are_every_flip_chart(db, meeting_id):
    learning, success, other = _flip_charts(db, meeting_id)
    assert dot_votes.vote_rules(db, meeting_id) is None and not run_content(db, meeting_id).dot_vote
    dot_votes.set_vote_rules(db, meeting_id, DotRules(3, 1))
    assert run_content(db, meeting_id).dot_vote
    lines = dot_votes.vote_lines(db, meeting_id)
    assert [(line.id, line.group, line.kind) for line in lines] == [
        (success, "Gruppe 1", "success"),  # successes before learnings, group by group
        (learning, "Gruppe 1", "learning"),
        (other, "Gruppe 2", "learning"),
    ]
    dot_votes.set_vote_rules(db, meeting_id, DotRules(5, 2))
    assert dot_votes.vote_rules(db, meeting_id) == DotRules(5, 2)
    dot_votes.set_vote_rules(db, meeting_id, None)
    assert not run_content(db, meeting_id).dot_vote


def test_a_phones_dots_are_replaced_whole_and_the_budget_holds(db, meeting_id):
    learning, success, other = _flip_charts(db, meeting_id)
    rules = DotRules(2, 1)
    dot_votes.set_vote_rules(db, meeting_id, rules)
    dot_votes.spend_dots(db, meeting_id, "phone-a", {learning: 1, other: 1}, rules)
    dot_votes.spend_dots(db, meeting_id, "phone-a", {success: 1}, rules)  # changed its mind
    assert dot_votes.voter_dots(db, meeting_id, "phone-a") == {success: 1}
    with pytest.raises(ValueError, match="budget"):
        dot_votes.spend_dots(db, meeting_id, "phone-a", {learning: 1, other: 1, success: 1}, rules)
    assert dot_votes.voter_dots(db, meeting_id, "phone-a") == {success: 1}  # nothing lost
    dot_votes.spend_dots(db, meeting_id, "phone-b", {success: 1, other: 1}, rules)
    dot_votes.spend_dots(db, meeting_id, "phone-c", {}, rules)  # every dot taken back
    assert dot_votes.voter_count(db, meeting_id) == 2


def test_a_line_of_another_meeting_cannot_be_voted_on(db, meeting_id):
    from datetime import date, time

    from facilitator.domain.meeting_details import MeetingDetails

    [learning, *_] = _flip_charts(db, meeting_id)
    details = MeetingDetails.from_input(
        "Annet AS", "2026 Q4", date(2026, 12, 4), time(9, 0), "Bergen", "Ola"
    )
    other_meeting = create_meeting(db, details)
    rules = DotRules(3, 1)
    with pytest.raises(ValueError, match="line"):
        dot_votes.spend_dots(db, other_meeting, "phone-a", {learning: 1}, rules)


def test_the_ranking_is_read_once_revealed_and_kept_for_the_minutes(db, meeting_id):
    learning, success, other = _flip_charts(db, meeting_id)
    rules = DotRules(3, 2)
    dot_votes.set_vote_rules(db, meeting_id, rules)
    dot_votes.spend_dots(db, meeting_id, "phone-a", {other: 2, learning: 1}, rules)
    dot_votes.spend_dots(db, meeting_id, "phone-b", {learning: 1, success: 1}, rules)
    assert dot_votes.revealed_ranking(db, meeting_id) is None  # blind until revealed
    assert load_minutes(db, meeting_id).top_lines == []
    dot_votes.set_revealed(db, meeting_id, NOW)
    dot_votes.set_revealed(db, meeting_id, datetime(2026, 12, 17, 12, 0, tzinfo=UTC))
    assert dot_votes.revealed_at(db, meeting_id) == NOW  # revealed at its first moment
    ranking, voters = dot_votes.revealed_ranking(db, meeting_id)
    assert voters == 2
    assert [(r.rank, r.line.id, r.dots, r.voters) for r in ranking] == [
        (1, learning, 2, 2),  # two phones before one phone's two dots
        (1, other, 2, 1),
        (3, success, 1, 1),
    ]
    minutes = load_minutes(db, meeting_id)
    assert minutes.dot_voters == 2
    assert [(r.rank, r.line.text, r.line.group) for r in minutes.top_lines] == [
        (1, "Si nei tidligere", "Gruppe 1"),
        (1, "<b>Dele</b> læring", "Gruppe 2"),
        (3, "Ny kunde 🎉", "Gruppe 1"),
    ]
    dot_votes.set_revealed(db, meeting_id, None)  # PageUp: open again
    assert dot_votes.revealed_ranking(db, meeting_id) is None
