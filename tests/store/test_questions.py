"""The room's questions in the store (SQLite and PostgreSQL): asked, moderated, upvoted
once per phone and only when approved, one on the room's screen at a time, in the minutes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.store import questions
from facilitator.store.minutes import load_minutes

NOW = datetime(2026, 12, 17, 10, 0, tzinfo=UTC)
A, B = "a" * 16, "b" * 16


def test_a_question_is_upvoted_once_per_phone_and_only_when_approved(db, meeting_id):
    first = questions.ask(db, meeting_id, A, "Når kommer appen?")
    with pytest.raises(ValueError):
        questions.upvote(db, meeting_id, first, B, True)  # waiting: the phones cannot see it
    questions.set_status(db, first, "approved", NOW)
    for voter in (A, B, B):
        questions.upvote(db, meeting_id, first, voter, True)
    assert questions.questions(db, meeting_id)[0].votes == 2
    questions.upvote(db, meeting_id, first, B, False)  # taken back
    assert questions.questions(db, meeting_id)[0].votes == 1
    assert questions.upvoted_by(db, meeting_id, A) == {first}


def test_one_question_on_the_screen_and_it_leaves_when_answered(db, meeting_id):
    first = questions.ask(db, meeting_id, A, "Når kommer appen?")
    second = questions.ask(db, meeting_id, B, "Hvem eier NPS?")
    with pytest.raises(ValueError):
        questions.show_on_screen(db, meeting_id, first)  # not approved yet
    for question in (first, second):
        questions.set_status(db, question, "approved", NOW)
    questions.show_on_screen(db, meeting_id, first)
    questions.show_on_screen(db, meeting_id, second)
    assert [q.on_screen for q in questions.questions(db, meeting_id)] == [False, True]
    questions.set_status(db, second, "answered", NOW)
    assert not any(q.on_screen for q in questions.questions(db, meeting_id))
    minutes = load_minutes(db, meeting_id)
    assert [(q.text, q.status) for q in minutes.questions] == [
        ("Når kommer appen?", "approved"),  # still open
        ("Hvem eier NPS?", "answered"),
    ]
