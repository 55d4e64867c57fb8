"""The room's questions in order: the leader's queue, the phones' list, the open ones."""

from facilitator.domain.questions import (
    QuestionItem,
    for_the_phones,
    moderation_queue,
    open_questions,
)

ASKED = [
    QuestionItem(1, "Når kommer appen?", "answered", 9),
    QuestionItem(2, "Hvem eier NPS?", "waiting", 0),
    QuestionItem(3, "Opplæring før sommeren?", "approved", 11),
    QuestionItem(4, "Blir det kake?", "dismissed", 0),
    QuestionItem(5, "Flere montører?", "approved", 11),
]


def test_the_leader_sees_the_open_ones_by_upvotes_then_the_answered():
    assert [q.id for q in moderation_queue(ASKED)] == [3, 5, 2, 1]  # ties: asked first


def test_the_phones_see_only_what_the_leader_approved():
    assert [q.id for q in for_the_phones(ASKED)] == [3, 5, 1]


def test_the_open_questions_are_the_approved_not_answered():
    assert [q.id for q in open_questions(ASKED)] == [3, 5]
