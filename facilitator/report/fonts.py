"""The Unicode TrueType font embedded in every PDF (DejaVu Sans, shipped in resources/fonts)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.locations import resources_dir

REGULAR = "FacilitatorSans"
BOLD = "FacilitatorSans-Bold"
ITALIC = "FacilitatorSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}


@cache
def register_fonts() -> None:
    """Register the family once per process, so <b> and <i> pick the right faces."""
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)


@cache
def _charmap() -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    return frozenset(face.charToGlyph)


def has_glyph(character: str) -> bool:
    return ord(character) in _charmap()
