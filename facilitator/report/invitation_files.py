"""Writing the invitation and the agenda from the app: the steps `facilitator invite` takes,
without Qt, so the setup tab only asks where and shows the result."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.preparation import MeetingPlan, top_leader
from facilitator.report.agenda_document import write_agenda_pdf
from facilitator.report.email_draft import write_eml
from facilitator.report.invitation import (
    Invitation,
    build_calendar,
    build_draft,
    local_time_zone,
    recipients,
)
from facilitator.report.paper import Paper
from facilitator.store.database import Database
from facilitator.store.preparation import issue_invitation
from facilitator.translation import translate


class NobodyToInviteError(Exception):
    """Nobody to send to: no participant has an e-mail address."""


def organizer_of(plan: MeetingPlan) -> tuple[str, str] | None:
    leader = top_leader(plan.people, plan.leader)
    if leader is not None and leader.email:
        return (leader.name, leader.email)
    return None


def issue(
    db: Database,
    plan: MeetingPlan,
    organizer: tuple[str, str],
    cancel: bool = False,
    time_zone: str | None = None,
) -> Invitation:
    """The invitation about to go out, recorded as sent (its UID and SEQUENCE); the times
    are in `time_zone`, by default this computer's."""
    uid, sequence = issue_invitation(db, plan.meeting_id, plan.fingerprint(), cancel)
    return Invitation(plan, organizer, uid, sequence, time_zone or local_time_zone(), cancel)


def write_invitation_draft(
    db: Database, plan: MeetingPlan, organizer: tuple[str, str], folder: Path, cancel: bool
) -> Path:
    to = recipients(plan, organizer[1])
    if not to:
        raise NobodyToInviteError(
            translate(
                "Invitation",
                "Nobody to invite: no participant has an e-mail address. Add addresses on "
                "the Participants tab.",
            )
        )
    invitation = issue(db, plan, organizer, cancel)
    name = "cancel" if cancel else "invitation"
    return write_eml(build_draft(invitation, to), folder / f"{plan.meeting_id}-{name}.eml")


def write_calendar_file(
    db: Database, plan: MeetingPlan, organizer: tuple[str, str], target: Path
) -> Path:
    invitation = issue(db, plan, organizer)
    target.write_bytes(build_calendar(invitation).to_ical())
    return target


def write_agenda(plan: MeetingPlan, target: Path, paper: Paper) -> Path:
    return write_agenda_pdf(plan, target, paper)
