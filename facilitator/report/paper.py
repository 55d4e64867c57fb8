"""Paper sizes for the minutes (kept apart from ReportLab so choosing one loads nothing)."""

from __future__ import annotations

from enum import StrEnum

MM = 72 / 25.4


class Paper(StrEnum):
    A4 = "A4"
    LETTER = "Letter"

    @property
    def size(self) -> tuple[float, float]:
        return (210 * MM, 297 * MM) if self is Paper.A4 else (612.0, 792.0)
