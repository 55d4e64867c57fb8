"""The printed agenda, parsed back; and minutes never leave the app before the meeting."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from pypdf import PdfReader

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind
from facilitator.report.agenda_document import agenda_filename, write_agenda_pdf
from facilitator.store.agenda import set_break
from facilitator.store.preparation import load_plan


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ},
    )


def _text(path) -> tuple[str, PdfReader]:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_the_agenda_shows_times_order_and_preparation(tmp_path, db, meeting_id, planned):
    plan = load_plan(db, meeting_id)
    path = write_agenda_pdf(plan, tmp_path / agenda_filename(plan))
    assert path.name == "Fjordkraft Test AS 2026 Q4 OKR agenda.pdf"
    text, reader = _text(path)
    assert len(reader.pages) <= 2
    assert reader.metadata.title == "Fjordkraft Test AS 2026 Q4 — OKR meeting agenda"
    assert "minutes" not in text.lower() and "minutes" not in reader.metadata.title.lower()
    assert "09:00–09:10" in text and "1. Good news" in text and "6. Summary" in text
    order = [text.index(name) for name in ("Kari Nordmann", "Per Hansen", "Åse Ødegård")]
    assert order == sorted(order)  # the company first, then the departments by name
    assert "What to prepare" in text
    assert "One piece of good news related to our OKRs since last time" in text
    assert "Top leader: Kari Nordmann" in text
    assert "Drift — Per Hansen" in text and "Salg — Åse Ødegård" in text


def test_the_demo_agenda_in_norwegian_with_its_groups(tmp_path):
    database = tmp_path / "demo.sqlite3"
    assert _cli("demo", "--db", str(database)).returncode == 0
    out = tmp_path / "agenda.pdf"
    result = _cli("export", "--db", str(database), "--agenda", str(out))
    assert result.returncode == 0, result.stderr
    text, reader = _text(out)
    assert reader.metadata.title == "Nordlys Energi AS 2026 Q4 — dagsorden for OKR-møtet"
    assert "Gode nyheter" in text and "Hva du forbereder" in text
    assert "Gruppe 1" in text  # the demo's groups are already assigned


def test_exporting_before_the_meeting_gives_the_agenda(tmp_path, db_path, db, meeting_id, planned):
    db.close()
    out = tmp_path / "early.pdf"
    result = _cli("export", "--db", str(db_path), "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert "agenda" in result.stdout
    text, reader = _text(out)
    assert reader.metadata.title == "Fjordkraft Test AS 2026 Q4 — OKR meeting agenda"
    assert "minutes" not in text.lower()
    draft = _cli(
        "export", "--db", str(db_path), "--pdf", str(out), "--eml", str(tmp_path / "m.eml")
    )
    assert draft.returncode == 1 and "facilitator invite" in draft.stderr
    assert not (tmp_path / "m.eml").exists()


def _fonts_not_embedded(path) -> set[str]:
    missing = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            described = font
            if "/DescendantFonts" in font:
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            files = ("/FontFile", "/FontFile2", "/FontFile3")
            if descriptor is None or not any(k in descriptor.get_object() for k in files):
                missing.add(str(font["/BaseFont"]))
    return missing


def test_every_font_is_embedded_in_the_agenda_and_the_minutes(tmp_path):
    """ReportLab names Helvetica (never embedded) for bullets, tables, charts and the
    start of each page unless told otherwise."""
    database = tmp_path / "demo.sqlite3"
    assert _cli("demo", "--db", str(database)).returncode == 0
    agenda, minutes = tmp_path / "agenda.pdf", tmp_path / "minutes.pdf"
    result = _cli("export", "--db", str(database), "--agenda", str(agenda), "--pdf", str(minutes))
    assert result.returncode == 0, result.stderr
    assert _fonts_not_embedded(agenda) == set()
    assert _fonts_not_embedded(minutes) == set()


def test_a_planned_lunch_is_on_the_agenda_and_moves_the_blocks_after_it(
    tmp_path, db, meeting_id, planned
):
    before = load_plan(db, meeting_id)
    set_break(db, meeting_id, BlockKind.OKR_REPORTING, BreakKind.LUNCH, 40)
    plan = load_plan(db, meeting_id)
    assert plan.end == before.end + timedelta(minutes=40)
    lunch = plan.slots[2]
    assert (lunch.kind, lunch.break_kind, lunch.minutes) == (
        BlockKind.OKR_REPORTING,
        BreakKind.LUNCH,
        40,
    )
    assert lunch.start == plan.slots[1].end and plan.slots[3].start == lunch.end
    text, _ = _text(write_agenda_pdf(plan, tmp_path / "agenda.pdf"))
    lunch_line = f"{lunch.start:%H:%M}–{lunch.end:%H:%M}"
    assert lunch_line in text and "Lunch" in text
    assert text.index("2. OKR reporting") < text.index("Lunch") < text.index("3. Successes")


def _bookmarks_land_on_their_headings(path) -> list[tuple[str, int]]:
    """Each bookmark's page (as pypdf, a reader we did not write, resolves its /Dest), and
    whether its heading is printed on that page."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    found = []
    for entry in reader.outline:
        page = reader.get_destination_page_number(entry)
        text = " ".join(reader.pages[page].extract_text().split())
        assert entry.title in text, (path.name, entry.title, page + 1)
        found.append((entry.title, page + 1))
    return found


def test_every_bookmark_opens_the_page_of_its_heading(tmp_path):
    """The pages are written when the canvas saves ("Page N of M"): every bookmark made
    before then pointed at page 1."""
    database = tmp_path / "demo.sqlite3"
    assert _cli("demo", "--db", str(database)).returncode == 0
    agenda, minutes, folder = tmp_path / "agenda.pdf", tmp_path / "minutes.pdf", tmp_path / "d"
    folder.mkdir()
    result = _cli("export", "--db", str(database), "--agenda", str(agenda), "--pdf", str(minutes))
    assert result.returncode == 0, result.stderr
    assert _cli("export", "--db", str(database), "--departments", str(folder)).returncode == 0
    marks = _bookmarks_land_on_their_headings(minutes)
    assert len(marks) >= 10 and marks[-1][1] > 3  # the summary is far from page 1
    assert [page for _title, page in marks] == sorted(page for _title, page in marks)
    agenda_marks = _bookmarks_land_on_their_headings(agenda)
    assert agenda_marks and max(page for _t, page in agenda_marks) > 1
    for department in sorted(folder.glob("*.pdf")):
        assert _bookmarks_land_on_their_headings(department)
