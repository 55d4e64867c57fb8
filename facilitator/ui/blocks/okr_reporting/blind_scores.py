"""The room's scores of each report, blind until revealed: which reports the leader has
revealed (PageDown on the report, or *Reveal*; kept in the store by the controller), and
what the room's screen says of the room's scores before (how many have scored) and after
(beside the reporter's own)."""

from __future__ import annotations

from typing import Protocol

from facilitator.domain.evaluation import RoomScores
from facilitator.ui.blocks.okr_reporting.room_scores_row import (
    revealed_text,
    room_scores_text,
    scored_count_text,
)


class Revealing(Protocol):
    revealed: set[int]

    def set_revealed(self, key: int, revealed: bool) -> None: ...


class BlindScores:
    def __init__(self, controller: Revealing) -> None:
        self._controller = controller

    def reveal(self, key: int, revealed: bool = True) -> None:
        self._controller.set_revealed(key, revealed)

    def is_revealed(self, key: int) -> bool:
        return key in self._controller.revealed

    def on_screen(
        self, key: int, scores: RoomScores, own: int | None, scoring_open: bool
    ) -> str | None:
        """What the room's screen says under the report (None: nothing of the room's)."""
        if self.is_revealed(key):
            return revealed_text(scores, own)
        if scores.count:
            return scored_count_text(scores)
        return room_scores_text(scores) if scoring_open else None
