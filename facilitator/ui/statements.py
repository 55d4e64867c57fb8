"""Vision, mission, purpose and each value, as the statements shown one at a time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Statement:
    label: str
    text: str


def statements_of(vision: str, mission: str, purpose: str, values: list[str]) -> list[Statement]:
    """The ones with text, in the order block 2 (a) repeats them."""
    translate = QCoreApplication.translate
    result = []
    for label, text in (
        (translate("Statements", "Vision"), vision),
        (translate("Statements", "Mission"), mission),
        (translate("Statements", "Purpose"), purpose),
    ):
        if text.strip():
            result.append(Statement(label, text.strip()))
    for number, value in enumerate(values, start=1):
        label = translate("Statements", "Value {n} of {count}").format(n=number, count=len(values))
        result.append(Statement(label, value))
    return result
