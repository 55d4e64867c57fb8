"""PDF export of a large meeting, beside ReportLab setting the same text plainly.

50 participants in 10 departments, 12 groups, 50 objectives with 200 key results and 400
notes, stored in a real SQLite file; the export reads it through the store and writes the
PDF. The baseline sets the same strings as plain paragraphs in the same font.
"""

import random
import statistics
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

from _common import REPO  # noqa: F401  (sets up the path)

from facilitator.domain.meeting_details import MeetingDetails
from facilitator.report.document import write_minutes_pdf
from facilitator.report.fonts import REGULAR, register_fonts
from facilitator.store import meetings
from facilitator.store.database import open_database
from facilitator.store.minutes import load_minutes
from facilitator.store.models import (
    BreakoutGroup,
    Department,
    DimensionNote,
    GoodNewsItem,
    GroupMember,
    GroupNote,
    KeyResult,
    Objective,
    Participant,
    Reflection,
    SelfEvaluation,
)

WORDS = [
    "kunde",
    "salg",
    "energi",
    "anlegg",
    "lærte",
    "bedre",
    "øke",
    "møte",
    "team",
    "mål",
    "resultat",
    "kvartal",
    "plan",
    "svartid",
    "app",
    "levering",
    "opplæring",
    "vekst",
    "samarbeid",
]


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_large_meeting(db) -> tuple[int, list[str]]:
    rng = random.Random(7)
    texts: list[str] = []

    def say(n: int = 14) -> str:
        text = sentence(rng, n)
        texts.append(text)
        return text

    meeting_id = meetings.create_meeting(
        db,
        MeetingDetails.from_input(
            "Stor Bedrift ASA", "2026 Q4", date(2026, 12, 10), clock(9), "Oslo", "Leder Ledersen"
        ),
    )
    with db.session() as session:
        departments = [
            Department(meeting_id=meeting_id, name=f"Avdeling {i + 1}") for i in range(10)
        ]
        session.add_all(departments)
        people = [
            Participant(
                meeting_id=meeting_id,
                name=f"Deltaker {i + 1} Ødegård",
                email=f"d{i}@firma.no",
                department=departments[i % 10],
                position=i,
            )
            for i in range(50)
        ]
        session.add_all(people)
        session.flush()
        notes = 0
        for i, person in enumerate(people):  # 50 good-news notes
            session.add(
                GoodNewsItem(
                    meeting_id=meeting_id,
                    participant=person,
                    position=i,
                    good_news=say(),
                    challenges="",
                )
            )
            notes += 1
        for i, department in enumerate([None, *departments]):  # 11 x 3 dims x 2 = 66
            evaluation = SelfEvaluation(
                meeting_id=meeting_id,
                department=department,
                reporter=people[i],
                score=rng.randint(1, 10),
                position=i,
            )
            evaluation.notes = [
                DimensionNote(dimension=d, good=say(), better=say())
                for d in ("execution", "leadership", "competence")
            ]
            session.add(evaluation)
            notes += 6
        for g in range(12):  # 12 groups, 10 notes each = 120
            group = BreakoutGroup(
                meeting_id=meeting_id,
                block_kind="successes_learnings",
                name=f"Gruppe {g + 1}",
                position=g,
                scribe=people[g],
                presenter=people[g + 12],
            )
            group.members = [GroupMember(participant=people[(g * 4 + k) % 50]) for k in range(4)]
            group.notes = [
                GroupNote(kind="success" if k % 2 else "learning", text=say(6), position=k)
                for k in range(10)
            ]
            session.add(group)
            notes += 10
        while notes < 400:
            session.add(Reflection(meeting_id=meeting_id, position=notes, text=say()))
            notes += 1
        company = []
        for o in range(50):
            department = None if o < 5 else departments[o % 10]
            objective = Objective(
                meeting_id=meeting_id,
                department=department,
                statement=say(8),
                owner=people[o],
                position=o,
            )
            objective.key_results = [
                KeyResult(
                    statement=say(7), start_value=k, target_value=k * 10 + 5, unit="%", position=k
                )
                for k in range(4)
            ]
            if department is not None and company and o % 3:
                objective.aligned_key_result = company[o % 5].key_results[o % 4]
            session.add(objective)
            if department is None:
                company.append(objective)
    return meeting_id, texts


def plain_baseline(texts: list[str], path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    register_fonts()
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=10, leading=13)
    SimpleDocTemplate(str(path)).build([Paragraph(text, style) for text in texts])


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "large.sqlite3")
    meeting_id, texts = make_large_meeting(db)
    export_times, plain_times, pages = [], [], 0
    for _ in range(5):
        start = time.perf_counter()
        data = load_minutes(db, meeting_id)
        pdf = write_minutes_pdf(data, folder / "large.pdf")
        export_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        plain_baseline(texts, folder / "plain.pdf")
        plain_times.append(time.perf_counter() - start)
    from pypdf import PdfReader

    pages = len(PdfReader(pdf).pages)
    keep = Path(tempfile.gettempdir()) / "facilitator-large-minutes.pdf"
    keep.write_bytes(pdf.read_bytes())
    print(
        f"large meeting ({len(texts)} texts): minutes export median "
        f"{statistics.median(export_times):.2f} s ({pages} pages, "
        f"{pdf.stat().st_size // 1024} KiB); ReportLab plain text of the same strings median "
        f"{statistics.median(plain_times):.2f} s (5 runs each); the PDF is kept as {keep}"
    )
    db.close()


if __name__ == "__main__":
    main()
