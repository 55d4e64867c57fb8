"""The invitation as calendars and mail programs read it: parsed back with icalendar and
Python's e-mail package, through `facilitator invite` as a leader runs it."""

from __future__ import annotations

import email
import os
import subprocess
import sys
from datetime import datetime, timedelta
from email import policy
from zoneinfo import ZoneInfo

from icalendar import Calendar

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind
from facilitator.report.invitation import Invitation, build_calendar, build_draft, recipients
from facilitator.store.agenda import set_break
from facilitator.store.preparation import issue_invitation, load_plan

OSLO = ZoneInfo("Europe/Oslo")


def _invite(tmp_path, db_path, *args):
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "invite", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ},
    )
    return result


def _event(ics: bytes):
    calendar = Calendar.from_ical(ics)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return calendar, events[0]


def test_every_field_of_the_request(db, meeting_id, planned):
    plan = load_plan(db, meeting_id)
    uid, sequence = issue_invitation(db, meeting_id, plan.fingerprint())
    invitation = Invitation(
        plan, ("Kari Nordmann", "kari@fjordkraft.no"), uid, sequence, "Europe/Oslo"
    )
    calendar, event = _event(build_calendar(invitation).to_ical())
    assert str(calendar["method"]) == "REQUEST"
    assert str(calendar["version"]) == "2.0"
    assert "Facilitator" in str(calendar["prodid"])
    assert str(event["uid"]) == uid and uid.endswith("@facilitator")
    assert int(event["sequence"]) == 0
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == datetime(2026, 12, 3, 9, 0, tzinfo=OSLO)
    assert end == start + timedelta(minutes=sum(s.minutes for s in plan.slots))
    assert start.utcoffset() == timedelta(hours=1)  # CET in December
    assert event["dtstart"].params["TZID"] == "Europe/Oslo"
    zones = [str(z["tzid"]) for z in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/Oslo"]
    assert str(event["summary"]) == "Fjordkraft Test AS 2026 Q4 — OKR meeting"
    assert str(event["location"]) == "Oslo"
    assert str(event["status"]) == "CONFIRMED"
    assert str(event["organizer"]) == "mailto:kari@fjordkraft.no"
    assert event["organizer"].params["CN"] == "Kari Nordmann"
    assert "ROLE" not in event["organizer"].params  # an ATTENDEE's parameter (RFC 5545)
    attendees = event.get("attendee")
    assert sorted(str(a) for a in attendees) == [
        "mailto:ase@fjordkraft.no",
        "mailto:kari@fjordkraft.no",
        "mailto:ola@fjordkraft.no",
        "mailto:per@fjordkraft.no",
    ]
    names = {str(a): a.params["CN"] for a in attendees}
    assert names["mailto:ola@fjordkraft.no"] == "Ola <b>Berg</b> 🎉"
    chair = next(a for a in attendees if str(a) == "mailto:kari@fjordkraft.no")
    assert (chair.params["ROLE"], chair.params["PARTSTAT"]) == ("CHAIR", "ACCEPTED")
    invited = [a for a in attendees if a is not chair]
    assert all(a.params["RSVP"] == "TRUE" for a in invited)
    assert all(a.params["PARTSTAT"] == "NEEDS-ACTION" for a in invited)
    description = str(event["description"])
    assert "1. Good news" in description and "09:00–09:10" in description


def test_a_coffee_break_is_in_the_invitation_and_its_end(db, meeting_id, planned):
    set_break(db, meeting_id, BlockKind.GOOD_NEWS, BreakKind.COFFEE, 15)
    plan = load_plan(db, meeting_id)
    uid, sequence = issue_invitation(db, meeting_id, plan.fingerprint())
    invitation = Invitation(plan, ("Kari", "kari@fjordkraft.no"), uid, sequence, "Europe/Oslo")
    _, event = _event(build_calendar(invitation).to_ical())
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    blocks = sum(s.minutes for s in plan.slots if s.break_kind is None)
    assert end == start + timedelta(minutes=blocks + 15)
    description = str(event["description"])
    assert "09:10–09:25  Coffee break" in description
    assert "09:25–" in description.split("Coffee break")[1].splitlines()[1]
    assert "One piece of good news related to our OKRs since last time" in description


def test_an_update_keeps_the_uid_and_raises_the_sequence(db, meeting_id, planned):
    from facilitator.domain.meeting_details import MeetingDetails
    from facilitator.store.meetings import get_meeting, update_details

    plan = load_plan(db, meeting_id)
    first = issue_invitation(db, meeting_id, plan.fingerprint())
    assert issue_invitation(db, meeting_id, plan.fingerprint()) == first  # re-sent as is
    meeting = get_meeting(db, meeting_id)
    moved = MeetingDetails.from_input(
        meeting.company.name,
        meeting.quarter,
        meeting.meeting_date,
        meeting.start_time.replace(hour=10),
        meeting.place,
        meeting.leader_name,
    )
    update_details(db, meeting_id, moved)
    later = load_plan(db, meeting_id)
    assert later.start.hour == 10 and later.fingerprint() != plan.fingerprint()
    uid, sequence = issue_invitation(db, meeting_id, later.fingerprint())
    assert (uid, sequence) == (first[0], 1)
    cancelled = issue_invitation(db, meeting_id, later.fingerprint(), cancel=True)
    assert cancelled == (uid, 2)
    invitation = Invitation(
        later, ("Kari", "kari@fjordkraft.no"), uid, 2, "Europe/Oslo", cancel=True
    )
    calendar, event = _event(build_calendar(invitation).to_ical())
    assert str(calendar["method"]) == "CANCEL"
    assert str(event["status"]) == "CANCELLED"
    assert int(event["sequence"]) == 2


def test_the_draft_as_a_mail_program_reads_it(db, meeting_id, planned):
    plan = load_plan(db, meeting_id)
    uid, sequence = issue_invitation(db, meeting_id, plan.fingerprint())
    invitation = Invitation(
        plan, ("Kari Nordmann", "kari@fjordkraft.no"), uid, sequence, "Europe/Oslo"
    )
    to = recipients(plan, ("Kari Nordmann", "kari@fjordkraft.no"))
    message = email.message_from_bytes(
        build_draft(invitation, to).as_bytes(), policy=policy.default
    )
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Invitation: Fjordkraft Test AS 2026 Q4 — OKR meeting"
    assert message["From"].addresses[0].addr_spec == "kari@fjordkraft.no"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "kari@fjordkraft.no",  # the organiser's own calendar gets the event too
        "ase@fjordkraft.no",
        "ola@fjordkraft.no",
        "per@fjordkraft.no",
    ]
    assert message["To"].addresses[2].display_name == "Ola <b>Berg</b> 🎉"
    inline = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert [p.get_param("method") for p in inline] == ["REQUEST", "REQUEST"]
    attachment = next(p for p in inline if p.get_filename() == "invite.ics")
    _, event = _event(attachment.get_content().encode("utf-8"))
    assert str(event["uid"]) == uid
    text = message.get_body(("plain",)).get_content()
    assert "You are invited to our quarterly OKR meeting (2026 Q4)" in text
    assert "Salg — Åse Ødegård:" in text and "Drift — Per Hansen:" in text
    assert "Top leader (Kari Nordmann):" in text


def test_meeting_text_never_becomes_a_header(db, meeting_id, planned):
    from facilitator.domain.meeting_details import MeetingDetails
    from facilitator.store.meetings import get_meeting, update_details

    meeting = get_meeting(db, meeting_id)
    sneaky = MeetingDetails.from_input(
        "Evil AS\nBcc: all@example.com",
        meeting.quarter,
        meeting.meeting_date,
        meeting.start_time,
        "Room\r\nX-Injected: 1",
        meeting.leader_name,
    )
    update_details(db, meeting_id, sneaky)
    plan = load_plan(db, meeting_id)
    invitation = Invitation(plan, ("Kari", "kari@fjordkraft.no"), "u@facilitator", 0, "UTC")
    raw = build_draft(invitation, recipients(plan)).as_bytes()
    message = email.message_from_bytes(raw, policy=policy.default)
    assert "Bcc" not in message and "X-Injected" not in message
    _, event = _event(build_calendar(invitation).to_ical())
    assert "\n" not in str(event["summary"]) and "\n" not in str(event["location"])


def test_invite_command_writes_both_and_updates(tmp_path, db_path, db, meeting_id, planned):
    db.close()
    eml, ics = tmp_path / "invite.eml", tmp_path / "invite.ics"
    result = _invite(tmp_path, db_path, "--eml", str(eml), "--ics", str(ics), "--tz", "Europe/Oslo")
    assert result.returncode == 0, result.stderr
    _, event = _event(ics.read_bytes())
    assert int(event["sequence"]) == 0 and str(event["organizer"]) == "mailto:kari@fjordkraft.no"
    again = _invite(tmp_path, db_path, "--ics", str(ics), "--cancel", "--tz", "Europe/Oslo")
    assert again.returncode == 0, again.stderr
    calendar, cancelled = _event(ics.read_bytes())
    assert str(calendar["method"]) == "CANCEL"
    assert str(cancelled["uid"]) == str(event["uid"]) and int(cancelled["sequence"]) == 1
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "kari@fjordkraft.no"  # her calendar too


def test_invite_command_says_what_is_missing(tmp_path, db_path, db, meeting_id):
    db.close()
    nothing = _invite(tmp_path, db_path)
    assert nothing.returncode == 1 and "--eml" in nothing.stderr
    no_sender = _invite(tmp_path, db_path, "--ics", str(tmp_path / "x.ics"))
    assert no_sender.returncode == 1
    assert "--from" in no_sender.stderr and "Traceback" not in no_sender.stderr
    bad_zone = _invite(tmp_path, db_path, "--ics", str(tmp_path / "x.ics"), "--tz", "Mars/Base")
    assert bad_zone.returncode == 1 and "Mars/Base" in bad_zone.stderr
    nobody = _invite(tmp_path, db_path, "--ics", str(tmp_path / "x.ics"), "--from", "a@b.no")
    assert nobody.returncode == 1 and "--to" in nobody.stderr


def _vobject_event(ics: bytes):
    """The calendar as a second, independent parser reads it (vobject, beside the
    icalendar the app writes with)."""
    import vobject

    calendar = vobject.readOne(ics.decode("utf-8"))
    return calendar, calendar.vevent


def test_a_second_parser_reads_the_organiser_as_chair_and_every_invitee(
    tmp_path, db_path, db, meeting_id, planned
):
    db.close()
    ics = tmp_path / "invite.ics"
    assert _invite(tmp_path, db_path, "--ics", str(ics), "--tz", "Europe/Oslo").returncode == 0
    calendar, event = _vobject_event(ics.read_bytes())
    assert calendar.method.value == "REQUEST"
    assert event.organizer.value == "mailto:kari@fjordkraft.no"
    assert "ROLE" not in event.organizer.params
    attendees = {a.value: a.params for a in event.attendee_list}
    assert set(attendees) == {
        "mailto:kari@fjordkraft.no",
        "mailto:ase@fjordkraft.no",
        "mailto:ola@fjordkraft.no",
        "mailto:per@fjordkraft.no",
    }
    assert attendees["mailto:kari@fjordkraft.no"]["ROLE"] == ["CHAIR"]
    assert attendees["mailto:kari@fjordkraft.no"]["PARTSTAT"] == ["ACCEPTED"]
    assert event.dtstart.value == datetime(2026, 12, 3, 9, 0, tzinfo=OSLO)


def test_someone_removed_from_the_invitation_gets_a_cancellation(
    tmp_path, db_path, db, meeting_id, planned
):
    """RFC 5546 §3.2.5: an update does not take the meeting out of the calendar of
    someone no longer invited; a CANCEL naming them does."""
    from facilitator.store.participants import set_email

    eml = tmp_path / "invite.eml"
    first = _invite(tmp_path, db_path, "--eml", str(eml), "--tz", "Europe/Oslo")
    assert first.returncode == 0, first.stderr
    set_email(db, planned["Per Hansen"], None)  # Per is no longer invited
    db.close()
    again = _invite(tmp_path, db_path, "--eml", str(eml), "--tz", "Europe/Oslo")
    assert again.returncode == 0, again.stderr
    assert "No longer invited: per@fjordkraft.no" in again.stdout
    removal = tmp_path / "invite-uninvited.eml"
    message = email.message_from_bytes(removal.read_bytes(), policy=policy.default)
    assert [a.addr_spec for a in message["To"].addresses] == ["per@fjordkraft.no"]
    assert message["From"].addresses[0].addr_spec == "kari@fjordkraft.no"
    part = next(p for p in message.walk() if p.get_filename() == "cancel.ics")
    cancel_ics = part.get_content().encode("utf-8")
    update = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    update_ics = next(p for p in update.walk() if p.get_filename() == "invite.ics")
    _, updated = _event(update_ics.get_content().encode("utf-8"))
    for reader in (_event, _vobject_event):
        calendar, cancel = reader(cancel_ics)
        if reader is _event:
            assert str(calendar["method"]) == "CANCEL"
            assert [str(a) for a in [cancel["attendee"]]] == ["mailto:per@fjordkraft.no"]
            assert str(cancel["uid"]) == str(updated["uid"])
            assert int(cancel["sequence"]) == int(updated["sequence"]) == 1
        else:
            assert calendar.method.value == "CANCEL"
            assert [a.value for a in cancel.attendee_list] == ["mailto:per@fjordkraft.no"]
    assert "per@fjordkraft.no" not in str(update["To"])


def test_a_change_of_time_zone_alone_raises_the_sequence(
    tmp_path, db_path, db, meeting_id, planned
):
    """08:00 in Oslo and 08:00 in New York are different instants: calendars keep the
    first unless the SEQUENCE goes up."""
    db.close()
    ics = tmp_path / "invite.ics"
    assert _invite(tmp_path, db_path, "--ics", str(ics), "--tz", "Europe/Oslo").returncode == 0
    _, oslo = _event(ics.read_bytes())
    assert _invite(tmp_path, db_path, "--ics", str(ics), "--tz", "Europe/Oslo").returncode == 0
    _, same = _event(ics.read_bytes())
    assert int(same["sequence"]) == int(oslo["sequence"]) == 0
    moved = _invite(tmp_path, db_path, "--ics", str(ics), "--tz", "America/New_York")
    assert moved.returncode == 0, moved.stderr
    _, new_york = _event(ics.read_bytes())
    assert new_york.decoded("dtstart") != oslo.decoded("dtstart")
    assert int(new_york["sequence"]) == 1 and str(new_york["uid"]) == str(oslo["uid"])
