"""Meetings, company profile and values; and that data survives a new process."""

import json
import subprocess
import sys
from datetime import date, time

import pytest

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.validation import Problem, ValidationError
from facilitator.store import meetings
from facilitator.store.database import open_database
from facilitator.store.participants import add_participant


def test_new_meeting_has_the_six_blocks_planned(db, meeting_id):
    meeting = meetings.get_meeting(db, meeting_id)
    assert [b.kind for b in meeting.agenda] == [k.value for k in BlockKind]
    assert sum(b.planned_minutes for b in meeting.agenda) == 180
    assert (meeting.company.name, meeting.quarter) == ("Fjordkraft Test AS", "2026 Q4")


def test_details_update_and_list_newest_first(db, meeting_id):
    later = MeetingDetails.from_input(
        "Fjordkraft Test AS", "2027 q1", date(2027, 3, 20), time(8, 30)
    )
    second = meetings.create_meeting(db, later)
    assert [m.id for m in meetings.list_meetings(db)] == [second, meeting_id]
    meetings.update_details(
        db,
        meeting_id,
        MeetingDetails.from_input("Nytt Navn AS", "2026 Q3", date(2026, 9, 1), time(10, 0)),
    )
    assert meetings.get_meeting(db, meeting_id).company.name == "Nytt Navn AS"
    assert meetings.company_names(db) == ["Fjordkraft Test AS", "Nytt Navn AS"]
    assert meetings.latest_meeting_id(db) == second


def test_the_facts_of_a_meeting_are_read_in_one_statement(db, meeting_id):
    from sqlalchemy import event

    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    facts = meetings.meeting_facts(db, meeting_id)
    assert facts == meetings.MeetingFacts(
        "Fjordkraft Test AS", "2026 Q4", date(2026, 12, 3), "en", ""
    )
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    with pytest.raises(LookupError):
        meetings.meeting_facts(db, meeting_id + 1000)


def test_values_keep_order_and_refuse_duplicates(db, meeting_id):
    first = meetings.add_value(db, meeting_id, "Modig")
    meetings.add_value(db, meeting_id, "Åpen")
    third = meetings.add_value(db, meeting_id, "<Sammen> & 💪")
    with pytest.raises(ValidationError) as caught:
        meetings.add_value(db, meeting_id, "modig")
    assert caught.value.problem is Problem.DUPLICATE
    meetings.move_value(db, third, -1)
    meetings.rename_value(db, first, "Modige")
    assert [v.text for v in meetings.list_values(db, meeting_id)] == [
        "Modige",
        "<Sammen> & 💪",
        "Åpen",
    ]
    meetings.remove_value(db, first)
    assert len(meetings.list_values(db, meeting_id)) == 2


def test_data_is_there_when_a_new_process_opens_the_file(db, db_path, meeting_id):
    add_participant(db, meeting_id, "Sølvi Ålvik", "solvi@firma.no", "Kundeservice")
    meetings.update_profile_text(db, meeting_id, "vision", "Ren energi – for alle ⚡")
    db.close()
    script = (
        "import json, sys\n"
        "from facilitator.store.database import open_database\n"
        "from facilitator.store import meetings, participants\n"
        "db = open_database(sys.argv[1])\n"
        "m = meetings.get_meeting(db, meetings.latest_meeting_id(db))\n"
        "people = participants.list_participants(db, m.id)\n"
        "print(json.dumps({'vision': m.vision, 'people': [[p.name, p.email,"
        " p.department.name] for p in people]}))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", script, str(db.path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        encoding="utf-8",
    ).stdout
    assert json.loads(output) == {
        "vision": "Ren energi – for alle ⚡",
        "people": [["Sølvi Ålvik", "solvi@firma.no", "Kundeservice"]],
    }
    reopened = open_database(db.path)
    try:
        assert meetings.get_meeting(reopened, meeting_id).vision == "Ren energi – for alle ⚡"
    finally:
        reopened.close()
