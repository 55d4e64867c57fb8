"""OKR CSV files for block 5: read with a per-line report, written for Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.domain.okr_csv import parse_okrs, write_okrs
from facilitator.domain.participant_csv import UnreadableCsvError
from facilitator.messages import validation_message
from facilitator.store import okr_rows
from facilitator.store.database import Database


def import_okr_file(db: Database, meeting_id: int, path: Path) -> list[str]:
    """Add the file's OKRs to the meeting; returns "Line N: reason" for each row skipped.
    Raises UnreadableCsvError for a file that is no OKR list at all."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableCsvError(str(error)) from error
    parsed = parse_okrs(data)
    problems = list(parsed.errors) + okr_rows.import_rows(db, meeting_id, parsed.rows)
    line_text = QCoreApplication.translate("Okrs", "Line {line}: {reason}")
    return [
        line_text.format(line=line, reason=validation_message(error))
        for line, error in sorted(problems, key=lambda p: p[0])
    ]


def export_okr_file(db: Database, meeting_id: int, path: Path) -> None:
    # With a BOM, Excel reads the file as UTF-8 (æøå intact).
    path.write_text(write_okrs(okr_rows.export_rows(db, meeting_id)), encoding="utf-8-sig")
