"""Meetings, their company profile (vision, mission, purpose, values) and agenda plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, get_args

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from facilitator.domain.agenda import BlockKind, default_plan
from facilitator.domain.meeting_details import MeetingDetails
from facilitator.domain.quarter import Quarter
from facilitator.domain.validation import Field, Problem, ValidationError, require_name
from facilitator.store.database import Database
from facilitator.store.models import AgendaBlock, Company, CompanyValue, Meeting, Participant


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    company: str
    quarter: str
    meeting_date: date
    participants: int


def _company(session: Session, name: str) -> Company:
    company = session.scalar(select(Company).where(Company.name == name))
    if company is None:
        company = Company(name=name)
        session.add(company)
    return company


def create_meeting(db: Database, details: MeetingDetails, language: str = "en") -> int:
    """A new meeting with the six agenda blocks planned for a small group."""
    with db.session() as session:
        meeting = Meeting(
            language=language,
            company=_company(session, details.company),
            quarter=str(details.quarter),
            meeting_date=details.meeting_date,
            start_time=details.start_time,
            place=details.place,
            leader_name=details.leader,
        )
        plan = default_plan(participants_present=0)
        meeting.agenda = [
            AgendaBlock(
                kind=kind.value,
                position=kind.number,
                planned_minutes=plan[kind],
                minutes_edited=False,
            )
            for kind in BlockKind
        ]
        session.add(meeting)
        session.flush()
        return meeting.id


def details_of(db: Database, meeting_id: int) -> MeetingDetails:
    """The meeting's details as the setup page edits them."""
    return details_of_meeting(get_meeting(db, meeting_id))


def details_of_meeting(meeting: Meeting) -> MeetingDetails:
    """The details of a meeting already read (`get_meeting`)."""
    return MeetingDetails(
        company=meeting.company.name,
        quarter=Quarter.parse(meeting.quarter),
        meeting_date=meeting.meeting_date,
        start_time=meeting.start_time,
        place=meeting.place,
        leader=meeting.leader_name,
    )


def update_details(db: Database, meeting_id: int, details: MeetingDetails) -> None:
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        meeting.company = _company(session, details.company)
        meeting.quarter = str(details.quarter)
        meeting.meeting_date = details.meeting_date
        meeting.start_time = details.start_time
        meeting.place = details.place
        meeting.leader_name = details.leader


@dataclass(frozen=True)
class MeetingFacts:
    """What most screens need of a meeting, read in one statement (`get_meeting` reads the
    whole meeting with its values and agenda: four)."""

    company: str
    quarter: str
    meeting_date: date
    language: str
    strategic_priorities: str


def meeting_facts(db: Database, meeting_id: int) -> MeetingFacts:
    with db.session() as session:
        row = session.execute(
            select(
                Company.name,
                Meeting.quarter,
                Meeting.meeting_date,
                Meeting.language,
                Meeting.strategic_priorities,
            )
            .join(Company)
            .where(Meeting.id == meeting_id)
        ).one_or_none()
    if row is None:
        raise LookupError(meeting_id)
    return MeetingFacts(*row)


def get_meeting(db: Database, meeting_id: int) -> Meeting:
    """The meeting with its company, values and agenda loaded (detached, safe to read)."""
    with db.session() as session:
        meeting = session.scalar(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.company),
                selectinload(Meeting.values),
                selectinload(Meeting.agenda),
            )
        )
        if meeting is None:
            raise LookupError(meeting_id)
        return meeting


def list_meetings(db: Database) -> list[MeetingSummary]:
    """All meetings held in the app (not the records of earlier quarters), newest first."""
    counts = (
        select(Participant.meeting_id, func.count().label("n"))
        .group_by(Participant.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting.id, Company.name, Meeting.quarter, Meeting.meeting_date, counts.c.n)
        .join(Company)
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .where(Meeting.record_only.is_(False))
        .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
    )
    with db.session() as session:
        return [
            MeetingSummary(id_, company, quarter, day, n or 0)
            for id_, company, quarter, day, n in session.execute(query)
        ]


def latest_meeting_id(db: Database) -> int | None:
    meetings = list_meetings(db)
    return meetings[0].id if meetings else None


def company_names(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Company.name).order_by(Company.name)))


ProfileText = Literal[
    "vision",
    "mission",
    "purpose",
    "strategic_priorities",
    "summary",
    "most_value",
    "do_differently",
]
_TEXT_FIELDS = get_args(ProfileText)


def update_profile_text(db: Database, meeting_id: int, field: ProfileText, text: str) -> None:
    """Save one of the meeting's texts as typed (kept verbatim, markup and emoji too):
    vision, mission, purpose, block 5's strategic priorities, or the summary texts."""
    if field not in _TEXT_FIELDS:
        raise ValueError(field)
    with db.session() as session:
        setattr(session.get_one(Meeting, meeting_id), field, text)


def set_language(db: Database, meeting_id: int, language: str) -> None:
    """The language of the meeting's minutes and e-mail ("en" or "nb")."""
    if language not in ("en", "nb"):
        raise ValueError(language)
    with db.session() as session:
        session.get_one(Meeting, meeting_id).language = language


def set_quarter_closed(db: Database, meeting_id: int, moment: datetime | None) -> None:
    """Record the moment the quarter was declared closed (None takes it back)."""
    with db.session() as session:
        session.get_one(Meeting, meeting_id).quarter_closed_at = moment


def list_values(db: Database, meeting_id: int) -> list[CompanyValue]:
    with db.session() as session:
        query = (
            select(CompanyValue)
            .where(CompanyValue.meeting_id == meeting_id)
            .order_by(CompanyValue.position, CompanyValue.id)
        )
        return list(session.scalars(query))


def _check_value_unique(session: Session, meeting_id: int, text: str, own_id: int = 0) -> None:
    for value in session.scalars(select(CompanyValue).where(CompanyValue.meeting_id == meeting_id)):
        if value.id != own_id and value.text.casefold() == text.casefold():
            raise ValidationError(Field.VALUE, Problem.DUPLICATE, text)


def add_value(db: Database, meeting_id: int, text: str) -> int:
    text = require_name(Field.VALUE, text)
    with db.session() as session:
        _check_value_unique(session, meeting_id, text)
        last = session.scalar(
            select(func.max(CompanyValue.position)).where(CompanyValue.meeting_id == meeting_id)
        )
        value = CompanyValue(meeting_id=meeting_id, text=text, position=(last or 0) + 1)
        session.add(value)
        session.flush()
        return value.id


def rename_value(db: Database, value_id: int, text: str) -> None:
    text = require_name(Field.VALUE, text)
    with db.session() as session:
        value = session.get_one(CompanyValue, value_id)
        _check_value_unique(session, value.meeting_id, text, own_id=value_id)
        value.text = text


def remove_value(db: Database, value_id: int) -> None:
    with db.session() as session:
        session.delete(session.get_one(CompanyValue, value_id))


def move_value(db: Database, value_id: int, offset: int) -> None:
    """Move a value up (-1) or down (+1) in the list."""
    with db.session() as session:
        value = session.get_one(CompanyValue, value_id)
        siblings = list(
            session.scalars(
                select(CompanyValue)
                .where(CompanyValue.meeting_id == value.meeting_id)
                .order_by(CompanyValue.position, CompanyValue.id)
            )
        )
        index = siblings.index(value)
        target = max(0, min(len(siblings) - 1, index + offset))
        siblings.insert(target, siblings.pop(index))
        for position, sibling in enumerate(siblings, start=1):
            sibling.position = position
