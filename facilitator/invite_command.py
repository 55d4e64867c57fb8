"""`facilitator invite` and `facilitator export --agenda`: what leaves the app before the
meeting (the invitation with its calendar request, the printed agenda), headless."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from facilitator.cli_support import CommandError, check_folders, fail, with_meeting, write_failure
from facilitator.domain.preparation import MeetingPlan
from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.report.agenda_document import write_agenda_pdf
from facilitator.report.email_draft import parse_addresses, write_eml
from facilitator.report.invitation import (
    Invitation,
    build_calendar,
    build_draft,
    local_time_zone,
    recipients,
)
from facilitator.report.invitation_files import issue, organizer_of, write_removal_draft
from facilitator.report.paper import Paper
from facilitator.store.database import Database
from facilitator.store.preparation import load_plan
from facilitator.translation import translate


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
        return fail(translate("Cli", "Give --eml FILE, --ics FILE or both."))
    eml_path, ics_path = (Path(eml) if eml else None), (Path(ics) if ics else None)
    try:
        addresses = parse_addresses(to)
    except ValidationError as error:
        return fail(validation_message(error))
    zone = time_zone or local_time_zone()
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return fail(translate("Cli", "“{zone}” is not a time zone name.").format(zone=zone))

    def invite(db: Database, found: int) -> tuple[Invitation, list[tuple[str, str]]]:
        plan = load_plan(db, found)
        organizer = organizer_for(plan, sender)
        if isinstance(organizer, str):
            raise CommandError(organizer)
        invited = addresses or recipients(plan, organizer)
        if not addresses and len(invited) <= 1:  # the organiser alone
            raise CommandError(
                translate(
                    "Cli", "Nobody to invite: no participant has an e-mail address; use --to."
                )
            )
        return issue(db, plan, organizer, cancel, zone), invited

    try:
        check_folders(eml_path, ics_path)
        invitation, invited = with_meeting(db_arg, meeting_id, invite, writable=True)
    except CommandError as error:
        return fail(str(error))
    try:
        if ics_path is not None:
            ics_path.write_bytes(build_calendar(invitation).to_ical())
            print(translate("Cli", "Calendar invitation written to {path}").format(path=ics_path))
        if eml_path is not None:
            write_eml(build_draft(invitation, invited), eml_path)
            print(translate("Cli", "E-mail draft written to {path}").format(path=eml_path))
        if invitation.uninvited:
            removal = write_removal_draft(invitation, eml_path or ics_path or Path("invite"))
            print(
                translate(
                    "Cli",
                    "No longer invited: {people}. A cancellation for them is in {path}",
                ).format(people=", ".join(invitation.uninvited), path=removal)
            )
    except OSError as error:
        return fail(str(write_failure(error, ics_path or eml_path or Path())))
    return 0


def run_agenda(db_arg: str | None, meeting_id: int | None, pdf: str, paper: str) -> int:
    path = Path(pdf)
    try:
        check_folders(path)
        plan = with_meeting(db_arg, meeting_id, load_plan)
    except CommandError as error:
        return fail(str(error))
    try:
        write_agenda_pdf(plan, path, Paper(paper))
    except OSError as error:
        return fail(str(write_failure(error, path)))
    print(translate("Cli", "Agenda written to {path}").format(path=path))
    return 0
