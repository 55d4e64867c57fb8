"""OKR rules: how many objectives and key results, and how well departments align."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

COMPANY_OBJECTIVES = (3, 5)
KEY_RESULTS_PER_OBJECTIVE = (2, 5)
RECOMMENDED_ALIGNED_SHARE = 0.70


class Alignable(Protocol):
    @property
    def is_aligned(self) -> bool: ...


@dataclass(frozen=True)
class AlignmentShare:
    aligned: int
    total: int

    @property
    def share(self) -> float | None:
        return self.aligned / self.total if self.total else None

    @property
    def meets_recommendation(self) -> bool:
        return self.share is not None and self.share >= RECOMMENDED_ALIGNED_SHARE - 1e-9


def alignment_share(objectives: Iterable[Alignable]) -> AlignmentShare:
    """Share of a department's objectives linked to the company's OKRs (aim: about 70 %)."""
    items = list(objectives)
    return AlignmentShare(sum(1 for o in items if o.is_aligned), len(items))
