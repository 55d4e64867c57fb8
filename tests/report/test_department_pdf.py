"""One short PDF per department for its leader to pass on, parsed back."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

from pypdf import PdfReader

from facilitator.report.department_document import (
    department_data,
    departments_of,
    write_department_pdfs,
)
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import load_minutes


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_each_department_gets_its_own_share_of_the_minutes(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    data.language = "en"
    assert departments_of(data) == ["Kundeservice", "Produkt og utvikling", "Salg og marked"]
    share = department_data(data, "Kundeservice")
    assert [e.entity for e in share.evaluations] == ["Kundeservice"]
    assert {o.department for o in share.objectives} == {None, "Kundeservice"}
    assert {o.department for o in share.review} == {"Kundeservice"}

    paths = write_department_pdfs(data, tmp_path)
    assert [p.name for p in paths] == [
        "Nordlys Energi AS 2026 Q4 Kundeservice OKR results.pdf",
        "Nordlys Energi AS 2026 Q4 Produkt og utvikling OKR results.pdf",
        "Nordlys Energi AS 2026 Q4 Salg og marked OKR results.pdf",
    ]
    reader = PdfReader(paths[0])
    # Short, to pass on: the text on two pages, and two groups with their sheets a page.
    assert len(reader.pages) <= 2 + (len(share.groups) + 1) // 2
    assert reader.metadata.title == (
        "Nordlys Energi AS 2026 Q4 — Kundeservice: results of the OKR meeting"
    )
    text = _text(paths[0])
    for expected in [
        "Nordlys Energi AS — Kundeservice",
        "Department leader: Tove Ålvik",
        "Tove Ålvik, Eirik Næss, Line Ødven, Sigrid Brænne",
        "Self-evaluation of the quarter",
        "Chat-kø på kveldstid.",  # its own "could be better"
        "Last quarter's OKRs (2026 Q3): the review",
        "Kortere svartid — Achieved",
        "New OKRs for 2027 Q1",
        "Bli Vestlandets mest anbefalte solenergileverandør",  # the company's, for context
        "Department: Kundeservice",
        "Svar før kunden rekker å bli bekymret",
    ]:
        assert expected in text, expected
    for other in ("Stor avtale med Bergen", "Vinne borettslagene"):
        assert other not in text, other  # nothing of the other departments' own


def test_a_departments_pdf_carries_the_groups_its_people_were_in_with_their_photos(db, tmp_path):
    meeting_id = create_demo_meeting(db)
    data = load_minutes(db, meeting_id)
    data.language = "en"
    kundeservice = {p.name for p in data.participants if p.department == "Kundeservice"}
    first = data.groups[0]
    # Gruppe 1 without its Kundeservice member: it is no longer that department's.
    data.groups[0] = replace(
        first, members=tuple(m for m in first.members if m not in kundeservice)
    )
    share = department_data(data, "Kundeservice")
    assert [g.name for g in share.groups] == ["Gruppe 2", "Gruppe 3", "Gruppe 4"]
    [path] = [p for p in write_department_pdfs(data, tmp_path) if "Kundeservice" in p.name]
    text = _text(path)
    assert "Breakout groups" in text and "Gruppe 2" in text and "Gruppe 1" not in text
    images = [image for page in PdfReader(path).pages for image in page.images]
    assert len(images) == 3  # each group's flip chart
    assert all(min(image.image.size) >= 1000 for image in images)  # legible when zoomed
    structure = PdfReader(path).trailer["/Root"]["/StructTreeRoot"]
    alts = _figure_alts(structure)
    assert "Photo 1 of 1 of the flip chart of Gruppe 2" in alts


def _figure_alts(node) -> list[str]:
    """The alternative texts of every Figure in a structure tree."""
    node = node.get_object()
    found = []
    if node.get("/S") == "/Figure" and "/Alt" in node:
        found.append(str(node["/Alt"]))
    kids = node.get("/K", [])
    for kid in kids if isinstance(kids, list) else [kids]:
        if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
            found += _figure_alts(kid)
    return found


def test_the_export_command_writes_them_into_a_folder(db, db_path, tmp_path):
    create_demo_meeting(db)
    db.close()
    folder = tmp_path / "avdelinger"
    folder.mkdir()
    command = [sys.executable, "-m", "facilitator", "export", "--db", str(db_path)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [*command, "--departments", str(folder)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "Nordlys Energi AS 2026 Q4 Kundeservice OKR-resultater.pdf",
        "Nordlys Energi AS 2026 Q4 Produkt og utvikling OKR-resultater.pdf",
        "Nordlys Energi AS 2026 Q4 Salg og marked OKR-resultater.pdf",
    ]  # the demo meeting is held in Norwegian
    assert "Avdelingsleder: Åse Ødegård" in _text(folder / names[2])
    missing = subprocess.run(
        [*command, "--departments", str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert missing.returncode != 0 and "does not exist" in missing.stderr
