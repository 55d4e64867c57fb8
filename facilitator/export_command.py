"""`facilitator export`: the minutes as PDF, and optionally the e-mail draft, headless."""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator.domain.validation import ValidationError
from facilitator.messages import store_message, validation_message
from facilitator.paths import resolve_database_path
from facilitator.report.document import Paper, write_minutes_pdf
from facilitator.report.email_draft import (
    build_draft,
    parse_addresses,
    recipients,
    write_eml,
)
from facilitator.store.database import open_database_for_reading
from facilitator.store.errors import StoreError
from facilitator.store.meetings import latest_meeting_id, list_meetings
from facilitator.store.minutes import load_minutes
from facilitator.translation import translate


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def run_export(
    db_arg: str | None,
    meeting_id: int | None,
    pdf: str,
    paper: str,
    eml: str | None,
    to: list[str],
) -> int:
    try:
        addresses = parse_addresses(to)
    except ValidationError as error:
        return _fail(validation_message(error))
    pdf_path, eml_path = Path(pdf), Path(eml) if eml else None
    for path in (pdf_path, eml_path):
        if path is not None and not path.parent.is_dir():
            return _fail(
                translate("Cli", "The folder for “{path}” does not exist.").format(path=path)
            )
    try:
        db = open_database_for_reading(resolve_database_path(db_arg))
    except StoreError as error:
        return _fail(store_message(error))
    try:
        if meeting_id is None:
            meeting_id = latest_meeting_id(db)
            if meeting_id is None:
                return _fail(translate("Cli", "The database has no meeting yet; create one first."))
        elif meeting_id not in {m.id for m in list_meetings(db)}:
            return _fail(
                translate("Cli", "There is no meeting number {id} in the database.").format(
                    id=meeting_id
                )
            )
        data = load_minutes(db, meeting_id)
    except StoreError as error:
        return _fail(store_message(error))
    finally:
        db.close()
    if not any(row.actual_start for row in data.agenda):
        # Nothing has happened yet: what leaves the app is the agenda, never empty minutes.
        from facilitator.invite_command import run_agenda

        if eml_path is not None:
            return _fail(
                translate(
                    "Cli",
                    "The meeting has not started, so there are no minutes to e-mail; "
                    "use `facilitator invite` for the invitation.",
                )
            )
        print(translate("Cli", "The meeting has not started: writing its agenda instead."))
        return run_agenda(db_arg, meeting_id, pdf, paper)
    try:
        write_minutes_pdf(data, pdf_path, Paper(paper))
        if eml_path is not None:
            write_eml(build_draft(data, pdf_path, addresses or recipients(data)), eml_path)
    except OSError as error:
        return _fail(
            translate("Cli", "Could not write “{path}”: {reason}").format(
                path=error.filename or pdf_path, reason=error.strerror or error
            )
        )
    print(translate("Cli", "Minutes written to {path}").format(path=pdf_path))
    if eml_path is not None:
        print(translate("Cli", "E-mail draft written to {path}").format(path=eml_path))
    return 0
