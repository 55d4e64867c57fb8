"""The charts' labels: whole names in lines that fit, never cut, in embedded fonts."""

from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.pdfbase.pdfmetrics import stringWidth

from facilitator.domain import minutes as m
from facilitator.domain.agenda import BlockKind
from facilitator.report.charts import agenda_chart, scores_chart
from facilitator.report.fonts import REGULAR, register_fonts

NAMES = [
    "Produkt og utvikling",
    "Forskning, utvikling og innovasjon",
    "Salg og marked",
    "Kundeservice og drift i Nord-Norge",
    "Økonomi",
    "HR",
]


def test_long_department_names_wrap_instead_of_being_cut(tmp_path):
    register_fonts()
    evaluations = [m.Evaluation(name, None, 5 + i % 5, {}) for i, name in enumerate(NAMES)]
    drawing = scores_chart(evaluations, 480)
    chart = drawing.contents[0]
    labels = chart.categoryAxis.categoryNames
    assert [" ".join(label.split()) for label in labels] == NAMES
    assert not any("…" in label for label in labels)
    slot = chart.width / len(NAMES)
    for label in labels:
        assert all(stringWidth(line, REGULAR, 8) <= slot for line in label.splitlines())
    assert chart.y >= 10 + 10 * max(len(label.splitlines()) for label in labels)
    path = tmp_path / "scores.pdf"
    renderPDF.drawToFile(drawing, str(path))
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Forskning, utvikling og innovasjon" in text


def test_the_agenda_chart_names_every_block_in_full_in_norwegian(tmp_path):
    from facilitator.report.labels import minutes_language

    register_fonts()
    rows = [m.AgendaRow(kind, 20, None, None, 22) for kind in BlockKind]
    with minutes_language("nb"):
        drawing = agenda_chart(rows, 480)
    names = drawing.contents[0].categoryAxis.categoryNames
    assert "4. Avslutning og oppstart" in names and not any("…" in n for n in names)
