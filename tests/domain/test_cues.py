"""The leader's cue to the speaker: sent, taken back with the same key, cleared by itself,
and a typed line kept to one line of plain text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.domain.cues import (
    CUE_SECONDS,
    MAX_CUE_CHARACTERS,
    CueBoard,
    CueKind,
    CueRefusedError,
    one_line,
)

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def test_a_cue_shows_until_it_clears_by_itself():
    board = CueBoard()
    cue = board.send(CueKind.WRAP_UP, NOW)
    assert cue is not None and board.current(NOW) == cue
    assert cue.seconds_left(NOW + timedelta(seconds=10)) == CUE_SECONDS - 10
    assert board.current(NOW + timedelta(seconds=CUE_SECONDS - 1)) == cue
    assert board.current(NOW + timedelta(seconds=CUE_SECONDS)) is None
    assert board.current(NOW) is None  # gone, not back when the clock is read again


def test_the_same_cue_again_takes_it_back_and_another_replaces_it():
    board = CueBoard()
    board.send(CueKind.WRAP_UP, NOW)
    assert board.send(CueKind.WRAP_UP, NOW + timedelta(seconds=3)) is None
    assert board.current(NOW + timedelta(seconds=3)) is None
    board.send(CueKind.WRAP_UP, NOW)
    later = NOW + timedelta(seconds=5)
    replaced = board.send(CueKind.ONE_MINUTE, later)
    assert replaced is not None and replaced.kind is CueKind.ONE_MINUTE
    assert replaced.sent_at == later  # its own time to show
    # After a cue cleared by itself, the same key shows it again (not "takes it back").
    expired = later + timedelta(seconds=CUE_SECONDS)
    assert board.send(CueKind.ONE_MINUTE, expired) is not None
    assert board.clear() and not board.clear()


def test_a_typed_line_is_one_line_of_plain_text():
    board = CueBoard()
    cue = board.send(CueKind.MESSAGE, NOW, "  Questions\nafter\tthe break  ")
    assert cue is not None and cue.text == "Questions after the break"
    assert board.send(CueKind.MESSAGE, NOW, "Questions after the break") is None  # same: off
    assert one_line("<b>Hei</b> & 👍🏽 ‮evil") == "<b>Hei</b> & 👍🏽 evil"  # as typed, no override
    assert one_line("👩‍💻 ok") == "👩‍💻 ok"  # a joined emoji stays joined
    long = one_line("ord " * 60)
    assert len(long) == MAX_CUE_CHARACTERS and long.endswith("…")
    for empty in ("", "   ", "\n\t", "\u202e"):
        with pytest.raises(CueRefusedError):
            board.send(CueKind.MESSAGE, NOW, empty)
