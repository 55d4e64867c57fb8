"""`facilitator invite` and `facilitator export --agenda`: what leaves the app before the
meeting (the invitation with its calendar request, the printed agenda), headless."""

from __future__ import annotations

import sys
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from facilitator.domain.preparation import MeetingPlan
from facilitator.domain.validation import ValidationError
from facilitator.messages import store_message, validation_message
from facilitator.paths import resolve_database_path
from facilitator.report.agenda_document import write_agenda_pdf
from facilitator.report.email_draft import parse_addresses, write_eml
from facilitator.report.invitation import (
    Invitation,
    build_calendar,
    build_draft,
    local_time_zone,
    recipients,
)
from facilitator.report.paper import Paper
from facilitator.store.database import Database, open_database, open_database_for_reading
from facilitator.store.errors import StoreError
from facilitator.store.meetings import latest_meeting_id, list_meetings
from facilitator.store.preparation import issue_invitation, load_plan
from facilitator.translation import translate


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _meeting(db: Database, meeting_id: int | None) -> int | str:
    """The meeting's id, or the sentence that says why there is none."""
    if meeting_id is None:
        latest = latest_meeting_id(db)
        if latest is None:
            return translate("Cli", "The database has no meeting yet; create one first.")
        return latest
    if meeting_id not in {m.id for m in list_meetings(db)}:
        return translate("Cli", "There is no meeting number {id} in the database.").format(
            id=meeting_id
        )
    return meeting_id


def _missing_folder(*paths: Path | None) -> str | None:
    for path in paths:
        if path is not None and not path.parent.is_dir():
            return translate("Cli", "The folder for “{path}” does not exist.").format(path=path)
    return None


def organizer_for(plan: MeetingPlan, given: str | None) -> tuple[str, str] | str:
    """Who sends the invitation: `given` ("Name <address>"), else the leader when the
    leader is a participant with an address; else the sentence asking for one."""
    if given:
        try:
            found = parse_addresses([given])
        except ValidationError as error:
            return validation_message(error)
        if len(found) == 1:
            name, mail = found[0]
            return (name or plan.leader or mail, mail)
    from facilitator.report.invitation_files import organizer_of

    return organizer_of(plan) or translate(
        "Cli",
        "Say who sends the invitation with --from ADDRESS (the meeting's leader has no "
        "e-mail address in the participant list).",
    )


def run_invite(
    db_arg: str | None,
    meeting_id: int | None,
    eml: str | None,
    ics: str | None,
    to: list[str],
    sender: str | None,
    cancel: bool,
    time_zone: str | None,
) -> int:
    if not eml and not ics:
        return _fail(translate("Cli", "Give --eml FILE, --ics FILE or both."))
    eml_path, ics_path = (Path(eml) if eml else None), (Path(ics) if ics else None)
    problem = _missing_folder(eml_path, ics_path)
    if problem:
        return _fail(problem)
    try:
        addresses = parse_addresses(to)
    except ValidationError as error:
        return _fail(validation_message(error))
    zone = time_zone or local_time_zone()
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return _fail(translate("Cli", "“{zone}” is not a time zone name.").format(zone=zone))
    try:
        db = open_database(resolve_database_path(db_arg))
    except StoreError as error:
        return _fail(store_message(error))
    try:
        found = _meeting(db, meeting_id)
        if isinstance(found, str):
            return _fail(found)
        plan = load_plan(db, found)
        organizer = organizer_for(plan, sender)
        if isinstance(organizer, str):
            return _fail(organizer)
        invited = addresses or recipients(plan, organizer[1])
        if not invited:
            return _fail(
                translate(
                    "Cli", "Nobody to invite: no participant has an e-mail address; use --to."
                )
            )
        uid, sequence = issue_invitation(db, found, plan.fingerprint(), cancel)
    except StoreError as error:
        return _fail(store_message(error))
    finally:
        db.close()
    invitation = Invitation(plan, organizer, uid, sequence, zone, cancel)
    try:
        if ics_path is not None:
            ics_path.write_bytes(build_calendar(invitation).to_ical())
            print(translate("Cli", "Calendar invitation written to {path}").format(path=ics_path))
        if eml_path is not None:
            write_eml(build_draft(invitation, invited), eml_path)
            print(translate("Cli", "E-mail draft written to {path}").format(path=eml_path))
    except OSError as error:
        return _fail(
            translate("Cli", "Could not write “{path}”: {reason}").format(
                path=error.filename, reason=error.strerror or error
            )
        )
    return 0


def run_agenda(db_arg: str | None, meeting_id: int | None, pdf: str, paper: str) -> int:
    path = Path(pdf)
    problem = _missing_folder(path)
    if problem:
        return _fail(problem)
    try:
        db = open_database_for_reading(resolve_database_path(db_arg))
    except StoreError as error:
        return _fail(store_message(error))
    try:
        found = _meeting(db, meeting_id)
        if isinstance(found, str):
            return _fail(found)
        plan = load_plan(db, found)
    except StoreError as error:
        return _fail(store_message(error))
    finally:
        db.close()
    try:
        write_agenda_pdf(plan, path, Paper(paper))
    except OSError as error:
        return _fail(
            translate("Cli", "Could not write “{path}”: {reason}").format(
                path=error.filename or path, reason=error.strerror or error
            )
        )
    print(translate("Cli", "Agenda written to {path}").format(path=path))
    return 0
