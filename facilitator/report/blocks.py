"""Small flowable builders shared by the sections."""

from __future__ import annotations

from datetime import date, datetime, time

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from facilitator.domain import formatting
from facilitator.report.labels import language
from facilitator.report.paragraph import Paragraph
from facilitator.report.styles import Styles, table_style
from facilitator.report.tagging import tag_table
from facilitator.report.text import para


def number(value: float | None) -> str:
    """A number in the minutes' language, every digit kept."""
    return formatting.number(value, language())


def percent(share: float | None) -> str:
    return formatting.percent(share, language())


def short_date(day: date) -> str:
    return formatting.short_date(day, language())


def clock(moment: datetime | time | None) -> str:
    """A stored instant (UTC) or a time of day, as the local 24-hour clock."""
    if moment is None:
        return "–"
    if hasattr(moment, "astimezone") and getattr(moment, "tzinfo", None) is not None:
        moment = moment.astimezone()
    return formatting.clock(moment, language())


class SectionHeading(Paragraph):
    """A section title that becomes a PDF bookmark (see MinutesDocument.afterFlowable)."""

    def __init__(self, title: str, styles: Styles) -> None:
        super().__init__(para(title), styles.section)
        self.bookmark_title = title


def heading(title: str, styles: Styles) -> Paragraph:
    return Paragraph(para(title), styles.heading)


def paragraph(text: str, styles: Styles, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(para(text), style or styles.body)


def labelled(label: str, text: str, styles: Styles) -> Paragraph:
    return Paragraph(f"<b>{para(label)}</b> {para(text)}", styles.body)


def bullets(
    items: list[str], styles: Styles, style: ParagraphStyle | None = None
) -> list[Flowable]:
    return [Paragraph(para(item), style or styles.bullet, bulletText="•") for item in items if item]


def table(header: list[str], rows: list[list[str]], widths: list[float], styles: Styles) -> Table:
    """A table whose cells wrap; every cell is escaped user text."""
    data = [[Paragraph(para(h), styles.cell_bold) for h in header]]
    data += [[Paragraph(para(cell), styles.cell) for cell in row] for row in rows]
    # splitInRow: a cell taller than a page (a 10,000-character note) splits, not fails.
    result = Table(
        data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1, renderCB=tag_table
    )
    result.setStyle(table_style())
    return result
