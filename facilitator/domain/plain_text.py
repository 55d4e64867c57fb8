"""One line of plain text from what someone typed or sent (a phone's message, a scribe's
note, the leader's cue): line breaks, tabs and other control characters become spaces,
formatting characters (a bidi override that would turn the line around) are dropped — all
but the zero-width joiner, which holds an emoji such as 👩‍💻 together — and runs of
spaces become one."""

from __future__ import annotations

import unicodedata

JOINER = "\u200d"


def plain_line(text: str) -> str:
    kept = []
    for character in text:
        category = unicodedata.category(character)
        if category == "Cf" and character != JOINER:
            continue
        kept.append(" " if category.startswith("C") and character != JOINER else character)
    return " ".join("".join(kept).split())
