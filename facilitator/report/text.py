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

from facilitator.report.fonts import SYMBOLS, has_glyph, has_symbol_glyph

REPLACEMENT = "\ufffd"


def clean(text: str | None, symbols: bool = False) -> str:
    """Plain text with only printable characters the font has (and newlines); with
    `symbols`, also those only the symbol font has (for paragraphs, which switch fonts)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for character in text:
        if character in "\n\t":
            out.append(" " if character == "\t" else character)
        elif unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        elif has_glyph(character) or (symbols and has_symbol_glyph(character)):
            out.append(character)
        elif (
            unicodedata.category(character) == "Mn"
            or character in "\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"
        ):
            continue  # a mark the fonts lack: a variation selector or skin-tone modifier
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
    return str(get_display(line))


def para(text: str | None) -> str:
    """Markup for a Paragraph that shows `text` exactly as typed; emoji and symbols the
    text font lacks are set in the symbol font."""
    cleaned = clean(text, symbols=True).strip()
    special = {c for c in set(cleaned) if ord(c) >= 0x2000 and has_symbol_glyph(c)}
    if not special:  # the usual case: one escape of the whole text
        return escape(cleaned, {'"': "&quot;", "'": "&#39;"}).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []
    for character in cleaned:
        if character in special:
            run.append(character)
            continue
        if run:
            out.append(f'<font name="{SYMBOLS}">{"".join(run)}</font>')
            run = []
        out.append(_escape(character))
    if run:
        out.append(f'<font name="{SYMBOLS}">{"".join(run)}</font>')
    return "".join(out)


def text_runs(text: str) -> list[tuple[bool, str]]:
    """`text` cut into runs: (True, run) for what only the symbol font draws."""
    runs: list[tuple[bool, str]] = []
    for character in text:
        symbol = ord(character) >= 0x2000 and has_symbol_glyph(character)
        if runs and runs[-1][0] == symbol:
            runs[-1] = (symbol, runs[-1][1] + character)
        else:
            runs.append((symbol, character))
    return runs


def _escape(character: str) -> str:
    if character == "\n":
        return "<br/>"
    return escape(character, {'"': "&quot;", "'": "&#39;"})
