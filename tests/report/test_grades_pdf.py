"""Last quarter's OKR grades in the minutes: each key result's grade with its band's word,
each objective's mean, and each report's grade beside the score it gave itself."""

from __future__ import annotations

from dataclasses import replace

from pypdf import PdfReader

from facilitator.domain.grades import GradeBands
from facilitator.report.document import Paper, write_minutes_pdf
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import load_minutes


def _text(pdf) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)


def test_the_review_grades_each_key_result_and_objective_in_the_meetings_words(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    pdf = write_minutes_pdf(data, tmp_path / "minutes.pdf", Paper.A4)
    text = _text(pdf)
    # The demo is held in Norwegian: "Grade" is "Karakter", the bands' words too.
    assert "Karakter" in text and "Karakter forrige kvartal" in text
    # "Signerte borettslag": 0 → 5, 1 achieved: 0.2, red; "Nettselskaper integrert" 2 of 3.
    assert "0,2 · bommet" in text and "0,7 · levert" in text
    assert "Flere borettslag — Droppet — karakter 0,2 · bommet" in text
    # Sales scored itself and its quarter is graded beside it (one objective, 0.2).
    sales = next(e for e in data.evaluations if e.entity == "Salg og marked")
    assert data.review_grade("Salg og marked").text == "0.2" and sales.score is not None


def test_a_company_that_shows_no_grades_gets_none_and_may_move_the_bands(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    plain = write_minutes_pdf(replace(data, grade_bands=None), tmp_path / "plain.pdf")
    shown = _text(plain)
    assert "Karakter forrige kvartal" not in shown and "— karakter" not in shown
    assert "· levert" not in shown and "· bommet" not in shown
    strict = replace(data, grade_bands=GradeBands(progress_from=0.5, delivered_from=0.8))
    text = _text(write_minutes_pdf(strict, tmp_path / "strict.pdf"))
    assert "0,7 · framgang" in text  # delivered only from 0.8 here
