"""Turns stored on rows (good-news items, self-evaluations, breakout groups): the three
tables share the columns skipped, turn_start and turn_end."""

from __future__ import annotations

from typing import Any

from facilitator.domain.turns import Turn
from facilitator.store.database import Database


def save_turn_rows(db: Database, model: type, changes: dict[int, Turn]) -> None:
    """Persist changed turns (keyed by row id) in one transaction."""
    with db.session() as session:
        for key, turn in changes.items():
            row: Any = session.get_one(model, key)
            row.skipped, row.turn_start, row.turn_end = turn.skipped, turn.start, turn.end
