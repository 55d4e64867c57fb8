"""The room's consent to each new company objective (block 5): fist to five, anonymous,
from the phones. 0 (a fist) is "I cannot back this", 5 "fully behind it"; anyone at 0–2
asks for a word before the objective is approved (the guide's *forankres i møte*: an
objective is anchored in the meeting, not only announced).

Plain Python: the range, the distribution and the flag."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeGuard

FEWEST_FINGERS, MOST_FINGERS = 0, 5
FINGERS = range(FEWEST_FINGERS, MOST_FINGERS + 1)
DOUBTS = range(0, 3)  # 0–2 fingers: the objective is discussed before it is approved


def is_fingers(value: object) -> TypeGuard[int]:
    """A hand the phones may show: a whole number 0–5 (not a bool, not "3")."""
    return isinstance(value, int) and not isinstance(value, bool) and value in FINGERS


def fingers_check(column: str) -> str:
    """The database constraint for the same range."""
    return f"{column} >= {FEWEST_FINGERS} AND {column} <= {MOST_FINGERS}"


CONSENT_POLL = "consent:"  # the room link's poll key "consent:12": the hands on objective 12


def consent_poll(objective_id: int) -> str:
    return f"{CONSENT_POLL}{objective_id}"


def consent_objective(poll: str) -> int | None:
    """The objective a consent poll's key names (None: a report's scoring, or nonsense)."""
    number = poll.removeprefix(CONSENT_POLL)
    if number == poll or not number.isdigit() or len(number) > 12:
        return None
    return int(number)


@dataclass(frozen=True)
class Consent:
    """How the room showed its hand on one objective."""

    counts: dict[int, int]  # fingers -> how many phones showed them

    @property
    def count(self) -> int:
        return sum(self.counts.values())

    @property
    def doubts(self) -> int:
        """Phones at 0–2: the leader asks them before the objective is approved."""
        return sum(self.counts.get(fingers, 0) for fingers in DOUBTS)

    @property
    def flagged(self) -> bool:
        return self.doubts > 0

    def distribution(self) -> list[int]:
        """How many showed 0, 1, … 5 fingers."""
        return [self.counts.get(fingers, 0) for fingers in FINGERS]
