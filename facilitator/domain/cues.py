"""The leader's cue to the speaker: "Wrap up", "1 minute" or a line the leader types,
shown on the room's screen (a banner that leaves the digits alone) and on the view-only
screens and phones, without a word said aloud. A cue clears by itself after
`CUE_SECONDS`, or when the leader sends the same cue again (the same key takes it back).

Plain Python: the window sends and clears cues and reads the one to show at each second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from facilitator.domain.plain_text import plain_line

CUE_SECONDS = 30  # long enough to be seen from the front of the room, short enough to go
MAX_CUE_CHARACTERS = 80  # one line on the room's screen at its banner's size


class CueKind(StrEnum):
    WRAP_UP = "wrap-up"
    ONE_MINUTE = "one-minute"
    MESSAGE = "message"  # a line the leader typed


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    sent_at: datetime
    text: str = ""  # the typed line (MESSAGE only), one line of plain text

    def expired(self, now: datetime) -> bool:
        return now - self.sent_at >= timedelta(seconds=CUE_SECONDS)

    def seconds_left(self, now: datetime) -> int:
        left = CUE_SECONDS - (now - self.sent_at).total_seconds()
        return max(0, int(left + 0.999))


class CueRefusedError(ValueError):
    """A typed cue with nothing to show."""


def one_line(text: str) -> str:
    """The leader's typing as one line of plain text (`plain_line`), cut at
    MAX_CUE_CHARACTERS with an ellipsis."""
    line = plain_line(text)
    if len(line) > MAX_CUE_CHARACTERS:
        line = line[: MAX_CUE_CHARACTERS - 1].rstrip() + "…"
    return line


class CueBoard:
    """The cue on show, if any."""

    def __init__(self) -> None:
        self._cue: Cue | None = None

    def send(self, kind: CueKind, now: datetime, text: str = "") -> Cue | None:
        """Show a cue; the same cue again while it shows takes it back (None). A typed
        line with nothing in it raises CueRefusedError."""
        if kind is CueKind.MESSAGE:
            text = one_line(text)
            if not text:
                raise CueRefusedError(text)
        else:
            text = ""
        shown = self.current(now)
        if shown is not None and (shown.kind, shown.text) == (kind, text):
            self._cue = None
            return None
        self._cue = Cue(kind, now, text)
        return self._cue

    def clear(self) -> bool:
        """Take the cue back; True if one was on show."""
        had = self._cue is not None
        self._cue = None
        return had

    def current(self, now: datetime) -> Cue | None:
        """The cue to show at `now` (an expired one is gone)."""
        if self._cue is not None and self._cue.expired(now):
            self._cue = None
        return self._cue
