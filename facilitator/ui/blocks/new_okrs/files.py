"""OKR CSV files for block 5: read with a per-line report, written for Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.domain.okr_csv import OkrImport, parse_okrs, write_okrs
from facilitator.domain.participant_csv import UnreadableCsvError
from facilitator.messages import validation_message
from facilitator.store import okr_rows
from facilitator.store.database import Database


def read_okr_file(path: Path) -> OkrImport:
    """The OKR CSV's rows and refusals. Raises UnreadableCsvError for a file that is no
    OKR list at all (or cannot be read)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableCsvError(str(error)) from error
    return parse_okrs(data)


def import_parsed(db: Database, meeting_id: int, parsed: OkrImport) -> list[str]:
    """Rows read from a spreadsheet or CSV added in one transaction; "Line N: reason" for
    each row left out (the reader's refusals and the store's: an unknown owner or link)."""
    problems = list(parsed.errors) + okr_rows.import_rows(db, meeting_id, parsed.rows)
    line_text = QCoreApplication.translate("Okrs", "Line {line}: {reason}")
    return [
        line_text.format(line=line, reason=validation_message(error))
        for line, error in sorted(problems, key=lambda p: p[0])
    ]


def export_okr_file(db: Database, meeting_id: int, path: Path) -> None:
    # With a BOM, Excel reads the file as UTF-8 (æøå intact).
    path.write_text(write_okrs(okr_rows.export_rows(db, meeting_id)), encoding="utf-8-sig")
