"""The Unicode TrueType fonts embedded in every PDF (shipped in resources/fonts): DejaVu
Sans for the text, Symbola for the emoji and symbols DejaVu lacks.

ReportLab 4–5 writes a subset's ToUnicode map with four hex digits per character, so a
character beyond U+FFFF (😀 is U+1F600) reads back from the PDF as garbage ("1F60");
`_to_unicode_cmap` writes such characters as UTF-16 surrogate pairs, as the PDF
specification asks. tests/report/test_pdf.py reads emoji back and would catch a change.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as ttfonts_module
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.locations import resources_dir

SYMBOLS = "FacilitatorSymbols"
REGULAR = "FacilitatorSans"
BOLD = "FacilitatorSans-Bold"
ITALIC = "FacilitatorSans-Oblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    SYMBOLS: "Symbola.ttf",
}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters past U+FFFF as UTF-16 (see above)."""
    code: str = ttfonts_module.makeToUnicodeCMap.__wrapped__(fontname, subset)
    for index, value in enumerate(subset):
        if value > 0xFFFF:
            utf16 = chr(value).encode("utf-16-be").hex().upper()
            code = code.replace(f"<{index:02X}> <{value:04X}>", f"<{index:02X}> <{utf16}>")
    return code


@cache
def register_fonts() -> None:
    """Register the family once per process, so <b> and <i> pick the right faces."""
    if not hasattr(ttfonts_module.makeToUnicodeCMap, "__wrapped__"):
        _to_unicode_cmap.__wrapped__ = ttfonts_module.makeToUnicodeCMap  # type: ignore[attr-defined]
        ttfonts_module.makeToUnicodeCMap = _to_unicode_cmap
    for name in (REGULAR, BOLD, ITALIC):
        _register(name)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)


@cache
def _register_symbols() -> None:
    """The symbol font (3 MB) is read only when a text holds a character DejaVu lacks;
    every use of SYMBOLS goes through `has_symbol_glyph` first."""
    register_fonts()
    _register(SYMBOLS)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SYMBOLS, bold, italic, SYMBOLS)


def _register(name: str) -> None:
    pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / _FILES[name])))


@cache
def _charmap(font: str = REGULAR) -> frozenset[int]:
    if font == SYMBOLS:
        _register_symbols()
    else:
        register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def has_glyph(character: str) -> bool:
    """DejaVu Sans draws it."""
    return ord(character) in _charmap(REGULAR)


def has_symbol_glyph(character: str) -> bool:
    """Only the symbol font draws it (most emoji)."""
    return ord(character) not in _charmap(REGULAR) and ord(character) in _charmap(SYMBOLS)
