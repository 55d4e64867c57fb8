"""The invitation: a calendar request (.ics, built with the icalendar library) and an
unsent e-mail draft (.eml) that carries it, with the agenda and what each person prepares.

The request follows iTIP (RFC 5546) as Outlook, Thunderbird, Apple Calendar and Google
Calendar read it: METHOD:REQUEST (or CANCEL), one VEVENT with the same UID every time,
SEQUENCE raised when the plan changes, ORGANIZER and an ATTENDEE per invited person (the
organiser too, as the chair), a cancellation for anyone no longer invited, the
start and end in the meeting's time zone with its VTIMEZONE. In the e-mail the calendar part
is `text/calendar; method=REQUEST`, which is what makes mail programs offer Accept/Decline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from facilitator import app_version
from facilitator.domain import formatting
from facilitator.domain.preparation import MeetingPlan, Role, parts
from facilitator.report.address_header import AddressListHeader
from facilitator.report.email_draft import address, checked_addresses, one_line
from facilitator.report.labels import minutes_language, translate
from facilitator.texts import agenda_item_title, role_title, task_text


def local_time_zone() -> str:
    """The computer's IANA time zone name ("Europe/Oslo"), which the invitation's times are
    in; the meeting's start time is typed as the leader's local time."""
    from tzlocal import get_localzone_name

    return get_localzone_name() or "UTC"


@dataclass(frozen=True)
class Invitation:
    plan: MeetingPlan
    organizer: tuple[str, str]  # (name, address)
    uid: str
    sequence: int
    time_zone: str
    cancel: bool = False
    # Invited last time and no longer: they get a cancellation of their own (RFC 5546
    # §3.2.5), or the meeting stays in their calendars.
    uninvited: tuple[str, ...] = ()

    @property
    def method(self) -> str:
        return "CANCEL" if self.cancel else "REQUEST"


def subject(invitation: Invitation) -> str:
    plan = invitation.plan
    with minutes_language(plan.language):
        if invitation.cancel:
            text = translate("Invitation", "Cancelled: {company} {quarter} — OKR meeting")
        else:
            text = translate("Invitation", "Invitation: {company} {quarter} — OKR meeting")
        return one_line(text.format(company=plan.company, quarter=plan.quarter))


def agenda_lines(plan: MeetingPlan) -> list[str]:
    """ "09:00–09:15  1. Good news", one per block and break, in the meeting's language."""
    language = plan.language
    return [
        f"{formatting.clock(slot.start, language)}–{formatting.clock(slot.end, language)}  "
        f"{agenda_item_title(slot.kind, slot.break_kind, translate)}"
        for slot in plan.slots
    ]


def preparation_lines(plan: MeetingPlan) -> list[str]:
    """What to prepare: everyone's part, the top leader's, then each department leader's."""
    part = parts(plan.assignments())
    lines = [translate("Invitation", "What to prepare")]
    if part.everyone:
        lines += ["", role_title(Role.EVERYONE, translate) + ":"]
        lines += ["  • " + task_text(task, translate) for task in part.everyone]
    if part.top_leader:
        lines += ["", f"{role_title(Role.TOP_LEADER, translate)} ({part.top_leader}):"]
        lines += ["  • " + task_text(task, translate) for task in part.top_tasks]
    if part.departments:
        lines += ["", role_title(Role.DEPARTMENT_LEADER, translate) + ":"]
        for own in part.departments:
            lines.append(f"  {own.department} — {own.leader}:")
            lines += ["    • " + task_text(task, translate) for task in own.tasks]
    return lines


def when(plan: MeetingPlan) -> str:
    """ "17 December 2026, 09:00–12:45" in the meeting's language."""
    return translate("Invitation", "{date}, {start}–{end}").format(
        date=formatting.long_date(plan.meeting_date, plan.language),
        start=formatting.clock(plan.start, plan.language),
        end=formatting.clock(plan.end, plan.language),
    )


def body(invitation: Invitation) -> str:
    plan = invitation.plan
    with minutes_language(plan.language):
        lines = [translate("Minutes", "Hi all,"), ""]
        if invitation.cancel:
            lines.append(
                translate(
                    "Invitation", "Our quarterly OKR meeting ({quarter}) on {when} is cancelled."
                ).format(quarter=plan.quarter, when=when(plan))
            )
        else:
            lines.append(
                translate(
                    "Invitation",
                    "You are invited to our quarterly OKR meeting ({quarter}) on {when}.",
                ).format(quarter=plan.quarter, when=when(plan))
            )
            if plan.place.strip():
                lines.append(translate("Invitation", "Place: {place}").format(place=plan.place))
            lines += ["", translate("Invitation", "Agenda")] + [
                "  " + line for line in agenda_lines(plan)
            ]
            lines += ["", *preparation_lines(plan)]
            lines += [
                "",
                translate(
                    "Invitation",
                    "The calendar invitation is attached; accepting it puts the meeting in "
                    "your calendar.",
                ),
            ]
        lines += ["", translate("Minutes", "Best regards,"), plan.leader or plan.company]
        return "\n".join(lines) + "\n"


def _calendar_and_event(
    invitation: Invitation, method: str, now: datetime | None
) -> tuple[Calendar, Event]:
    """The request's or cancellation's calendar and its event: the same UID, SEQUENCE,
    times and summary in both."""
    plan = invitation.plan
    zone = ZoneInfo(invitation.time_zone)
    calendar = Calendar()
    calendar.add("prodid", f"-//Facilitator//Facilitator {app_version()}//EN")
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = Event()
    event.add("uid", invitation.uid)
    event.add("sequence", invitation.sequence)
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", plan.start.replace(tzinfo=zone))
    event.add("dtend", plan.end.replace(tzinfo=zone))
    with minutes_language(plan.language):
        summary = translate("Invitation", "{company} {quarter} — OKR meeting").format(
            company=plan.company, quarter=plan.quarter
        )
    event.add("summary", one_line(summary))
    return calendar, event


def _with_time_zone(calendar: Calendar, event: Event, plan: MeetingPlan) -> Calendar:
    calendar.add_component(event)
    # Only the zone's rules around the meeting, not every change since 1970.
    year = plan.meeting_date.year
    calendar.add_missing_timezones(first_date=date(year - 1, 1, 1), last_date=date(year + 2, 1, 1))
    return calendar


def build_calendar(invitation: Invitation, now: datetime | None = None) -> Calendar:
    plan = invitation.plan
    calendar, event = _calendar_and_event(invitation, invitation.method, now)
    with minutes_language(plan.language):
        description = "\n".join(
            [translate("Invitation", "Agenda"), *agenda_lines(plan), "", *preparation_lines(plan)]
        )
    if plan.place.strip():
        event.add("location", one_line(plan.place))
    event.add("description", description)
    event.add("status", "CANCELLED" if invitation.cancel else "CONFIRMED")
    event.add("transp", "OPAQUE")
    _add_organizer(event, invitation)
    name, mail = invitation.organizer
    # The leader is an attendee too (the chair, already accepting): her own calendar gets
    # the event. ROLE is an ATTENDEE's parameter, not an ORGANIZER's (RFC 5545 §3.8.4.3).
    chair = vCalAddress(f"mailto:{mail}")
    chair.params["cn"] = vText(one_line(name or mail))
    chair.params["role"] = vText("CHAIR")
    chair.params["partstat"] = vText("ACCEPTED")
    event.add("attendee", chair, encode=False)
    for person in plan.people:
        if not person.email or person.email.casefold() == mail.casefold():
            continue
        attendee = vCalAddress(f"mailto:{person.email}")
        attendee.params["cn"] = vText(one_line(person.name))
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["partstat"] = vText("NEEDS-ACTION")
        attendee.params["rsvp"] = vText("TRUE")
        event.add("attendee", attendee, encode=False)
    return _with_time_zone(calendar, event, plan)


def _add_organizer(event: Event, invitation: Invitation) -> None:
    name, mail = invitation.organizer
    organizer = vCalAddress(f"mailto:{mail}")
    organizer.params["cn"] = vText(one_line(name or mail))
    event["organizer"] = organizer


def build_removal_calendar(invitation: Invitation, now: datetime | None = None) -> Calendar:
    """The cancellation for those no longer invited (RFC 5546 §3.2.5): the same event
    (UID, SEQUENCE), METHOD:CANCEL, and only their ATTENDEE lines."""
    calendar, event = _calendar_and_event(invitation, "CANCEL", now)
    event.add("status", "CANCELLED")
    _add_organizer(event, invitation)
    for mail in invitation.uninvited:
        attendee = vCalAddress(f"mailto:{mail}")
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        event.add("attendee", attendee, encode=False)
    return _with_time_zone(calendar, event, invitation.plan)


def build_removal_draft(invitation: Invitation, now: datetime | None = None) -> EmailMessage:
    """The e-mail that takes the meeting out of the calendars of those no longer invited."""
    ics = build_removal_calendar(invitation, now).to_ical()
    plan = invitation.plan
    message = EmailMessage(policy=SMTP)
    with minutes_language(plan.language):
        message["Subject"] = one_line(
            translate("Invitation", "Cancelled: {company} {quarter} — OKR meeting").format(
                company=plan.company, quarter=plan.quarter
            )
        )
        text = translate(
            "Invitation",
            "You are no longer invited to our quarterly OKR meeting ({quarter}) on {when}; "
            "this takes it out of your calendar.",
        ).format(quarter=plan.quarter, when=when(plan))
        text += (
            "\n\n" + translate("Minutes", "Best regards,") + "\n" + (plan.leader or plan.company)
        )
    message["From"] = address(*invitation.organizer)
    message["To"] = AddressListHeader("To", [("", mail) for mail in invitation.uninvited])
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="facilitator.local")
    message["X-Unsent"] = "1"
    message.set_content(text + "\n")
    message.add_alternative(ics.decode("utf-8"), subtype="calendar", params={"method": "CANCEL"})
    message.add_attachment(
        ics,
        maintype="text",
        subtype="calendar",
        filename="cancel.ics",
        params={"method": "CANCEL", "charset": "utf-8"},
    )
    return message


def recipients(
    plan: MeetingPlan, organizer: tuple[str, str] | None = None
) -> list[tuple[str, str]]:
    """(name, address) of everyone invited: the organiser first (her own calendar gets the
    event too), then every participant with a valid address."""
    people = [(p.name, p.email) for p in plan.people if p.email]
    if organizer is not None:
        people = [organizer] + [p for p in people if p[1].casefold() != organizer[1].casefold()]
    return checked_addresses(people)[0]


def build_draft(
    invitation: Invitation, to: list[tuple[str, str]], now: datetime | None = None
) -> EmailMessage:
    """An unsent draft (X-Unsent: 1) from the organiser to `to`, the body in plain text
    and the calendar request both inline (for Accept/Decline) and as invite.ics."""
    ics = build_calendar(invitation, now).to_ical()
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject(invitation)
    message["From"] = address(*invitation.organizer)
    message["To"] = AddressListHeader("To", [(one_line(name), mail) for name, mail in to])
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="facilitator.local")
    message["X-Unsent"] = "1"
    message.set_content(body(invitation))
    message.add_alternative(
        ics.decode("utf-8"), subtype="calendar", params={"method": invitation.method}
    )
    message.add_attachment(
        ics,
        maintype="text",
        subtype="calendar",
        filename="cancel.ics" if invitation.cancel else "invite.ics",
        params={"method": invitation.method, "charset": "utf-8"},
    )
    return message
