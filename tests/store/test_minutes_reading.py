"""The minutes are read with plain SQL (store/plain_reading.py): through `sqlite3` alone
for `facilitator export` on a file, and through the app's own connection on either
engine. Both must give the same minutes, with real dates, times and booleans."""

from __future__ import annotations

import shutil
from datetime import UTC, date, time

import pytest

from facilitator.cli_support import CommandError, read_meeting
from facilitator.store import migrate
from facilitator.store.database import open_database
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import NoSuchMeetingError, load_minutes, read_minutes
from tests.conftest import DATA_DIR


def test_a_file_read_without_sqlalchemy_gives_the_minutes_the_app_reads(db, tmp_path):
    meeting_id = create_demo_meeting(db)
    in_app = load_minutes(db, meeting_id)
    file = tmp_path / "export.sqlite3"
    other = open_database(file)
    create_demo_meeting(other)
    other.close()

    exported = read_meeting(str(file), None, read_minutes)

    assert exported == in_app  # the same demo, read by sqlite3 and by the app's engine
    assert isinstance(in_app.meeting_date, date) and isinstance(in_app.start_time, time)
    assert in_app.quarter_closed_at is not None and in_app.quarter_closed_at.tzinfo is UTC
    assert all(type(person.present) is bool for person in in_app.participants)
    started = [row.actual_start for row in in_app.agenda if row.actual_start]
    assert started and all(moment.tzinfo is UTC for moment in started)
    # Every part the minutes are made of is there, named by joins.
    assert in_app.review and in_app.earlier_actions and in_app.managers
    assert in_app.groups[0].members and in_app.evaluations[0].notes
    assert any(evaluation.room for evaluation in in_app.evaluations)
    assert any(kr.serves_objective for o in in_app.objectives for kr in o.key_results)
    assert any(example for value in in_app.values for example in value.examples)


def test_a_meeting_that_is_not_there_is_said_in_one_sentence(db, tmp_path):
    create_demo_meeting(db)
    with pytest.raises(NoSuchMeetingError), db.plain_rows() as rows:
        read_minutes(rows, 999)
    file = tmp_path / "one.sqlite3"
    other = open_database(file)
    create_demo_meeting(other)
    other.close()
    with pytest.raises(CommandError, match="no meeting number 999"):
        read_meeting(str(file), 999, read_minutes)


@pytest.mark.sqlite_only
def test_a_file_from_an_older_version_is_upgraded_then_read(tmp_path):
    """The plain reader knows only the newest schema: an older file is upgraded (with its
    backup) as the app would, then read."""
    file = tmp_path / "old.sqlite3"
    shutil.copy(DATA_DIR / "schema_0001.sqlite3", file)

    data = read_meeting(str(file), None, read_minutes)

    assert data.company and data.quarter == "2026 Q4" and data.participants
    assert migrate.stored_revision(file, 1.0) == migrate.scanned_revisions().head
    assert migrate.backups_of(file, "0001")
