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
    build_removal_draft,
    local_time_zone,
    recipients,
)
from facilitator.report.paper import Paper
from facilitator.store.database import Database
from facilitator.store.preparation import invited_before, issue_invitation
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
    """The invitation about to go out, recorded as sent (its UID and SEQUENCE), with the
    addresses invited last time and no longer; the times are in `time_zone`, by default
    this computer's."""
    zone = time_zone or local_time_zone()
    before = invited_before(db, plan.meeting_id)
    uid, sequence = issue_invitation(db, plan.meeting_id, plan.fingerprint(zone), cancel)
    invited = {p.email.casefold() for p in plan.people if p.email}
    invited.add(organizer[1].casefold())
    gone = () if cancel else tuple(mail for mail in before if mail.casefold() not in invited)
    return Invitation(plan, organizer, uid, sequence, zone, cancel, gone)


def write_removal_draft(invitation: Invitation, next_to: Path) -> Path | None:
    """The cancellation for those no longer invited, beside the invitation's draft."""
    if not invitation.uninvited:
        return None
    return write_eml(build_removal_draft(invitation), uninvited_draft(next_to))


def write_invitation_draft(
    db: Database, plan: MeetingPlan, organizer: tuple[str, str], folder: Path, cancel: bool
) -> Path:
    to = recipients(plan, organizer)
    if len(to) <= 1:  # the organiser alone
        raise NobodyToInviteError(
            translate(
                "Invitation",
                "Nobody to invite: no participant has an e-mail address. Add addresses on "
                "the Participants tab.",
            )
        )
    invitation = issue(db, plan, organizer, cancel)
    name = "cancel" if cancel else "invitation"
    path = folder / f"{plan.meeting_id}-{name}.eml"
    uninvited_draft(path).unlink(missing_ok=True)  # an earlier one is not this one's
    write_eml(build_draft(invitation, to), path)
    write_removal_draft(invitation, path)
    return path


def uninvited_draft(invitation_draft: Path) -> Path:
    """Where the cancellation for those no longer invited is written, beside the draft."""
    return invitation_draft.with_name(invitation_draft.stem + "-uninvited.eml")


def write_calendar_file(
    db: Database, plan: MeetingPlan, organizer: tuple[str, str], target: Path
) -> Path:
    invitation = issue(db, plan, organizer)
    target.write_bytes(build_calendar(invitation).to_ical())
    return target


def write_agenda(plan: MeetingPlan, target: Path, paper: Paper) -> Path:
    return write_agenda_pdf(plan, target, paper)
