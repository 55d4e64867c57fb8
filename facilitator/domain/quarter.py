"""Quarters such as "2026 Q4": parsing, validation and arithmetic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from facilitator.domain.validation import Field, Problem, ValidationError

_PATTERNS = (
    re.compile(r"^\s*(?P<year>\d{4})\s*[-/ ]?\s*[QqKk](?P<q>[1-4])\s*$"),
    re.compile(r"^\s*[QqKk](?P<q>[1-4])\s*[-/ ]?\s*(?P<year>\d{4})\s*$"),
)
MIN_YEAR = 2000
MAX_YEAR = 2100


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    def __post_init__(self) -> None:
        if not (MIN_YEAR <= self.year <= MAX_YEAR and 1 <= self.number <= 4):
            raise ValidationError(Field.QUARTER, Problem.INVALID, f"{self.year} Q{self.number}")

    def __str__(self) -> str:
        return f"{self.year} Q{self.number}"

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Read "2026 Q4", "2026-Q4", "Q4 2026" or the Norwegian "2026 K4"."""
        for pattern in _PATTERNS:
            match = pattern.match(text or "")
            if match:
                return cls(int(match["year"]), int(match["q"]))
        raise ValidationError(Field.QUARTER, Problem.INVALID, text)

    @classmethod
    def containing(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )
