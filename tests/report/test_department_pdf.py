"""One short PDF per department for its leader to pass on, parsed back."""

from __future__ import annotations

import os
import subprocess
import sys

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
    assert len(reader.pages) <= 3  # short, to pass on
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
    for other in ("Salg og marked", "Stor avtale med Bergen", "Vinne borettslagene", "Gruppe 1"):
        assert other not in text, other  # nothing of the other departments or the groups


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
