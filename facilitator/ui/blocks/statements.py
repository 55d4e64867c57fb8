"""Vision, mission, purpose and each value, as the statements shown one at a time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from facilitator.store.models import Meeting


@dataclass(frozen=True)
class Statement:
    label: str
    text: str


def statements_of(meeting: Meeting) -> list[Statement]:
    translate = QCoreApplication.translate
    result = []
    for label, text in (
        (translate("Statements", "Vision"), meeting.vision),
        (translate("Statements", "Mission"), meeting.mission),
        (translate("Statements", "Purpose"), meeting.purpose),
    ):
        if text.strip():
            result.append(Statement(label, text.strip()))
    count = len(meeting.values)
    for number, value in enumerate(meeting.values, start=1):
        label = translate("Statements", "Value {n} of {count}").format(n=number, count=count)
        result.append(Statement(label, value.text))
    return result
