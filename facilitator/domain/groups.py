"""Breakout groups of 3–5: sizes, assignment in several modes, roles, late changes.

Deterministic for a given seed; no Qt, no database. Person ids are whatever the caller
uses (participant ids); departments are plain names (None: no department).
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

DEFAULT_BOUNDS = (3, 5)


class Mode(StrEnum):
    RANDOM = "random"
    MIXED = "mixed"  # departments spread across groups as evenly as possible
    BY_DEPARTMENT = "by_department"
    MANUAL = "manual"  # the leader moves people; reshuffles keep locked people in place


class TooFewPeopleError(ValueError):
    """Fewer people than the smallest group allows."""


@dataclass(frozen=True)
class Person:
    id: int
    department: str | None = None


@dataclass
class Rules:
    apart: set[frozenset[int]] = field(default_factory=set)
    together: set[frozenset[int]] = field(default_factory=set)
    locked: dict[int, int] = field(default_factory=dict)  # person -> group index
    # How often two people have sat together before (fresh mixes avoid repeating).
    history: Counter[frozenset[int]] = field(default_factory=Counter)


Groups = list[list[int]]


def group_sizes(count: int, bounds: tuple[int, int] = DEFAULT_BOUNDS) -> list[int]:
    """Sizes within the bounds, as even as possible (differing by at most one).

    The fewest groups that keep every size at most the upper bound; if that breaks the
    lower bound, there is no even split within these bounds (raises TooFewPeopleError when
    there are simply too few people, ValueError otherwise).
    """
    low, high = bounds
    if count < low:
        raise TooFewPeopleError(count)
    groups = math.ceil(count / high)
    base, extra = divmod(count, groups)
    if base < low:
        raise ValueError(f"{count} people cannot be split into groups of {low}–{high}")
    return [base + 1] * extra + [base] * (groups - extra)


def sizes_where_possible(count: int, preferred: tuple[int, int]) -> list[int]:
    """Even sizes within 3–5 that come closest to the leader's preferred range (e.g. 4)."""
    try:
        return group_sizes(count, preferred)
    except ValueError:
        pass
    low, high = DEFAULT_BOUNDS
    if count < low:
        raise TooFewPeopleError(count)
    middle = sum(preferred) / 2
    options = []
    for groups in range(math.ceil(count / high), count // low + 1):
        base, extra = divmod(count, groups)
        sizes = [base + 1] * extra + [base] * (groups - extra)
        if low <= min(sizes) and max(sizes) <= high:
            outside = sum(max(0, preferred[0] - s) + max(0, s - preferred[1]) for s in sizes)
            options.append((outside, abs(count / groups - middle), sizes))
    return min(options)[2]


def _units(people: list[Person], rules: Rules) -> list[list[Person]]:
    """People who must sit together form one unit (union of the "together" pairs)."""
    parent = {p.id: p.id for p in people}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in rules.together:
        a, b = tuple(pair)
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    units: dict[int, list[Person]] = {}
    for person in people:
        units.setdefault(find(person.id), []).append(person)
    return list(units.values())


def _cost(
    group: list[int],
    unit: list[Person],
    rules: Rules,
    departments: dict[int, str | None],
    spread: bool,
    fresh: bool,
) -> float:
    cost = 0.0
    for person in unit:
        for other in group:
            pair = frozenset((person.id, other))
            if pair in rules.apart:
                cost += 1000.0
            if fresh:
                cost += 10.0 * rules.history[pair]
        if spread:
            cost += 3.0 * sum(1 for other in group if departments[other] == person.department)
    return cost


def assign(
    people: Iterable[Person],
    mode: Mode = Mode.MIXED,
    seed: int = 0,
    bounds: tuple[int, int] = DEFAULT_BOUNDS,
    rules: Rules | None = None,
    fresh: bool = False,
) -> Groups:
    """Split the people into groups; locked people stay in their group index."""
    people = list(people)
    rules = rules or Rules()
    if mode is Mode.BY_DEPARTMENT:
        return by_department(people)
    sizes = sizes_where_possible(len(people), bounds)
    rng = random.Random(seed)
    departments = {p.id: p.department for p in people}
    groups: Groups = [[] for _ in sizes]
    placed: set[int] = set()
    for person_id, index in sorted(rules.locked.items()):
        if person_id in departments and 0 <= index < len(groups):
            groups[index].append(person_id)
            placed.add(person_id)
    free = [p for p in people if p.id not in placed]
    units = _units(free, rules)
    rng.shuffle(units)
    spread = mode in (Mode.MIXED, Mode.MANUAL)
    if spread:
        # One department at a time, largest first, so each is dealt across the groups
        # before space runs out (people stay shuffled within their department).
        sizes_by_department = Counter(p.department for p in free)
        units.sort(
            key=lambda u: (-len(u), -sizes_by_department[u[0].department], u[0].department or "")
        )
    else:
        units.sort(key=lambda u: -len(u))
    for unit in units:
        room = [i for i, g in enumerate(groups) if sizes[i] - len(g) >= len(unit)]
        if not room:  # a "together" unit larger than any gap: let it overflow the biggest gap
            room = [max(range(len(groups)), key=lambda i: sizes[i] - len(groups[i]))]
        tie = {i: rng.random() for i in room}
        best = min(
            room,
            key=lambda i: (
                _cost(groups[i], unit, rules, departments, spread, fresh),
                -(sizes[i] - len(groups[i])),
                tie[i],
            ),
        )
        groups[best].extend(p.id for p in unit)
    if fresh or rules.apart:
        _improve(
            groups,
            rules,
            departments,
            spread,
            fresh,
            set(rules.locked),
            {p.id for u in units if len(u) > 1 for p in u},
        )
    return groups


def _pair_weights(rules: Rules, fresh: bool) -> dict[int, dict[int, float]]:
    """What it costs to put two people together: keep-apart pairs and, for fresh mixes,
    pairs who met in earlier meetings (the same weights `_cost` uses)."""
    weights: dict[int, dict[int, float]] = defaultdict(dict)

    def add(pair: frozenset[int], weight: float) -> None:
        if len(pair) != 2 or not weight:
            return
        a, b = tuple(pair)
        weights[a][b] = weights[a].get(b, 0.0) + weight
        weights[b][a] = weights[b].get(a, 0.0) + weight

    for pair in rules.apart:
        add(pair, 1000.0)
    if fresh:
        for pair, times in rules.history.items():
            add(pair, 10.0 * times)
    return weights


def _improve(
    groups: Groups,
    rules: Rules,
    departments: dict[int, str | None],
    spread: bool,
    fresh: bool,
    fixed: set[int],
    bound: set[int],
) -> None:
    """Swap free people between groups while that lowers the total cost.

    Only pair costs change with a swap (when spreading departments, people are only
    swapped within their department, so the spread stays as dealt). Each person keeps a
    running sum of their pair costs with every group, `load[p][g]`: a swap's gain is read
    from four of these sums, and a swap updates only the sums of the people paired with
    the two who moved. Only people with a cost in their own group are tried as movers, each
    with the best partner in any other group. No whole-group cost is ever recomputed, so
    1000 people with history take a fraction of a second.
    """
    weights = _pair_weights(rules, fresh)
    if weights:
        _Swaps(groups, weights, departments if spread else None, fixed | bound).run()


class _Swaps:
    """The swap search of `_improve`: who is where, each person's pair costs by group."""

    def __init__(
        self,
        groups: Groups,
        weights: dict[int, dict[int, float]],
        departments: dict[int, str | None] | None,
        held: set[int],
    ) -> None:
        self.groups, self.weights, self.held = groups, weights, held
        self.departments = departments  # None: anyone may swap with anyone
        self.group_of = {person: index for index, group in enumerate(groups) for person in group}
        self.load: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for person, neighbours in weights.items():
            for other, weight in neighbours.items():
                if other in self.group_of:
                    self.load[person][self.group_of[other]] += weight

    def run(self) -> None:
        limit = 20 * len(self.groups) + 50  # each swap lowers the cost; this bounds the time
        swaps = 0
        improved = True
        while improved and swaps < limit:
            improved = False
            movers = [p for p in self.group_of if p in self.weights and p not in self.held]
            for x in movers:
                if self.load[x][self.group_of[x]] <= 0:
                    continue
                partner = self._best_partner(x)
                if partner is not None:
                    self._swap(x, partner)
                    swaps += 1
                    improved = True

    def _best_partner(self, x: int) -> int | None:
        """The person in another group whose swap with `x` lowers the cost most."""
        load, weights, a = self.load, self.weights, self.group_of[x]
        best: tuple[float, int] | None = None
        for b, group in enumerate(self.groups):
            if b == a:
                continue
            for y in group:
                if y in self.held or (
                    self.departments is not None and self.departments[x] != self.departments[y]
                ):
                    continue
                shared = weights[x].get(y, 0.0)
                gain = (load[x][b] - shared) + (load[y][a] - shared) - load[x][a] - load[y][b]
                if gain < -1e-9 and (best is None or gain < best[0]):
                    best = (gain, y)
        return best[1] if best is not None else None

    def _swap(self, x: int, y: int) -> None:
        groups, group_of, load = self.groups, self.group_of, self.load
        a, b = group_of[x], group_of[y]
        groups[a][groups[a].index(x)] = y
        groups[b][groups[b].index(y)] = x
        group_of[x], group_of[y] = b, a
        for person, weight in self.weights[x].items():
            load[person][a] -= weight
            load[person][b] += weight
        for person, weight in self.weights[y].items():
            load[person][b] -= weight
            load[person][a] += weight


@dataclass(frozen=True)
class DepartmentFlag:
    department: str | None
    size: int
    suggestion: str  # "merge" or "split"
    merge_with: str | None = None
    split_into: int = 0


def by_department(people: list[Person]) -> Groups:
    """One group per department (people without one together), largest first."""
    buckets: dict[str | None, list[int]] = {}
    for person in people:
        buckets.setdefault(person.department, []).append(person.id)
    order = sorted(buckets, key=lambda d: (-len(buckets[d]), d or ""))
    return [buckets[d] for d in order]


def department_flags(
    people: list[Person], bounds: tuple[int, int] = DEFAULT_BOUNDS
) -> list[DepartmentFlag]:
    """Departments outside 3–5: merge the small with the smallest other, split the large."""
    low, high = bounds
    counts = Counter(p.department for p in people)
    flags = []
    for department, size in sorted(counts.items(), key=lambda item: item[0] or ""):
        if size < low:
            others = [d for d in counts if d != department]
            partner = min(others, key=lambda d: (counts[d], d or "")) if others else None
            flags.append(DepartmentFlag(department, size, "merge", merge_with=partner))
        elif size > high:
            flags.append(
                DepartmentFlag(department, size, "split", split_into=len(group_sizes(size, bounds)))
            )
    return flags


@dataclass(frozen=True)
class Roles:
    scribe: int | None
    presenter: int | None


def assign_roles(groups: Groups, last_time: dict[int, set[str]], seed: int = 0) -> list[Roles]:
    """A scribe and a presenter per group, nobody repeating last time's role if avoidable;
    people who had no role last time come first."""
    rng = random.Random(seed)
    roles = []
    for group in groups:
        order = sorted(group, key=lambda p: (len(last_time.get(p, ())), rng.random()))
        scribe = next(
            (p for p in order if "scribe" not in last_time.get(p, ())), order[0] if order else None
        )
        rest = [p for p in order if p != scribe]
        presenter = next(
            (p for p in rest if "presenter" not in last_time.get(p, ())),
            rest[0] if rest else scribe,
        )
        roles.append(Roles(scribe, presenter))
    return roles


def add_late_arrival(groups: Groups, person: int) -> Groups:
    """Into the smallest group (the first of equals), nobody else moves."""
    result = [list(g) for g in groups]
    smallest = min(range(len(result)), key=lambda i: (len(result[i]), i))
    result[smallest].append(person)
    return result


def remove_person(groups: Groups, person: int) -> Groups:
    return [[p for p in g if p != person] for g in groups]


def pairs(groups: Groups) -> Counter[frozenset[int]]:
    """Who sat with whom: every pair in the same group."""
    counter: Counter[frozenset[int]] = Counter()
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                counter[frozenset((a, b))] += 1
    return counter
