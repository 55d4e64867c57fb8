"""The minutes, the agenda and the department files are tagged PDF (PDF/UA-1): read back
with pikepdf walking the raw objects (the structure tree, the parent tree, the content
streams' marked content), not with the code that wrote them."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pikepdf
import pytest
from pypdf import PdfReader

from facilitator.report.document import write_minutes_pdf
from facilitator.store.minutes import load_minutes

PAINTING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh"}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The demo's minutes (Norwegian and English), agenda and department files."""
    folder = tmp_path_factory.mktemp("tagged")
    database = folder / "demo.sqlite3"
    run = [sys.executable, "-m", "facilitator"]
    assert subprocess.run([*run, "demo", "--db", str(database)], timeout=120).returncode == 0
    (folder / "departments").mkdir()
    exported = subprocess.run(
        [*run, "export", "--db", str(database), "--pdf", str(folder / "minutes.pdf"),
         "--agenda", str(folder / "agenda.pdf"), "--departments", str(folder / "departments")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    from facilitator.store.database import open_database

    db = open_database(database)
    data = load_minutes(db, 1)
    db.close()
    data.language = "en"
    english = write_minutes_pdf(data, folder / "minutes-en.pdf")
    departments = sorted((folder / "departments").glob("*.pdf"))
    return {
        "minutes": folder / "minutes.pdf",
        "english": english,
        "agenda": folder / "agenda.pdf",
        "department": departments[0],
    }


def _elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element, in the tree's order (depth first)."""
    found = []

    def walk(node):
        if isinstance(node, pikepdf.Array):
            for kid in node:
                walk(kid)
        elif isinstance(node, pikepdf.Dictionary) and node.get("/Type") == "/StructElem":
            found.append(node)
            walk(node.get("/K", pikepdf.Array()))

    walk(pdf.Root.StructTreeRoot.K)
    return found


def _pages_of(element, pdf) -> list[int]:
    """The pages an element's own marked content is on: its /Pg (MCIDs given as numbers)
    or each marked-content reference's."""
    numbers = {page.objgen: n for n, page in enumerate(pdf.pages)}
    if "/Pg" in element:
        return [numbers[element.Pg.objgen]]
    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
    return [
        numbers[kid.Pg.objgen]
        for kid in kids
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR"
    ]


@pytest.mark.parametrize("name", ["minutes", "english", "agenda", "department"])
def test_the_file_is_tagged_with_its_language_title_and_pdf_ua_identification(files, name):
    with pikepdf.open(files[name]) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        language = "en-GB" if name == "english" else "nb-NO"
        assert str(pdf.Root.Lang) == language
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == str(pdf.docinfo.Title)
        assert all(page.obj.Tabs == "/S" for page in pdf.pages)
        root = pdf.Root.StructTreeRoot
        assert [str(kid.S) for kid in root.K] == ["/Document"]


@pytest.mark.parametrize("name", ["minutes", "english", "agenda", "department"])
def test_everything_drawn_is_tagged_or_an_artifact_and_page_numbers_are_artifacts(files, name):
    with pikepdf.open(files[name]) as pdf:
        for number, page in enumerate(pdf.pages):
            depth, artifact_depth, footer_in_artifact = 0, None, False
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    depth += 1
                    if str(operands[0]) == "/Artifact" and artifact_depth is None:
                        artifact_depth = depth
                elif op == "EMC":
                    if artifact_depth == depth:
                        artifact_depth = None
                    depth -= 1
                elif op in PAINTING:
                    assert depth > 0, f"page {number + 1}: {op} outside any marked content"
                    if op == "Tj" and artifact_depth is not None:
                        text = bytes(operands[0])
                        footer_in_artifact |= f"{number + 1}".encode() in text
            assert depth == 0
            # The page number ("Side 3 av 9") is drawn inside an artifact.
            assert footer_in_artifact, f"page {number + 1}"
        # Every marked sequence's MCID is in the page's entry of the parent tree.
        nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
        tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        for number, page in enumerate(pdf.pages):
            assert int(page.obj.StructParents) == number
            mcids = [
                int(operands[1].MCID)
                for operands, operator in pikepdf.parse_content_stream(page)
                if str(operator) == "BDC"
                and isinstance(operands[1], pikepdf.Dictionary)
                and "/MCID" in operands[1]
            ]
            assert sorted(mcids) == list(range(len(tree[number])))


def test_headings_tables_lists_and_charts_are_in_the_structure(files):
    with pikepdf.open(files["english"]) as pdf:
        elements = _elements(pdf)
        tags = [str(e.S) for e in elements]
        # One H2 per section, on the page its bookmark opens, in page order.
        sections = [e for e in elements if e.S == "/H2"]
        reader = PdfReader(files["english"])
        bookmark_pages = [reader.get_destination_page_number(o) for o in reader.outline]
        assert [_pages_of(e, pdf)[0] for e in sections] == bookmark_pages
        assert tags.count("/H1") == 1 and tags.index("/H1") < tags.index("/H2")
        # Heading levels never skip one going down (H1, then H2, then H3).
        levels = [int(t[2]) for t in tags if t in ("/H1", "/H2", "/H3")]
        assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
        tables = [e for e in elements if e.S == "/Table"]
        assert tables
        for table in tables:
            rows = [kid for kid in table.K if isinstance(kid, pikepdf.Dictionary)]
            assert rows and all(row.S == "/TR" for row in rows)
            first = [cell for cell in rows[0].K if isinstance(cell, pikepdf.Dictionary)]
            if first[0].S == "/TH":
                assert all(cell.A.Scope == "/Column" for cell in first)
        assert any(
            cell.S == "/TH" for table in tables for cell in table.K[0].K
        )  # tables with a header row have TH cells
        figures = [e for e in elements if e.S == "/Figure"]
        assert len(figures) == 6  # two charts, and the four groups' flip-chart photos
        alts = [str(f.Alt) for f in figures]
        assert alts[0].startswith("Chart of the agenda's minutes. 1. Good news: planned")
        assert alts[1].startswith("Chart of the self-evaluation scores (1–10).")
        assert any(ch.isdigit() for ch in alts[1])
        assert alts[2:] == [f"Photo 1 of 1 of the flip chart of Gruppe {n}" for n in range(1, 5)]
        lists = [e for e in elements if e.S == "/L"]
        assert lists and all(
            kid.S == "/LI" for lst in lists for kid in lst.K if isinstance(kid, pikepdf.Dictionary)
        )


def test_a_name_in_another_script_has_its_own_language(tmp_path):
    """A screen reader reads a Hebrew or Arabic name in its own voice when its element
    says its language (the document is in Norwegian or English)."""
    from dataclasses import replace
    from datetime import date, time

    from facilitator.domain import minutes as m

    hebrew, arabic = "מרים כהן", "سلام عليكم"
    data = m.MinutesData("Nordlys AS", "2026 Q4", date(2026, 12, 1), time(9), "", arabic)
    data = replace(data, participants=[m.Person(hebrew, None, None, True)])
    with pikepdf.open(write_minutes_pdf(data, tmp_path / "names.pdf")) as pdf:
        languages = {str(e.Lang) for e in _elements(pdf) if "/Lang" in e}
        assert str(pdf.Root.Lang) == "en-GB"
    # The Hebrew name alone in its cell is an element in Hebrew; the leader's line mixes
    # English words and an Arabic name: the name is a Span in Arabic inside it.
    assert languages == {"he"}
    spans = []
    with pikepdf.open(tmp_path / "names.pdf") as pdf:
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "BDC" and str(operands[0]) == "/Span":
                    spans.append(str(operands[1].Lang))
    assert "ar" in spans


def test_a_wrapped_line_keeps_its_word_break_in_the_tagged_text(files):
    """A line break in a paragraph stands for a space: the text a screen reader gets
    from the tags reads "Ingrid Solheim", not "IngridSolheim"."""
    with pikepdf.open(files["minutes"]) as pdf:
        sequences = []
        for page in pdf.pages:
            texts: list[bytes] | None = None
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                    texts = []
                elif op == "EMC" and texts is not None:
                    sequences.append(b"".join(texts))
                    texts = None
                elif op == "Tj" and texts is not None:
                    texts.append(bytes(operands[0]))
    joined = b"\n".join(sequences)
    assert b"(Ingrid Solheim)" in joined  # wrapped before "Solheim" in the OKR table
    assert b"IngridSolheim" not in joined


def test_runs_of_another_script_are_cut_at_the_words():
    from facilitator.report.text import language_runs

    assert language_runs("Møteleder: سلام عليكم (leder)") == [
        (None, "Møteleder: "),
        ("ar", "سلام عليكم"),
        (None, " (leder)"),
    ]
    assert language_runs("Takk til מרים כהן!") == [(None, "Takk til "), ("he", "מרים כהן!")]
    assert language_runs("Kari Nordmann") == [(None, "Kari Nordmann")]
