"""Breakout group assignment in every mode, with rules and fresh mixes, at 50, 200 and 1000
people: the time of `assign` beside a floor (shuffling the same people and cutting them
into groups, the least any assignment does), run alternately, with the quality kept
(group sizes, keep-apart pairs together, pairs repeated from earlier meetings).

Goals: under 50 ms at 50 people for every seed, under 500 ms at 200, under 5 s at 1000.
usage: .venv/bin/python benchmarks/groups.py [SIZES...]
"""

import random
import statistics
import sys
import time

from _common import REPO, goal, verdict  # noqa: F401  (REPO sets up the path)

from facilitator.domain.groups import Mode, Person, Rules, assign, pairs

SEEDS = 20


def _floor(people: list[Person], seed: int) -> float:
    start = time.perf_counter()
    ids = [p.id for p in people]
    random.Random(seed).shuffle(ids)
    _groups = [ids[i : i + 5] for i in range(0, len(ids), 5)]
    return (time.perf_counter() - start) * 1000


def measure(size: int) -> None:
    people = [Person(i, f"Avdeling {i % max(3, size // 17)}") for i in range(size)]
    history = pairs(assign(people, Mode.RANDOM, 1)) + pairs(assign(people, Mode.RANDOM, 2))
    apart = {frozenset((i, i + 1)) for i in range(0, min(size, 20), 2)}
    rules = Rules(apart=apart, together={frozenset((40 % size, 41 % size))}, history=history)
    cases = [(mode.value, mode, Rules(), False) for mode in Mode if mode is not Mode.MANUAL]
    cases += [
        ("random + history", Mode.RANDOM, rules, True),
        ("mixed + rules + fresh mixes", Mode.MIXED, rules, True),
    ]
    seeds = SEEDS if size <= 200 else 3
    for label, mode, case_rules, fresh in cases:
        times, floors, repeated, apart_kept, sizes = [], [], [], 0, set()
        for seed in range(seeds):
            start = time.perf_counter()
            groups = assign(people, mode, seed, rules=case_rules, fresh=fresh)
            times.append((time.perf_counter() - start) * 1000)
            floors.append(_floor(people, seed))
            together = pairs(groups)
            repeated.append(sum(1 for pair in together if history[pair]))
            apart_kept += sum(1 for pair in case_rules.apart if together[pair])
            sizes |= {len(g) for g in groups}
        median, floor = statistics.median(times), statistics.median(floors)
        print(
            f"{size:>5} people, {label:<28} median {median:8.1f} ms, max {max(times):8.1f} ms "
            f"(floor {floor:.2f} ms, ratio {median / floor:,.0f}); sizes {sorted(sizes)}, "
            f"keep-apart pairs together {apart_kept}, repeated pairs {max(repeated)}"
        )
        limit = 50 if size <= 50 else 500 if size <= 200 else 5000
        goal(f"{label} at {size} people under {limit} ms for every seed", max(times) < limit)
        goal(f"{label} keeps every keep-apart rule", apart_kept == 0)


def main() -> int:
    for size in [int(a) for a in sys.argv[1:]] or [50, 200, 1000]:
        measure(size)
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
