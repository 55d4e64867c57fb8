"""Starting next quarter's meeting from this one: people, departments, vision and values.

The OKRs set at the earlier meeting are not copied: the new meeting reviews them where they
are (see store/okrs.py), and a continued objective is carried on with a link back.
"""

from __future__ import annotations

from facilitator.domain.agenda import BlockKind
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.store import agenda, meetings
from facilitator.store.database import Database
from facilitator.store.models import CompanyValue, Department, Meeting, Participant


def latest_meeting_of(db: Database, company: str) -> int | None:
    for summary in meetings.list_meetings(db):  # newest first
        if summary.company.casefold() == company.strip().casefold():
            return summary.id
    return None


def carry_over(db: Database, source_id: int, details: MeetingDetails) -> int:
    """A new meeting with the source's participants (all present), departments with their
    managers, vision, mission, purpose, values and language."""
    with db.unit_of_work() as session:
        meeting_id = meetings.create_meeting(db, details)
        source = session.get_one(Meeting, source_id)
        target = session.get_one(Meeting, meeting_id)
        target.vision, target.mission, target.purpose = (
            source.vision,
            source.mission,
            source.purpose,
        )
        target.language = source.language
        target.values = [CompanyValue(text=v.text, position=v.position) for v in source.values]
        departments = {}
        for department in source.departments:
            departments[department.id] = Department(meeting=target, name=department.name)
        session.add_all(departments.values())
        people = {}
        for person in source.participants:
            people[person.id] = Participant(
                meeting=target,
                name=person.name,
                email=person.email,
                present=True,
                position=person.position,
                department=departments.get(person.department_id)
                if person.department_id is not None
                else None,
            )
        session.add_all(people.values())
        session.flush()
        for old_id, department in departments.items():
            old = session.get_one(Department, old_id)
            if old.manager_id in people:
                department.manager = people[old.manager_id]
    return meeting_id


def start_meeting(
    db: Database,
    details: MeetingDetails,
    language: str,
    planned_minutes: dict[BlockKind, int],
    carry_from: int | None = None,
) -> int:
    """File → New meeting as one transaction: the meeting (carried over from `carry_from`
    when given), with the leader's default minutes per block."""
    with db.unit_of_work():
        if carry_from is not None:
            meeting_id = carry_over(db, carry_from, details)
        else:
            meeting_id = meetings.create_meeting(db, details, language)
        for kind, minutes in planned_minutes.items():
            agenda.set_planned_minutes(db, meeting_id, kind, minutes)
    return meeting_id
