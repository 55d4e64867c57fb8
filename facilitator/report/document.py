"""Putting the minutes together: page frame, running header, "Page N of M", bookmarks."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from facilitator import app_version
from facilitator.domain import formatting
from facilitator.domain.minutes import MinutesData
from facilitator.report.blocks import SectionHeading
from facilitator.report.fonts import REGULAR, SYMBOLS, register_fonts
from facilitator.report.labels import language, minutes_language, translate
from facilitator.report.paper import Paper
from facilitator.report.sections_decisions import decisions_section
from facilitator.report.sections_meeting import (
    agenda_section,
    good_news_section,
    heading_section,
    participants_section,
    vision_section,
)
from facilitator.report.sections_results import (
    closing_section,
    evaluations_section,
    groups_section,
    okr_section,
    summary_section,
)
from facilitator.report.sections_review import follow_up_section, review_section
from facilitator.report.sections_room import questions_section, top_lines_section
from facilitator.report.styles import MUTED, RULE, Styles
from facilitator.report.tagging import LanguageSpans, Structure, artifact, finish, structure_of
from facilitator.report.text import clean, text_runs

# The decisions lead (page 1); the details follow in the meeting's order.
SECTIONS = (
    heading_section,
    decisions_section,
    participants_section,
    agenda_section,
    good_news_section,
    vision_section,
    evaluations_section,
    review_section,
    groups_section,
    top_lines_section,
    closing_section,
    follow_up_section,
    okr_section,
    summary_section,
    questions_section,
)
MARGIN = 18 * mm


def numbered_canvas(header: str, document_title: str | None = None) -> type:
    """The canvas class for one document (ReportLab makes the canvas from its class)."""
    return type(
        "NumberedCanvas", (NumberedCanvas,), {"header": header, "document_title": document_title}
    )


class NumberedCanvas(canvas.Canvas):
    """A canvas that knows the page count when it saves, for "Page N of M"; the header
    names the company and quarter on the left, the kind of document on the right."""

    header = ""
    document_title: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # ReportLab starts every page in Helvetica, which would be named (not embedded)
        # on every page; start in the embedded text font instead.
        register_fonts()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._page_marks: list[tuple[str, dict[str, Any]]] = []
        self.structure = Structure()  # the tagged PDF's structure (tagging.py)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._page_marks = []  # the next page's own
        self.structure.page = len(self._pages)
        self._startPage()

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> Any:
        return LanguageSpans(self, x, y, direction=direction)  # names in other scripts

    def bookmarkPage(self, key: str, **where: Any) -> None:
        # The pages are written when the canvas saves (for "of M"): a destination made
        # now would point at the first page. It is made when its page is written.
        self._page_marks.append((key, where))

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            for key, where in self._page_marks:
                canvas.Canvas.bookmarkPage(self, key, **where)
            with artifact(self, "Pagination"):  # header, footer, page number
                self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - MARGIN + 6, width - MARGIN, height - MARGIN + 6)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self._draw_runs(MARGIN, height - MARGIN + 10, self.header, 8)
        self.setFont(REGULAR, 8)
        self.drawRightString(
            width - MARGIN,
            height - MARGIN + 10,
            self.document_title or translate("Minutes", "OKR meeting minutes"),
        )
        page_text = translate("Minutes", "Page {n} of {m}").format(n=self._pageNumber, m=total)
        self.drawRightString(width - MARGIN, MARGIN - 14, page_text)
        self.drawString(MARGIN, MARGIN - 14, f"Facilitator {app_version()}")
        self.restoreState()

    def _draw_runs(self, x: float, y: float, text: str, size: float) -> None:
        """Text in the text font, with emoji and symbols it lacks in the symbol font."""
        for symbols, run in text_runs(text):
            font = SYMBOLS if symbols else REGULAR
            self.setFont(font, size)
            self.drawString(x, y, run)
            x += pdfmetrics.stringWidth(run, font, size)


class FacilitatorDocument(BaseDocTemplate):
    """A4 or Letter pages with the running header, its metadata, one bookmark per section."""

    def __init__(
        self,
        filename: str,
        paper: Paper,
        title: str,
        author: str,
        subject: str,
        keywords: list[str],
    ) -> None:
        super().__init__(
            filename,
            pagesize=paper.size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6,
            bottomMargin=MARGIN,
            title=clean(title),
            author=clean(author),
            subject=clean(subject),
            creator=f"Facilitator {app_version()}",
            keywords=[clean(k) for k in keywords],
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._bookmarks = 0

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:
        """Build, then write the tagged PDF's structure (PDF/UA) into the file."""
        super().build(flowables, **kwargs)
        structure = structure_of(self.canv)
        if structure is not None:
            finish(Path(self.filename), structure, language(), self.title)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SectionHeading):
            key = f"section-{self._bookmarks}"
            self._bookmarks += 1
            # Opens at the heading itself (its top on the page), not at the page's top.
            top = self.frame._y + flowable.height + 4
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top, zoom=0)
            self.canv.addOutlineEntry(clean(flowable.bookmark_title), key, level=0)


class MinutesDocument(FacilitatorDocument):
    def __init__(self, filename: str, data: MinutesData, paper: Paper) -> None:
        super().__init__(
            filename,
            paper,
            title=translate("Minutes", "{company} {quarter} — OKR meeting minutes").format(
                company=data.company, quarter=data.quarter
            ),
            author=data.leader or data.company,
            subject=translate("Minutes", "Minutes of the quarterly OKR meeting, {date}").format(
                date=formatting.short_date(data.meeting_date, data.language)
            ),
            keywords=["OKR", data.company, data.quarter],
        )


def build_story(data: MinutesData, width: float) -> list[Flowable]:
    styles = Styles()
    story: list[Flowable] = []
    for section in SECTIONS:
        story += section(data, styles, width)  # an empty section adds nothing
    return story


def _build(filename: str, data: MinutesData, paper: Paper) -> None:
    document = MinutesDocument(filename, data, paper)
    header = clean(f"{data.company} · {data.quarter}", symbols=True)
    document.build(build_story(data, document.width), canvasmaker=numbered_canvas(header))


def write_minutes_pdf(data: MinutesData, path: Path, paper: Paper = Paper.A4) -> Path:
    """Write the minutes to `path` (atomically: a half-written file never replaces it)."""

    def build(temporary: str) -> None:
        with minutes_language(data.language):
            _build(temporary, data, paper)

    return write_atomically(Path(path), build)


def write_atomically(path: Path, build: Callable[[str], None]) -> Path:
    """Let `build` write a temporary file beside `path`, then put it in place."""
    handle, temporary = tempfile.mkstemp(suffix=path.suffix or ".pdf", dir=path.parent)
    os.close(handle)
    try:
        build(temporary)
        # mkstemp makes the file private (0600); documents are for sharing: the usual mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
