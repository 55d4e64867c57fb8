"""Paragraph and table styles of the minutes."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from facilitator.domain.grades import GRADE_TINTS
from facilitator.report.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1b2a38")
ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#5b6b7b")
RULE = colors.HexColor("#c9d4de")
HEADER_FILL = colors.HexColor("#e8eef4")
GOOD = colors.HexColor("#2e8b57")
AMBER = colors.HexColor("#d99a00")
BAD = colors.HexColor("#c0392b")


class Styles:
    def __init__(self) -> None:
        register_fonts()
        base = dict(
            fontName=REGULAR,
            bulletFontName=REGULAR,  # ReportLab's default is Helvetica, named but not embedded
            textColor=INK,
            alignment=TA_LEFT,
            splitLongWords=1,
        )
        self.title = ParagraphStyle(
            "Title", fontSize=22, leading=27, spaceAfter=4, **{**base, "fontName": BOLD}
        )
        self.subtitle = ParagraphStyle(
            "Subtitle", fontSize=11.5, leading=15, spaceAfter=10, **{**base, "textColor": MUTED}
        )
        self.section = ParagraphStyle(
            "Section",
            fontSize=15,
            leading=19,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
            **{**base, "fontName": BOLD, "textColor": ACCENT},
        )
        self.heading = ParagraphStyle(
            "Heading",
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
            **{**base, "fontName": BOLD},
        )
        self._text_styles(base)

    def _text_styles(self, base: dict[str, Any]) -> None:
        """Body text, table cells, bullets and quotes."""
        self.body = ParagraphStyle("Body", fontSize=10, leading=13.5, spaceAfter=4, **base)
        self.small = ParagraphStyle(
            "Small", fontSize=8.5, leading=11, **{**base, "textColor": MUTED}
        )
        self.cell = ParagraphStyle("Cell", fontSize=9, leading=11.5, **base)
        self.cell_bold = ParagraphStyle(
            "CellBold", fontSize=9, leading=11.5, **{**base, "fontName": BOLD}
        )
        self.bullet = ParagraphStyle(
            "Bullet", fontSize=10, leading=13.5, leftIndent=12, bulletIndent=2, spaceAfter=2, **base
        )
        self.sub_bullet = ParagraphStyle(
            "SubBullet",
            fontSize=9.5,
            leading=12.5,
            leftIndent=26,
            bulletIndent=16,
            spaceAfter=2,
            **{**base, "textColor": MUTED},
        )
        self.quote = ParagraphStyle(
            "Quote",
            fontSize=11,
            leading=15,
            leftIndent=10,
            spaceAfter=6,
            borderPadding=(4, 6, 4, 8),
            backColor=colors.HexColor("#f3f6f9"),
            **base,
        )


def table_style(header: bool = True) -> TableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ]
    return TableStyle(commands)


# Grade cells' tints (domain/grades.py: the same as the review table's).
GRADE_FILLS = {band.value: colors.HexColor(tint) for band, tint in GRADE_TINTS.items()}


def score_colour(score: int | None) -> colors.Color:
    """Bands: 7–10 green, 4–6 amber, 1–3 red."""
    if score is None:
        return MUTED
    return GOOD if score >= 7 else AMBER if score >= 4 else BAD
