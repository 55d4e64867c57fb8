"""The bundled fonts, registered with Qt so the projected digits and symbols look the same
on every laptop (a system font may lack a glyph and draw a box)."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFontDatabase

from facilitator.locations import resources_dir

log = logging.getLogger(__name__)

COUNTDOWN_FAMILY = "DejaVu Sans"


@cache
def load_bundled_fonts() -> tuple[str, ...]:
    """Register the fonts in resources/fonts once; returns the families found."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))
