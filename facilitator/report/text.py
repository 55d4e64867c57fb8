"""Turning anything a user typed into safe paragraph markup for ReportLab.

`<`, `>`, `&` and quotes print literally; control characters are dropped; line breaks are
kept; characters the embedded font cannot draw (most emoji) become U+FFFD rather than an
empty box or a failed export. ReportLab sets text left to right only, so a line holding
right-to-left script (Hebrew, Arabic) is put in display order first by the Unicode bidi
algorithm (python-bidi), Arabic letters joined to their contextual forms beforehand
(arabic-reshaper).
"""

from __future__ import annotations

import functools
import unicodedata

from facilitator.report.fonts import SYMBOLS, has_glyph, has_symbol_glyph

REPLACEMENT = "\ufffd"
# Paragraph markup escapes; a table rather than xml.sax.saxutils, whose import pulls in
# urllib and http.client (about 25 ms of every export).
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})
SKIN_TONES = "\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"


def clean(text: str | None, symbols: bool = False, display: bool = True) -> str:
    """Plain text with only printable characters the font has (and newlines); with
    `symbols`, also those only the symbol font has (for paragraphs, which switch fonts).

    Right-to-left lines are put in display order (`display`) for text drawn as one line;
    text that is broken into lines later (a paragraph, a chart label) stays in logical
    order, joined Arabic letters and all, and each line is reordered once it is broken
    (`display_order`): the bidi algorithm's rule, so a wrapped line never starts with the
    paragraph's last word."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    kept = {character: _kept(character, symbols) for character in set(text)}
    if all(kept[character] == character for character in kept):
        cleaned = text  # the usual case: nothing to drop or replace
    else:
        cleaned = "".join([kept[character] for character in text])
    if not any(_right_to_left(character) for character in kept):
        return cleaned
    arrange = display_order if display else _shaped
    return "\n".join(arrange(line) for line in cleaned.split("\n"))


@functools.lru_cache(maxsize=4096)
def _kept(character: str, symbols: bool) -> str:
    """What `character` becomes in the PDF: itself, nothing, a space or U+FFFD.

    Decided once per distinct character: a long export holds few distinct characters."""
    if character == "\n":
        return character
    if character == "\t":
        return " "
    if unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co", "Cn"):
        return ""
    if has_glyph(character) or (symbols and has_symbol_glyph(character)):
        return character
    if unicodedata.category(character) == "Mn" or character in SKIN_TONES:
        return ""  # a mark the fonts lack: a variation selector or skin-tone modifier
    return REPLACEMENT


@functools.lru_cache(maxsize=4096)
def _right_to_left(character: str) -> bool:
    return unicodedata.bidirectional(character) in ("R", "AL")


def has_right_to_left(text: str) -> bool:
    return any(_right_to_left(c) for c in text)


def _shaped(line: str) -> str:
    """Arabic letters in their joined (contextual) forms, still in logical order."""
    if any(unicodedata.bidirectional(c) == "AL" for c in line):
        from arabic_reshaper import reshape

        return str(reshape(line))
    return line


def display_order(line: str, base_rtl: bool | None = None) -> str:
    """One line as it is drawn left to right: joined, then reordered (Unicode bidi). A
    line already shaped is left as shaped (shaping is idempotent)."""
    if not has_right_to_left(line):
        return line  # nothing to reorder on this line
    from bidi import get_display

    line = _shaped(line)
    if base_rtl is None:
        return str(get_display(line))
    return str(get_display(line, base_dir="R" if base_rtl else "L"))


def para(text: str | None) -> str:
    """Markup for a Paragraph that shows `text` exactly as typed; emoji and symbols the
    text font lacks are set in the symbol font."""
    cleaned = clean(text, symbols=True, display=False).strip()  # lines ordered when drawn
    special = {c for c in set(cleaned) if ord(c) >= 0x2000 and has_symbol_glyph(c)}
    if not special:  # the usual case: one escape of the whole text
        return cleaned.translate(_MARKUP).replace("\n", "<br/>")
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
    return character.translate(_MARKUP)


# Scripts that tell their language (when every letter of a text is in one of them), for
# a tagged element's /Lang: a screen reader then reads a name or quote in its own voice.
_SCRIPT_LANGUAGES = (
    ("HEBREW", "he"),
    ("ARABIC", "ar"),
    ("HANGUL", "ko"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("CJK", "zh"),
    ("GREEK", "el"),
    ("THAI", "th"),
)


def _letter_language(character: str) -> str | None:
    name = unicodedata.name(character, "")
    return next((lang for script, lang in _SCRIPT_LANGUAGES if name.startswith(script)), None)


def language_runs(text: str) -> list[tuple[str | None, str]]:
    """`text` cut where the script changes: (language, run) for runs of a telling script
    (a Hebrew name inside a Norwegian sentence), (None, run) for the rest. Spaces and
    punctuation between two words of one script stay in that run."""
    runs: list[tuple[str | None, str]] = []
    pending = ""  # neither letters nor digits: goes with what follows if it is the same
    for character in text:
        if unicodedata.category(character)[0] not in "LN":
            pending += character
            continue
        language = _letter_language(character) if character.isalpha() else None
        if runs and runs[-1][0] == language:
            runs[-1] = (language, runs[-1][1] + pending + character)
        elif runs and runs[-1][0] is not None and language is None:
            runs.append((None, pending + character))  # the gap goes with the plain text
        else:
            if pending:
                if runs:
                    runs[-1] = (runs[-1][0], runs[-1][1] + pending)
                else:
                    runs.append((None, pending))
            runs.append((language, character))
        pending = ""
    if pending:
        if runs:
            runs[-1] = (runs[-1][0], runs[-1][1] + pending)
        else:
            runs.append((None, pending))
    return runs


def language_of_script(text: str) -> str | None:
    """The language a text is in when all its letters are of one telling script (a
    Hebrew name, an Arabic company name), else None: Latin letters say nothing more
    than the document's own language does."""
    found: set[str] = set()
    for character in text:
        if not unicodedata.category(character).startswith("L"):
            continue
        name = unicodedata.name(character, "")
        language = next(
            (lang for script, lang in _SCRIPT_LANGUAGES if name.startswith(script)), None
        )
        if language is None:
            return None  # a Latin (or other) letter: not wholly in another script
        found.add(language)
    if found == {"zh", "ja"}:
        return "ja"  # kanji with kana is Japanese
    return found.pop() if len(found) == 1 else None
