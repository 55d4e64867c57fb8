"""Tagged PDF (PDF/UA-1, ISO 14289-1): the structure a screen reader walks.

ReportLab does not tag. Two halves, one place each:

- While the pages are drawn, `Structure` (kept by the canvas) wraps what each flowable
  draws in marked content (`/P <</MCID 3>> BDC … EMC`) and records the element it belongs
  to: headings H1/H2, paragraphs P, list items in an L, tables with TR/TH/TD, charts as a
  Figure with its alternative text. Running headers, footers and page numbers, table
  rules and backgrounds are marked as artifacts, outside the structure.
- When the file is written, `finish` (pikepdf) adds the structure tree, its parent tree,
  /MarkInfo, the document's /Lang, DisplayDocTitle and XMP metadata with pdfuaid:part=1.

The flowables call `structure_of(canvas)`: a canvas without one (a flowable measured or
drawn elsewhere) draws untagged, as before.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.textobject import PDFTextObject

from facilitator.report.text import language_runs

LANGUAGES = {"nb": "nb-NO", "en": "en-GB"}


@dataclass
class Element:
    tag: str
    parent: Element | None
    kids: list[Element | tuple[int, int]] = field(default_factory=list)  # (page, MCID)
    alt: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    lang: str | None = None  # when it differs from the document's (a Hebrew name)


class Structure:
    """The document's structure as the pages are drawn (page numbers from 0)."""

    def __init__(self) -> None:
        self.root = Element("Document", None)
        self._open: list[Element] = [self.root]
        self._mcids: dict[int, int] = {}  # page -> next MCID
        self.marked: dict[tuple[int, int], Element] = {}  # (page, MCID) -> its element
        self.page = 0
        self._plain_cell: Any = None  # the open marked content of a table cell of text

    @property
    def current(self) -> Element:
        return self._open[-1]

    def open(self, tag: str, alt: str | None = None, **attributes: str) -> Element:
        element = Element(tag, self.current, alt=alt, attributes=dict(attributes))
        self.current.kids.append(element)
        self._open.append(element)
        return element

    def close(self) -> None:
        if len(self._open) > 1:
            self._open.pop()

    def open_list_item(self) -> None:
        """An LI in the list just before it, or in a new L."""
        last = self.current.kids[-1] if self.current.kids else None
        if isinstance(last, Element) and last.tag == "L":
            self._open.append(last)
        else:
            self.open("L")
        self.open("LI")
        self.open("LBody")

    def close_list_item(self) -> None:
        for _ in range(3):
            self.close()

    @contextmanager
    def content(self, canvas: Any) -> Iterator[None]:
        """What is drawn inside belongs to the open element (a marked-content sequence)."""
        page = self.page
        mcid = self._mcids.get(page, 0)
        self._mcids[page] = mcid + 1
        self.current.kids.append((page, mcid))
        self.marked[(page, mcid)] = self.current
        canvas._code.append(f"/{self.current.tag} <</MCID {mcid}>> BDC")
        try:
            yield
        finally:
            canvas._code.append("EMC")

    @contextmanager
    def element(
        self, canvas: Any, tag: str, alt: str | None = None, lang: str | None = None
    ) -> Iterator[None]:
        self.open(tag, alt).lang = lang
        try:
            with self.content(canvas):
                yield
        finally:
            self.close()


@contextmanager
def artifact(canvas: Any, kind: str = "Layout") -> Iterator[None]:
    """Drawn for the eye only (a rule, a background, the running header): outside the
    structure, and skipped by screen readers."""
    if structure_of(canvas) is None:
        yield
        return
    canvas._code.append(f"/Artifact <</Type /{kind}>> BDC")
    try:
        yield
    finally:
        canvas._code.append("EMC")


def structure_of(canvas: Any) -> Structure | None:
    return getattr(canvas, "structure", None)


def tag_table(table: Any, event: str, *args: Any) -> None:
    """ReportLab's table render callback (`Table(renderCB=...)`): the table as Table, TR,
    TH (the header rows, scope column) and TD; its background and rules as artifacts."""
    canvas = table.canv
    structure = structure_of(canvas)
    if structure is None:
        return
    if event == "startTable":
        structure.open("Table")
    elif event in ("startBG", "startLines"):
        canvas._code.append("/Artifact <</Type /Layout>> BDC")
    elif event in ("endBG", "endLines"):
        canvas._code.append("EMC")
    elif event == "startRow":
        structure.open("TR")
    elif event == "startCell":
        row, _column, value = args[0], args[1], args[2]
        repeated = getattr(table, "repeatRows", 0)  # the header, repeated on each page
        header_rows = repeated if isinstance(repeated, int) else len(repeated)
        if row < header_rows:
            structure.open("TH", O="Table", Scope="Column")
        else:
            structure.open("TD")
        plain = not isinstance(value, list | tuple) and not hasattr(value, "drawOn")
        table._tagged_plain_cell = plain
        if plain:  # text ReportLab draws itself: marked here (a paragraph marks its own)
            structure._plain_cell = structure.content(canvas)
            structure._plain_cell.__enter__()
    elif event == "endCell":
        if getattr(table, "_tagged_plain_cell", False):
            structure._plain_cell.__exit__(None, None, None)
        structure.close()
    elif event in ("endRow", "endTable"):
        structure.close()


def figure(drawing: Any, alt: str) -> Any:
    """`drawing` (a chart) as a Figure with its alternative text: what it shows, in words
    and numbers, for whoever cannot see it."""
    # A Drawing checks the attributes set on it; the text goes in its dictionary.
    drawing.__dict__["_figure_alt"] = alt
    return drawing


class FigureDrawing(Drawing):
    """A chart's drawing, drawn as a Figure when it has alternative text (`figure`)."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        structure = structure_of(canvas)
        alt = self.__dict__.get("_figure_alt")
        if structure is None or alt is None:
            super().drawOn(canvas, x, y, _sW)
            return
        with structure.element(canvas, "Figure", alt=alt):
            super().drawOn(canvas, x, y, _sW)


class LanguageSpans(PDFTextObject):
    """A text object that marks a run in another script (a Hebrew name in a Norwegian
    sentence) as a Span with its /Lang, so a screen reader switches voice for it."""

    def _textOut(self, text: str, TStar: int = 0) -> None:  # noqa: N803 (ReportLab's)
        if text.isascii():
            super()._textOut(text, TStar)
            return
        runs = language_runs(text)
        if all(language is None for language, _run in runs):
            super()._textOut(text, TStar)
            return
        for language, run in runs:
            if language is None:
                self._code.append(self._formatText(run))
                continue
            self._code.append(f"/Span <</Lang ({language})>> BDC")
            self._code.append(self._formatText(run))
            self._code.append("EMC")
        if TStar:
            self._code.append("T*")


# -- writing the structure into the file (pikepdf) -------------------------------------------


def finish(path: Path, structure: Structure, language: str, title: str) -> None:
    """Add the structure tree and the PDF/UA entries to the file ReportLab wrote."""
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        tree = _TreeWriter(pdf)
        root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
        root.K = pikepdf.Array([tree.build(structure.root, root)])
        root.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=tree.parent_tree()))
        root.ParentTreeNextKey = len(tree.pages)
        pdf.Root.StructTreeRoot = root
        _declare_tagged(pdf, language, title)
        pdf.save(path)


class _TreeWriter:
    """The structure elements as PDF objects, and for each page which element each of its
    marked-content ids belongs to (the parent tree a reader walks back from the page)."""

    def __init__(self, pdf: Any) -> None:
        import pikepdf

        self._pikepdf = pikepdf
        self._pdf = pdf
        self.pages = list(pdf.pages)
        self._marks: dict[int, list[Any]] = {}
        self._names: dict[str, Any] = {}

    def _name(self, text: str) -> Any:
        if text not in self._names:
            self._names[text] = self._pikepdf.Name("/" + text)
        return self._names[text]

    def build(self, element: Element, parent: Any) -> Any:
        pikepdf, pages = self._pikepdf, self.pages
        made = self._pdf.make_indirect(
            pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=self._name(element.tag), P=parent)
        )
        if element.alt:
            made.Alt = pikepdf.String(element.alt)
        if element.lang:
            made.Lang = pikepdf.String(element.lang)
        if element.attributes:
            made.A = pikepdf.Dictionary(
                {"/" + key: self._name(value) for key, value in element.attributes.items()}
            )
        on_pages = {page for page, _mcid in (k for k in element.kids if not isinstance(k, Element))}
        # Marked content on one page: MCIDs as plain numbers, the page once (/Pg).
        single = len(on_pages) == 1 and next(iter(on_pages)) < len(pages)
        if single:
            made.Pg = pages[next(iter(on_pages))].obj
        kids = []
        for kid in element.kids:
            if isinstance(kid, Element):
                kids.append(self.build(kid, made))
                continue
            page, mcid = kid
            if page >= len(pages):
                continue
            if single:
                kids.append(mcid)
            else:
                kids.append(
                    pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=pages[page].obj, MCID=mcid)
                )
            page_marks = self._marks.setdefault(page, [])
            page_marks.extend([None] * (mcid + 1 - len(page_marks)))
            page_marks[mcid] = made
        made.K = kids[0] if len(kids) == 1 and single else pikepdf.Array(kids)
        return made

    def parent_tree(self) -> Any:
        """The parent tree's number tree: each page's marks, the page pointing to it."""
        pikepdf = self._pikepdf
        numbers = pikepdf.Array()
        for page_number, page in enumerate(self.pages):
            page.obj.StructParents = page_number
            page.obj.Tabs = pikepdf.Name.S
            marks = self._marks.get(page_number, [])
            numbers.append(page_number)
            numbers.append(
                self._pdf.make_indirect(
                    pikepdf.Array([m if m is not None else pikepdf.Null() for m in marks])
                )
            )
        return numbers


def _declare_tagged(pdf: Any, language: str, title: str) -> None:
    """The catalog's and the XMP's word that the file is tagged, in which language, with
    which title shown (PDF/UA-1)."""
    import pikepdf

    pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
    pdf.Root.Lang = pikepdf.String(LANGUAGES.get(language, language))
    viewer = pdf.Root.get("/ViewerPreferences", pikepdf.Dictionary())
    viewer.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = viewer
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        # The same title, author, subject and keywords as the document information,
        # which pikepdf would otherwise rewrite from the (empty) XMP.
        with warnings.catch_warnings():  # /Trapped has no XMP equivalent: kept as is
            warnings.simplefilter("ignore", UserWarning)
            meta.load_from_docinfo(pdf.docinfo)
        meta["dc:title"] = title
        meta["dc:language"] = [LANGUAGES.get(language, language)]
        meta["pdfuaid:part"] = "1"
