"""The id of the meeting a panel works on, where it must be open."""

from __future__ import annotations


def loaded(meeting_id: int | None) -> int:
    """`meeting_id`, which a panel's actions only use after `set_meeting`; a call before
    one is a programming error, said plainly."""
    if meeting_id is None:
        raise RuntimeError("no meeting is open in this panel")
    return meeting_id
