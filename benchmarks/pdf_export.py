"""`facilitator export` as a leader runs it (a whole process, imports included), beside a
fair floor: a plain ReportLab script, also a whole process, that sets every word of the
app's own PDF (read back with pypdf) as plain paragraphs in the same embedded font. Run
alternately at several company sizes, so the figure shows the ratio and how the export
grows with the amount of text.

Goals (issue "fast at every size"): at most 1.5 s and at most 2x the floor at 200 people,
linear in the amount of text up to 1000.

usage: .venv/bin/python benchmarks/pdf_export.py [SIZES...]   (default: 50 200 1000)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, compile_package, goal, verdict
from pypdf import PdfReader

RUNS = 3

FLOOR = """
import sys
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape
words_file, font_file, out = sys.argv[1:4]
pdfmetrics.registerFont(TTFont("Floor", font_file))
style = ParagraphStyle("floor", fontName="Floor", fontSize=9, leading=11)
lines = open(words_file, encoding="utf-8").read().split("\\n")
story = [Paragraph(escape(line), style) for line in lines if line.strip()]
SimpleDocTemplate(out).build(story)
"""


def _run(args: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def measure(size: int, folder: Path) -> tuple[float, float, int]:
    database = folder / f"demo-{size}.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "facilitator", "demo", "--people", str(size), "--db", str(database)],
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
    )
    pdf = folder / f"minutes-{size}.pdf"
    export = [sys.executable, "-m", "facilitator", "export", "--db", str(database)]
    export += ["--pdf", str(pdf)]
    _run(export)  # warm-up, and the PDF whose words the floor sets
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    words = len(text.split())
    words_file = folder / f"words-{size}.txt"
    words_file.write_text(text, encoding="utf-8")
    font = REPO / "resources" / "fonts" / "DejaVuSans.ttf"
    floor = [sys.executable, "-c", FLOOR, str(words_file), str(font), str(folder / "floor.pdf")]
    _run(floor)
    apps, floors = [], []
    for _ in range(RUNS):
        apps.append(_run(export))
        floors.append(_run(floor))
    app, base = statistics.median(apps), statistics.median(floors)
    print(
        f"{size:>5} people: {len(reader.pages):>4} pages, {words:>7,} words; "
        f"export {app:7.0f} ms, floor {base:7.0f} ms, ratio {app / base:.2f}"
    )
    if size == 200:
        goal("export of 200 people at most 1.5 s", app <= 1500)
        goal("export of 200 people at most 2x the floor", app <= 2 * base)
    return app, base, words


def main() -> int:
    compile_package()
    folder = Path(tempfile.mkdtemp(prefix="pdf-export-"))
    sizes = [int(a) for a in sys.argv[1:]] or [50, 200, 1000]
    results = [measure(size, folder) for size in sizes]
    if len(results) > 1:
        (a1, _, w1), (a2, _, w2) = results[0], results[-1]
        print(
            f"ms per 1000 words between the smallest and largest: {(a2 - a1) / (w2 - w1) * 1000:.0f}"
        )
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
