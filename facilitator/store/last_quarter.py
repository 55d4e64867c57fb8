"""Last quarter's OKRs where the app holds no earlier meeting of the company (its first
meeting here): entered by hand or from the OKR CSV, with the values achieved, into a
record of the previous quarter. The review in block 2, the carry-over of continued
objectives and the minutes then read it like any earlier meeting's OKRs.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from facilitator.domain.okr_csv import OkrImport, parse_okrs
from facilitator.domain.quarter import Quarter
from facilitator.domain.validation import ValidationError
from facilitator.store import okr_review, okr_rows, okrs
from facilitator.store.database import Database
from facilitator.store.models import Meeting

# A record sits a quarter before the meeting that reviews it.
QUARTER_DAYS = 91


def review_meeting_id(db: Database, meeting_id: int, create: bool = False) -> int | None:
    """The meeting whose OKRs this one reviews; with `create`, a record of the previous
    quarter is made when the company has none."""
    existing = okr_review.previous_meeting_id(db, meeting_id)
    if existing is not None or not create:
        return existing
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        record = Meeting(
            company_id=meeting.company_id,
            quarter=str(Quarter.parse(meeting.quarter).previous()),
            meeting_date=meeting.meeting_date - timedelta(days=QUARTER_DAYS),
            start_time=meeting.start_time,
            leader_name=meeting.leader_name,
            language=meeting.language,
            record_only=True,
        )
        session.add(record)
        session.flush()
        return record.id


def is_record(db: Database, meeting_id: int) -> bool:
    with db.session() as session:
        return session.get_one(Meeting, meeting_id).record_only


def add_objective(db: Database, meeting_id: int, statement: str, department: str | None) -> int:
    """Last quarter's objective for the company (department None) or a department."""
    with db.unit_of_work():
        record = review_meeting_id(db, meeting_id, create=True)
        assert record is not None
        department_id = okrs.department_id_of(db, record, department or "")
        return okrs.add_objective(db, record, statement, department_id)


def import_file(db: Database, meeting_id: int, path: Path) -> list[tuple[int, ValidationError]]:
    """Last quarter's OKRs from an OKR CSV (with its "achieved" column) into the review;
    returns (line, error) for each row left out. Raises UnreadableCsvError for a file that
    holds no OKR list, and OSError when it cannot be read."""
    return import_parsed(db, meeting_id, parse_okrs(path.read_bytes()))


def import_parsed(
    db: Database, meeting_id: int, parsed: OkrImport
) -> list[tuple[int, ValidationError]]:
    """Rows read from a spreadsheet or CSV into the review, in one transaction; returns
    (line, error) for each row left out, the reader's refusals among them."""
    with db.unit_of_work():
        record = review_meeting_id(db, meeting_id, create=True)
        assert record is not None
        problems = okr_rows.import_rows(db, record, parsed.rows, add_unknown_owners=True)
    return sorted([*parsed.errors, *problems], key=lambda item: item[0])
