"""Turning anything a user typed into safe paragraph markup for ReportLab.

`<`, `>`, `&` and quotes print literally; control characters are dropped; line breaks are
kept; characters the embedded font cannot draw (most emoji) become U+FFFD rather than an
empty box or a failed export. ReportLab sets text left to right only, so a line holding
right-to-left script (Hebrew, Arabic) is put in display order first by the Unicode bidi
algorithm (python-bidi), Arabic letters joined to their contextual forms beforehand
(arabic-reshaper).
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from facilitator.report.fonts import has_glyph

REPLACEMENT = "\ufffd"


def clean(text: str | None) -> str:
    """Plain text with only printable characters the font has (and newlines)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for character in text:
        if character in "\n\t":
            out.append(" " if character == "\t" else character)
        elif unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        elif has_glyph(character):
            out.append(character)
        elif unicodedata.category(character) == "Mn":
            continue  # a combining mark the font lacks (e.g. an emoji modifier)
        else:
            out.append(REPLACEMENT)
    return "\n".join(_display_order(line) for line in "".join(out).split("\n"))


def _display_order(line: str) -> str:
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in line):
        return line  # the usual case: nothing to reorder
    from arabic_reshaper import reshape
    from bidi import get_display

    if any(unicodedata.bidirectional(c) == "AL" for c in line):
        line = reshape(line)
    return get_display(line)


def para(text: str | None) -> str:
    """Markup for a Paragraph that shows `text` exactly as typed."""
    escaped = escape(clean(text), {'"': "&quot;", "'": "&#39;"})
    return escaped.strip().replace("\n", "<br/>")
