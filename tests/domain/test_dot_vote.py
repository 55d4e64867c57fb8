"""The dot-vote's rules: a phone's allocation within its budget and the dots a line may
take, whatever the phone sends; the ranking with its ties; what the room's screen fits."""

from __future__ import annotations

import pytest

from facilitator.domain.dot_vote import (
    DotRules,
    RankedLine,
    VoteLine,
    allocation_problem,
    dots_left,
    on_screen,
    ranked,
)

LINES = [
    VoteLine(1, "Gruppe 1", "success", "212 anlegg"),
    VoteLine(2, "Gruppe 1", "learning", "Sikre leveranser tidligere"),
    VoteLine(3, "Gruppe 2", "success", "Første kunde i Sogn"),
    VoteLine(4, "Gruppe 2", "learning", "Bedre overlevering"),
]
IDS = {line.id for line in LINES}


def test_an_allocation_keeps_the_budget_and_one_dot_a_line():
    rules = DotRules()  # 3 dots, one a line
    assert allocation_problem({1: 1, 2: 1, 3: 1}, IDS, rules) is None
    assert allocation_problem({}, IDS, rules) is None  # every dot taken back
    assert allocation_problem({1: 1, 2: 0}, IDS, rules) is None  # 0: a dot taken back
    assert allocation_problem({1: 1, 2: 1, 3: 1, 4: 1}, IDS, rules) == "budget"
    assert allocation_problem({1: 2}, IDS, rules) == "per_line"
    assert allocation_problem({9: 1}, IDS, rules) == "line"
    assert allocation_problem({1: -1, 2: 1, 3: 1, 4: 1}, IDS, rules) == "dots"


def test_what_a_phone_sends_that_is_not_a_whole_number_is_refused():
    rules = DotRules(5, 5)
    assert allocation_problem({1: 1.5}, IDS, rules) == "dots"  # type: ignore[dict-item]
    assert allocation_problem({1: True}, IDS, rules) == "dots"
    assert allocation_problem({"1": 1}, IDS, rules) == "line"  # type: ignore[dict-item]
    assert allocation_problem({True: 1}, IDS, rules) == "line"


def test_several_dots_a_line_when_the_leader_allows_it():
    rules = DotRules(dots=5, per_line=3)
    assert allocation_problem({1: 3, 2: 2}, IDS, rules) is None
    assert allocation_problem({1: 4}, IDS, rules) == "per_line"
    assert allocation_problem({1: 3, 2: 3}, IDS, rules) == "budget"
    assert dots_left({1: 3}, rules) == 2


@pytest.mark.parametrize("dots, per_line", [(0, 1), (11, 1), (3, 0), (3, 4)])
def test_rules_out_of_range_are_refused(dots, per_line):
    with pytest.raises(ValueError):
        DotRules(dots, per_line)


def test_the_ranking_shares_ranks_and_breaks_ties_by_phones_then_order():
    totals = {1: (3, 3), 2: (5, 3), 3: (3, 1), 4: (3, 3)}
    result = ranked(LINES, totals)
    assert [(r.rank, r.line.id, r.dots) for r in result] == [
        (1, 2, 5),
        (2, 1, 3),  # three phones, one dot each: before one phone's three
        (2, 4, 3),  # the same: the flip charts' order
        (2, 3, 3),
    ]


def test_lines_without_dots_are_not_ranked():
    assert ranked(LINES, {}) == []
    assert [r.line.id for r in ranked(LINES, {3: (1, 1), 4: (0, 0)})] == [3]


def _ranking(*ranks: int) -> list[RankedLine]:
    return [
        RankedLine(rank, VoteLine(i, "G", "learning", f"line {i}"), 100 - rank, 1)
        for i, rank in enumerate(ranks)
    ]


def test_the_room_screen_keeps_a_tie_at_its_cut_together():
    assert len(on_screen(_ranking(*range(1, 15)), room=10)) == 10
    tie = _ranking(1, 2, 3, 3, 3)
    assert len(on_screen(tie, room=3)) == 5  # the three tied at the cut all show
    wide = _ranking(1, 2, *([3] * 12))
    assert [r.rank for r in on_screen(wide, room=3)] == [1, 2]  # a tie too wide to show
    assert len(on_screen(_ranking(*([1] * 30)), room=10)) == 10  # all tied: the first ten
