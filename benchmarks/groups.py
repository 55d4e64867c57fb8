"""Assigning 50 people to breakout groups in every mode (target: under 50 ms each)."""

import statistics
import time

from _common import REPO  # noqa: F401  (sets up the path)

from facilitator.domain.groups import Mode, Person, Rules, assign, pairs


def main() -> None:
    people = [Person(i, f"Avdeling {i % 10}") for i in range(50)]
    history = pairs(assign(people, Mode.RANDOM, 1)) + pairs(assign(people, Mode.RANDOM, 2))
    rules = Rules(
        apart={frozenset((0, 1)), frozenset((2, 3))},
        together={frozenset((4, 5))},
        locked={6: 0, 7: 1},
        history=history,
    )
    cases = [(mode.value, mode, Rules(), False) for mode in Mode]
    cases.append(("mixed + rules + fresh mixes", Mode.MIXED, rules, True))
    for label, mode, case_rules, fresh in cases:
        times = []
        for seed in range(20):
            start = time.perf_counter()
            assign(people, mode, seed, rules=case_rules, fresh=fresh)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"50 people, {label}: median {statistics.median(times):.2f} ms, "
            f"max {max(times):.2f} ms (20 seeds)"
        )


if __name__ == "__main__":
    main()
