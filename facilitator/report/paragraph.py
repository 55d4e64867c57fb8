"""ReportLab's Paragraph, laid out once per width, with right-to-left lines in order.

A table asks each cell paragraph for its size while measuring rows, again when it splits
across a page and again when it draws; ReportLab breaks the lines anew each time. The
lines depend only on the width (`Paragraph.wrap` ignores the available height), so the
result of the last width is kept. About a third of the minutes' layout time.

ReportLab sets text left to right only. Right-to-left text (Hebrew, Arabic) is kept in
logical order while the lines are broken and split across pages, and each line is put in
display order only when it is drawn: the Unicode bidi algorithm's rule for reordering
line by line (UAX #9, L1-L2), with the paragraph's base direction from its first strong
letter. Reordered before breaking, a wrapped title started with its last word.
"""

from __future__ import annotations

import copy
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import Paragraph as _ReportLabParagraph

from facilitator.report.tagging import structure_of
from facilitator.report.text import display_order, has_right_to_left, language_of_script

# The structure element of a paragraph by its style (tagging.py); others are P.
STYLE_TAGS = {"Title": "H1", "Section": "H2", "Heading": "H3"}


class Paragraph(_ReportLabParagraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # ReportLab drops blPara when it splits a cell; then the lines are broken anew.
        if availWidth == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if getattr(self, "width", None) == availWidth:  # laid out, not refused as too narrow
            self._wrapped_width = availWidth
        return size

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        """Drawn as a tagged element: a heading, a list item, or a paragraph."""
        structure = structure_of(canvas)
        if structure is None:
            super().drawOn(canvas, x, y, _sW)
            return
        if getattr(self, "bulletText", None):
            structure.open_list_item()
            try:
                with structure.content(canvas):
                    super().drawOn(canvas, x, y, _sW)
            finally:
                structure.close_list_item()
            return
        text = self.getPlainText()
        lang = language_of_script(text) if not text.isascii() else None
        with structure.element(canvas, STYLE_TAGS.get(self.style.name, "P"), lang=lang):
            super().drawOn(canvas, x, y, _sW)

    def drawPara(self, debug: int = 0) -> None:
        laid_out = self.__dict__.get("blPara")
        if laid_out is None:
            super().drawPara(debug)
            return
        drawn = laid_out
        if _has_rtl_lines(laid_out):
            drawn = _in_display_order(drawn)
        if (
            len(drawn.lines) > 1
            and self.style.alignment == TA_LEFT
            and structure_of(getattr(self, "canv", None)) is not None
        ):
            drawn = _with_spaces_at_line_ends(drawn)
        if drawn is laid_out:
            super().drawPara(debug)
            return
        self.blPara = drawn
        try:
            super().drawPara(debug)
        finally:
            self.blPara = laid_out


def _with_spaces_at_line_ends(laid_out: Any) -> Any:
    """A copy whose wrapped lines end in a space: the text (what a screen reader or a
    copy reads from the tags) keeps the word break the line break stood for ("Ingrid
    Solheim", not "IngridSolheim"). Invisible after left-aligned text."""
    ordered = copy.copy(laid_out)
    lines = []
    for line in laid_out.lines[:-1]:
        if laid_out.kind == 0:
            extra, words = line
            lines.append((extra, [*words[:-1], words[-1] + " "] if words else words))
        else:
            spaced = copy.copy(line)
            words = list(line.words)
            if words and hasattr(words[-1], "text") and not words[-1].text.endswith(" "):
                words[-1] = words[-1].clone(text=words[-1].text + " ")
            spaced.words = words
            lines.append(spaced)
    ordered.lines = [*lines, laid_out.lines[-1]]
    return ordered


def _line_text(line: Any, kind: int) -> str:
    if kind == 0:
        return " ".join(line[1])
    return "".join(getattr(word, "text", "") for word in line.words)


def _has_rtl_lines(laid_out: Any) -> bool:
    return any(has_right_to_left(_line_text(line, laid_out.kind)) for line in laid_out.lines)


def _in_display_order(laid_out: Any) -> Any:
    """A copy of the laid-out lines with each line in display order (the original, in
    logical order, is what a split hands on)."""
    from bidi import get_base_level

    whole = "".join(_line_text(line, laid_out.kind) for line in laid_out.lines)
    base_rtl = get_base_level(whole) == 1
    ordered = copy.copy(laid_out)
    lines = []
    for line in laid_out.lines:
        if not has_right_to_left(_line_text(line, laid_out.kind)):
            lines.append(line)
        elif laid_out.kind == 0:
            extra, words = line
            lines.append((extra, display_order(" ".join(words), base_rtl).split(" ")))
        else:
            lines.append(_frag_line_in_display_order(line, base_rtl))
    ordered.lines = lines
    return ordered


def _frag_line_in_display_order(line: Any, base_rtl: bool) -> Any:
    """A line of several styles (bold, the symbol font): each run reordered within
    itself, and the runs right to left in a right-to-left paragraph."""
    words = [
        word.clone(text=display_order(word.text, base_rtl))
        if has_right_to_left(getattr(word, "text", ""))
        else word
        for word in line.words
    ]
    if base_rtl:
        words.reverse()
    ordered = copy.copy(line)
    ordered.words = words
    return ordered
