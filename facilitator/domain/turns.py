"""A queue of turns inside a block: good-news speakers, reporting entities, group presenters.

Turn times are kept in seconds of the block's own running time ("block time"), so pausing
the block pauses the speaker, and the state survives a restart with nothing counted.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Turn:
    key: int  # the stored row's id
    label: str
    skipped: bool = False
    start: float | None = None  # block time when the turn began
    end: float | None = None  # block time when it ended

    @property
    def done(self) -> bool:
        return self.end is not None


@dataclass(frozen=True)
class TurnView:
    current: Turn | None
    following: Turn | None
    remaining: float | None  # seconds left in the current turn; negative when over
    position: int  # 1-based among the turns that will be taken
    count: int


class TurnQueue:
    def __init__(self, turns: list[Turn], seconds_per_turn: float) -> None:
        self.turns = list(turns)
        self.seconds_per_turn = seconds_per_turn

    @staticmethod
    def share(total_seconds: float, speakers: int) -> int:
        """Each speaker's share of the time, in whole seconds (at least 30)."""
        return max(30, int(total_seconds // max(1, speakers)))

    def _active(self) -> list[int]:
        return [i for i, turn in enumerate(self.turns) if not turn.skipped]

    @property
    def current_index(self) -> int | None:
        """The turn being taken: started and not ended, else the first not yet taken."""
        for index in self._active():
            turn = self.turns[index]
            if turn.start is not None and turn.end is None:
                return index
        for index in self._active():
            if self.turns[index].start is None:
                return index
        return None

    @property
    def finished(self) -> bool:
        return self.current_index is None

    def is_last(self) -> bool:
        index = self.current_index
        return index is not None and self._following_index(index) is None

    def _following_index(self, index: int) -> int | None:
        for later in self._active():
            if later > index and self.turns[later].start is None:
                return later
        return None

    def _set(self, index: int, **changes: Any) -> dict[int, Turn]:
        self.turns[index] = replace(self.turns[index], **changes)
        return {self.turns[index].key: self.turns[index]}

    def begin(self, block_time: float) -> dict[int, Turn]:
        """Start the current turn if it has not started (the block just started)."""
        index = self.current_index
        if index is None or self.turns[index].start is not None:
            return {}
        return self._set(index, start=block_time)

    def advance(self, block_time: float) -> dict[int, Turn]:
        """End the current turn and start the next; returns the changed turns."""
        index = self.current_index
        if index is None:
            return {}
        changes: dict[int, Turn] = {}
        if self.turns[index].start is None:
            changes |= self._set(index, start=block_time)
        changes |= self._set(index, end=block_time)
        following = self._following_index(index)
        if following is not None:
            changes |= self._set(following, start=block_time)
        return changes

    def back(self) -> dict[int, Turn]:
        """Undo an advance: the current turn is not started, the one before runs on."""
        index = self.current_index
        taken = [i for i in self._active() if self.turns[i].end is not None]
        if not taken:
            return {}
        previous = taken[-1]
        changes = self._set(previous, end=None)
        if index is not None and index != previous:
            changes |= self._set(index, start=None)
        return changes

    def set_skipped(self, key: int, skipped: bool, block_time: float | None) -> dict[int, Turn]:
        """Skip (or bring back) a speaker; skipping the current one moves the turn on."""
        index = next(i for i, t in enumerate(self.turns) if t.key == key)
        was_current = index == self.current_index and self.turns[index].start is not None
        changes = self._set(
            index,
            skipped=skipped,
            start=None if skipped else self.turns[index].start,
            end=None if skipped else self.turns[index].end,
        )
        if skipped and was_current and block_time is not None:
            changes |= self.begin(block_time)
        return changes

    def reorder(self, keys: list[int]) -> None:
        """Put the turns in the given order (turns already taken keep their place first)."""
        by_key = {turn.key: turn for turn in self.turns}
        taken = [t for t in self.turns if t.start is not None]
        rest = [by_key[k] for k in keys if by_key[k].start is None]
        self.turns = taken + rest

    def shuffled_keys(self, seed: int | None = None) -> list[int]:
        waiting = [t.key for t in self.turns if t.start is None]
        random.Random(seed).shuffle(waiting)
        return waiting

    def view(self, block_time: float) -> TurnView:
        index = self.current_index
        active = self._active()
        if index is None:
            return TurnView(None, None, None, len(active), len(active))
        turn = self.turns[index]
        following = self._following_index(index)
        remaining = None
        if turn.start is not None:
            remaining = self.seconds_per_turn - (block_time - turn.start)
        return TurnView(
            turn,
            self.turns[following] if following is not None else None,
            remaining,
            active.index(index) + 1,
            len(active),
        )
