"""OKR rules: how many objectives and key results, and how well departments align."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
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


class CountStatus(StrEnum):
    TOO_FEW = "too_few"
    GOOD = "good"
    TOO_MANY = "too_many"


def count_status(count: int, bounds: tuple[int, int]) -> CountStatus:
    """Where a count stands against the guide's range (a nudge, never a block)."""
    low, high = bounds
    if count < low:
        return CountStatus.TOO_FEW
    if count > high:
        return CountStatus.TOO_MANY
    return CountStatus.GOOD


def _without_thousands(cleaned: str, separator: str, original: object) -> str:
    """Remove a thousands separator, which must stand between groups of three digits."""
    whole = re.split(r"[.,]", cleaned.replace(separator, "\0"))[0].replace("\0", separator)
    if not re.fullmatch(r"[-+]?\d{1,3}(" + re.escape(separator) + r"\d{3})+", whole):
        raise ValueError(original)
    return cleaned.replace(separator, "")


def parse_number(text: object) -> float | None:
    """A measurable value as typed: "12", "12,5", "1 200", "85 %"; blank is None.

    Raises ValueError for text that holds no number (the caller names the field)."""
    if text is None:
        return None
    if isinstance(text, int | float):
        return float(text)
    cleaned = "".join(str(text).split()).replace("\u202f", "").rstrip("%")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        # "1,234.5" or "1.234,5": the last separator is the decimal one.
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = _without_thousands(cleaned, "." if decimal == "," else ",", text)
        cleaned = cleaned.replace(decimal, ".")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    elif cleaned.count(",") > 1 or cleaned.count(".") > 1:
        cleaned = _without_thousands(cleaned, "," if "," in cleaned else ".", text)
    number = float(cleaned)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(text)
    return number


@dataclass(frozen=True)
class Plan:
    """A key result's plan as typed in one cell: "0 → 250 anlegg"."""

    start: float | None
    target: float | None
    unit: str


_PLAN = re.compile(
    r"^\s*(?P<start>[^→>]*?)\s*(?:→|->|=>|\bto\b|\btil\b)\s*"
    r"(?P<target>[-+]?\d[\d\s\u202f.,]*%?)\s*(?P<unit>.*?)\s*$",
    re.IGNORECASE,
)


def parse_plan(text: str) -> Plan:
    """ "0 → 250 anlegg", "41 -> 55 poeng", "2 to 1 min", "70 til 85 %".

    Raises ValueError when there is no start and target to read."""
    match = _PLAN.match(text or "")
    if match is None:
        raise ValueError(text)
    target_text = match["target"].strip()
    unit = match["unit"]
    if target_text.endswith("%"):
        target_text, unit = target_text.rstrip("%").strip(), ("% " + unit).strip()
    return Plan(parse_number(match["start"]), parse_number(target_text), unit)


@dataclass(frozen=True)
class KeyResultItem:
    """A key result as the screens show and edit it (plain data, read once)."""

    id: int
    statement: str
    start_value: float | None
    target_value: float | None
    achieved_value: float | None
    unit: str
    owner_id: int | None
    owner_name: str | None
    aligned_objective_id: int | None  # the company objective a department KR serves


@dataclass(frozen=True)
class ObjectiveItem:
    """An objective with its key results as the screens show and edit it."""

    id: int
    statement: str
    department_id: int | None  # None: a company objective
    department_name: str | None
    owner_id: int | None
    owner_name: str | None
    key_results: tuple[KeyResultItem, ...]
    aligned_key_result_id: int | None  # the company key result this objective became
    aligned_key_result_statement: str | None
    predecessor_id: int | None  # last quarter's objective it continues
    review_status: str | None
    approved_by_id: int | None
    approved_by_name: str | None
    approved_at: datetime | None

    @property
    def is_aligned(self) -> bool:
        return self.aligned_key_result_id is not None or any(
            kr.aligned_objective_id is not None for kr in self.key_results
        )


def regrouped(rows: Sequence[ObjectiveItem | KeyResultItem]) -> list[ObjectiveItem]:
    """Objectives from a table's flat rows (each objective followed by its key results),
    each holding the key results as the rows have them now (an edit replaces a row, not
    the copy inside its objective)."""
    objectives: list[ObjectiveItem] = []
    for row in rows:
        if isinstance(row, ObjectiveItem):
            objectives.append(replace(row, key_results=()))
        elif objectives:
            last = objectives[-1]
            objectives[-1] = replace(last, key_results=(*last.key_results, row))
    return objectives
