"""A company's earlier meetings, as the review, the follow-ups and the history see them.

Written once, in plain SQL so that the export can read it without the ORM
(`plain_reading`); `history` gives the app's sessions the same answers. "Earlier" means
the same company, dated on or before this meeting, newest first. Record-only meetings
(last quarter's OKRs entered for a company's first meeting in the app) count only where
asked for: they hold OKRs, nothing else.
"""

from __future__ import annotations

from datetime import date

from facilitator.store.plain_reading import Row, Rows, day

_THIS = "SELECT company_id, meeting_date FROM meeting WHERE id = ?"


def earlier_meetings(rows: Rows, meeting_id: int, records: bool = False) -> list[Row]:
    """(id, quarter) of every earlier meeting, newest first."""
    this = rows.first(_THIS, meeting_id)
    if this is None:
        return []
    company, meeting_date = this
    only_held = "" if records else " AND record_only = ?"
    return list(
        rows.all(
            "SELECT id, quarter FROM meeting"
            " WHERE company_id = ? AND id != ? AND meeting_date <= ?"
            + only_held
            + " ORDER BY meeting_date DESC, id DESC",
            company,
            meeting_id,
            meeting_date,
            *(() if records else (False,)),
        )
    )


def next_meeting_date(rows: Rows, meeting_id: int) -> date | None:
    """The date of the company's next meeting, when it is already in the app."""
    this = rows.first(_THIS, meeting_id)
    if this is None:
        return None
    company, meeting_date = this
    found = rows.first(
        "SELECT meeting_date FROM meeting"
        " WHERE company_id = ? AND id != ? AND meeting_date > ? AND record_only = ?"
        " ORDER BY meeting_date",
        company,
        meeting_id,
        meeting_date,
        False,
    )
    return day(found[0]) if found else None
