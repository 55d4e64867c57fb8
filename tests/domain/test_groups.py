"""Breakout groups: property-tested with hypothesis, deterministic for a seed."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.groups import (
    Mode,
    Person,
    Roles,
    Rules,
    TooFewPeopleError,
    add_late_arrival,
    assign,
    assign_roles,
    department_flags,
    group_sizes,
    pairs,
    remove_person,
    sizes_where_possible,
)


def _people(departments: list[int]) -> list[Person]:
    return [Person(i, f"D{d}") for i, d in enumerate(departments)]


@given(st.integers(min_value=3, max_value=200))
def test_every_head_count_from_three_splits_evenly_within_3_to_5(count):
    sizes = group_sizes(count)
    assert sum(sizes) == count
    assert all(3 <= size <= 5 for size in sizes)
    assert max(sizes) - min(sizes) <= 1


@pytest.mark.parametrize("count", [0, 1, 2])
def test_below_three_is_refused(count):
    with pytest.raises(TooFewPeopleError):
        group_sizes(count)


def test_narrower_bounds_where_possible():
    assert sizes_where_possible(12, (4, 4)) == [4, 4, 4]
    assert sorted(sizes_where_possible(10, (4, 4))) == [3, 3, 4]  # as close to 4 as it goes
    assert sizes_where_possible(9, (5, 5)) == [5, 4]


_DEPARTMENTS = st.lists(st.integers(min_value=0, max_value=5), min_size=3, max_size=50)


@settings(max_examples=150, deadline=None)
@given(
    _DEPARTMENTS, st.sampled_from([Mode.RANDOM, Mode.MIXED, Mode.MANUAL]), st.integers(0, 10_000)
)
def test_everyone_in_exactly_one_group_of_allowed_size(departments, mode, seed):
    people = _people(departments)
    groups = assign(people, mode, seed)
    members = [p for g in groups for p in g]
    assert sorted(members) == [p.id for p in people]
    sizes = [len(g) for g in groups]
    assert all(3 <= s <= 5 for s in sizes) and max(sizes) - min(sizes) <= 1


@settings(max_examples=150, deadline=None)
@given(_DEPARTMENTS, st.integers(0, 10_000))
def test_mixed_spreads_departments_within_one_of_the_ideal(departments, seed):
    people = _people(departments)
    groups = assign(people, Mode.MIXED, seed)
    total = len(people)
    counts = Counter(p.department for p in people)
    by_id = {p.id: p.department for p in people}
    for group in groups:
        here = Counter(by_id[p] for p in group)
        for department, count in counts.items():
            ideal = count * len(group) / total
            assert abs(here[department] - ideal) < 1 + 1e-9, (department, group, ideal)


@settings(max_examples=100, deadline=None)
@given(_DEPARTMENTS, st.integers(0, 10_000), st.data())
def test_locked_people_stay_put(departments, seed, data):
    people = _people(departments)
    first = assign(people, Mode.RANDOM, seed)
    chosen = data.draw(st.lists(st.sampled_from([p.id for p in people]), max_size=4, unique=True))
    locked = {pid: next(i for i, g in enumerate(first) if pid in g) for pid in chosen}
    again = assign(people, Mode.MANUAL, seed + 1, rules=Rules(locked=locked))
    for pid, index in locked.items():
        assert pid in again[index]


def test_deterministic_for_a_seed_and_different_for_another():
    people = _people([i % 3 for i in range(20)])
    assert assign(people, Mode.RANDOM, 5) == assign(people, Mode.RANDOM, 5)
    assert assign(people, Mode.RANDOM, 5) != assign(people, Mode.RANDOM, 6)


def test_keep_apart_and_together():
    people = _people([0] * 12)
    rules = Rules(
        apart={frozenset((0, 1)), frozenset((2, 3))},
        together={frozenset((4, 5)), frozenset((6, 7))},
    )
    for seed in range(20):
        groups = assign(people, Mode.RANDOM, seed, rules=rules)
        where = {p: i for i, g in enumerate(groups) for p in g}
        assert where[0] != where[1] and where[2] != where[3]
        assert where[4] == where[5] and where[6] == where[7]


def test_fresh_mixes_avoid_earlier_pairs():
    people = _people([0] * 12)
    earlier = assign(people, Mode.RANDOM, 1)
    history = pairs(earlier)
    fresh = assign(people, Mode.RANDOM, 2, rules=Rules(history=history), fresh=True)
    repeated = sum(history[pair] for pair in pairs(fresh))
    plain = sum(history[pair] for pair in pairs(assign(people, Mode.RANDOM, 2)))
    assert repeated <= plain and repeated <= 6


def test_by_department_and_flags():
    people = _people([0] * 6 + [1] * 4 + [2] * 2)
    groups = assign(people, Mode.BY_DEPARTMENT)
    assert [len(g) for g in groups] == [6, 4, 2]
    flags = {f.department: f for f in department_flags(people)}
    assert flags["D0"].suggestion == "split" and flags["D0"].split_into == 2
    assert flags["D2"].suggestion == "merge" and flags["D2"].merge_with == "D1"
    assert "D1" not in flags


def test_roles_avoid_last_time():
    groups = [[1, 2, 3], [4, 5, 6]]
    last = {1: {"scribe"}, 2: {"presenter"}, 4: {"scribe"}, 5: {"scribe"}}
    roles = assign_roles(groups, last, seed=3)
    # 3 and 6 had no role last time: they scribe. The presenters did not present last
    # time (2 did); 1 and 4 were scribes, so they present now.
    assert roles == [Roles(scribe=3, presenter=1), Roles(scribe=6, presenter=4)]
    for seed in range(20):  # the same whatever the shuffle: nobody repeats a role
        assert assign_roles(groups, last, seed=seed)[0] == Roles(scribe=3, presenter=1)


def test_late_arrival_and_early_leaver_move_nobody_else():
    groups = [[1, 2, 3, 4], [5, 6, 7]]
    assert add_late_arrival(groups, 8) == [[1, 2, 3, 4], [5, 6, 7, 8]]
    assert remove_person(groups, 2) == [[1, 3, 4], [5, 6, 7]]


def test_the_swap_search_separates_what_the_dealing_left_together():
    from facilitator.domain.groups import _improve

    groups = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    rules = Rules(apart={frozenset((0, 1)), frozenset((3, 4))}, history=Counter())
    departments = dict.fromkeys(range(9))
    _improve(groups, rules, departments, spread=False, fresh=False, fixed={8}, bound=set())
    assert sorted(len(g) for g in groups) == [3, 3, 3]
    together = {frozenset((a, b)) for g in groups for a in g for b in g if a != b}
    assert not together & rules.apart
    assert 8 in groups[2]  # a locked person stays


def test_fresh_mixes_at_company_size_repeat_almost_no_pairs():
    people = [Person(i, f"Avdeling {i % 12}") for i in range(200)]
    history = pairs(assign(people, Mode.RANDOM, 1)) + pairs(assign(people, Mode.RANDOM, 2))
    groups = assign(people, Mode.MIXED, 3, rules=Rules(history=history), fresh=True)
    repeated = sum(1 for pair in pairs(groups) if history[pair])
    random_repeats = sum(1 for pair in pairs(assign(people, Mode.RANDOM, 9)) if history[pair])
    assert repeated <= random_repeats and repeated <= 2
