"""Self-evaluations: one per entity, scores validated, notes, order, history."""

from datetime import date, time

import pytest

from facilitator.domain.evaluation import Dimension
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.validation import Field, ValidationError
from facilitator.store import evaluations, meetings
from facilitator.store.participants import add_participant, list_departments, set_manager


@pytest.fixture
def staffed(db, meeting_id):
    kari = add_participant(db, meeting_id, "Kari Nordmann")  # the meeting leader
    ola = add_participant(db, meeting_id, "Ola", department="Salg")
    add_participant(db, meeting_id, "Per", department="Drift")
    salg = next(d for d in list_departments(db, meeting_id) if d.name == "Salg")
    set_manager(db, salg.id, ola)
    return kari, ola


def test_one_per_entity_company_first_with_suggested_reporters(db, meeting_id, staffed):
    kari, ola = staffed
    evaluations.ensure_evaluations(db, meeting_id)
    evaluations.ensure_evaluations(db, meeting_id)  # idempotent
    rows = evaluations.list_evaluations(db, meeting_id)
    assert [(e.department.name if e.department else None) for e in rows] == [None, "Drift", "Salg"]
    assert rows[0].reporter_id == kari and rows[2].reporter_id == ola


def test_scores_and_notes(db, meeting_id, staffed):
    evaluations.ensure_evaluations(db, meeting_id)
    company = evaluations.list_evaluations(db, meeting_id)[0]
    assert evaluations.set_score(db, company.id, " 7 ") == 7
    with pytest.raises(ValidationError) as caught:
        evaluations.set_score(db, company.id, "7.5")
    assert caught.value.field is Field.SCORE
    evaluations.set_note(db, company.id, Dimension.COMPETENCE, "better", "Energilagring")
    evaluations.set_note(db, company.id, Dimension.COMPETENCE, "good", "Montering")
    [row] = [e for e in evaluations.list_evaluations(db, meeting_id) if e.id == company.id]
    assert row.score == 7
    assert [(n.dimension, n.good, n.better) for n in row.notes] == [
        ("competence", "Montering", "Energilagring")
    ]


def test_reporting_queue_shares_the_block(db, meeting_id, staffed):
    evaluations.ensure_evaluations(db, meeting_id)
    queue = evaluations.load_queue(db, meeting_id, "Fjordkraft Test AS")
    assert [t.label for t in queue.turns] == ["Fjordkraft Test AS", "Drift", "Salg"]
    assert queue.seconds_per_turn == 60 * 60 // 4  # 60 min: vision part + 3 reports
    evaluations.save_turns(db, queue.begin(0.0))
    evaluations.set_reporting_seconds(db, meeting_id, 600)
    again = evaluations.load_queue(db, meeting_id, "Fjordkraft Test AS")
    assert again.seconds_per_turn == 600 and again.turns[0].start == 0.0


def test_last_quarter_and_history(db, meeting_id, staffed):
    evaluations.ensure_evaluations(db, meeting_id)
    first = evaluations.list_evaluations(db, meeting_id)
    evaluations.set_score(db, first[0].id, 6)
    evaluations.set_note(db, first[0].id, Dimension.EXECUTION, "better", "Følge opp ukentlig")
    evaluations.set_score(db, first[2].id, 8)
    later = meetings.create_meeting(
        db, MeetingDetails.from_input("Fjordkraft Test AS", "2027 Q1", date(2027, 3, 3), time(9))
    )
    add_participant(db, later, "Ola", department="Salg")
    evaluations.ensure_evaluations(db, later)
    rows = evaluations.list_evaluations(db, later)
    evaluations.set_score(db, rows[0].id, 8)
    earlier = evaluations.earlier_reports(db, later)
    assert earlier[None].score == 6 and earlier[None].quarter == "2026 Q4"
    assert earlier[None].better == {"execution": "Følge opp ukentlig"}
    assert earlier["Salg"].score == 8
    history = evaluations.score_history(db, later)
    assert history[None] == [("2026 Q4", 6), ("2027 Q1", 8)]


def test_a_score_given_after_the_rooms_scores_were_revealed_is_marked(db, meeting_id, staffed):
    """The room's scores, blind until revealed; a report's own score given after that may
    have followed the room's, and the minutes say so."""
    from datetime import UTC, datetime

    from facilitator.store import room
    from facilitator.store.minutes import load_minutes

    evaluations.ensure_evaluations(db, meeting_id)
    company, *_ = evaluations.evaluation_items(db, meeting_id)
    evaluations.set_score(db, company.id, "7")  # given before: not marked
    assert room.revealed_reports(db, meeting_id) == set()
    room.set_revealed(db, company.id, datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    assert room.revealed_reports(db, meeting_id) == {company.id}
    [before] = [e for e in load_minutes(db, meeting_id).evaluations if e.entity is None]
    assert before.score == 7 and not before.score_after_reveal
    evaluations.set_score(db, company.id, "5")  # changed once the room's were seen
    [after] = [e for e in load_minutes(db, meeting_id).evaluations if e.entity is None]
    assert after.score == 5 and after.score_after_reveal
    room.set_revealed(db, company.id, None)  # hidden again: still given after a reveal
    assert room.revealed_reports(db, meeting_id) == set()
    [kept] = [e for e in load_minutes(db, meeting_id).evaluations if e.entity is None]
    assert kept.score_after_reveal
