"""One cleaner for everything typed or sent as one line: the leader's cue and what the
phones send (room_rules.one_line uses it)."""

from facilitator.domain.plain_text import plain_line
from facilitator.web.room_rules import one_line


def test_one_line_of_plain_text_keeps_joined_emoji_and_drops_direction_overrides():
    assert plain_line("Ny\tkunde\r\nnord\x00!") == "Ny kunde nord !"
    assert plain_line("👩‍💻 og 👍🏽") == "👩‍💻 og 👍🏽"  # the joiner holds the emoji together
    assert plain_line("\u202eevil\u202c ok") == "evil ok"  # nothing turns the line around
    assert one_line("Vi vant 👩‍💻\nanbudet", 200) == "Vi vant 👩‍💻 anbudet"  # a phone's message
    assert one_line("x" * 201, 200) is None and one_line(7, 200) is None
