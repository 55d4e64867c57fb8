"""The room's own scores (the room link) in the minutes, beside each reporter's score."""

from __future__ import annotations

from datetime import UTC, datetime

from pypdf import PdfReader

from facilitator.domain.evaluation import report_poll
from facilitator.report.document import Paper, write_minutes_pdf
from facilitator.store import evaluations, room
from facilitator.store.demo import create_demo_meeting
from facilitator.store.evaluations import evaluation_items
from facilitator.store.minutes import load_minutes


def test_the_minutes_give_the_rooms_median_beside_the_reporters_score(db, tmp_path):
    meeting_id = create_demo_meeting(db)
    service = next(
        e for e in evaluation_items(db, meeting_id) if e.department_name == "Kundeservice"
    )
    for voter, score in (("phone-aaaa-1", 8), ("phone-aaaa-2", 9)):
        room.give_score(db, meeting_id, report_poll(service.id), voter, score)
    data = load_minutes(db, meeting_id)
    by_entity = {e.entity: e.room for e in data.evaluations}
    assert by_entity[None] == {5: 1, 6: 4, 7: 4, 8: 1, 9: 1}  # the demo's company report
    assert by_entity["Kundeservice"] == {8: 1, 9: 1}
    assert by_entity["Salg og marked"] == {}  # not scored by the room: a dash
    pdf = tmp_path / "minutes.pdf"
    write_minutes_pdf(data, pdf, Paper.A4)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Rommets egne poeng" in text  # the demo meeting is held in Norwegian
    assert "median 7 (n = 11)" in text and "median 8,5 (n = 2)" in text
    # Beside the score the report gave itself: the gap in words (Kundeservice gave 9).
    assert "median 8,5 (n = 2) · Rommet ser det 0,5 lavere" in text
    # A score given after the room's scores were revealed is marked as such.
    room.set_revealed(db, service.id, datetime(2026, 12, 17, 9, 40, tzinfo=UTC))
    evaluations.set_score(db, service.id, "8")
    write_minutes_pdf(load_minutes(db, meeting_id), pdf, Paper.A4)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "8 (etter å ha sett rommets)" in text and "Rommet er enig" in text
