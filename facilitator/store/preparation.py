"""Before the meeting: the plan the invitation and printed agenda show, the preparation
checklist, and the invitation's identity (UID and SEQUENCE) across updates."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import BreakKind
from facilitator.domain.preparation import MeetingPlan, Person, Task, invited_in, planned_slots
from facilitator.domain.timer import TimerState
from facilitator.store.database import Database
from facilitator.store.models import (
    AgendaBlock,
    BreakoutGroup,
    GroupMember,
    Meeting,
    Participant,
    PreparationCheck,
    SelfEvaluation,
)


def load_plan(db: Database, meeting_id: int) -> MeetingPlan:
    """The meeting as planned, in a handful of queries."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        plan = MeetingPlan(
            meeting_id=meeting_id,
            company=meeting.company.name,
            quarter=meeting.quarter,
            meeting_date=meeting.meeting_date,
            start_time=meeting.start_time,
            place=meeting.place,
            leader=meeting.leader_name,
            language=meeting.language,
        )
        people = session.scalars(
            select(Participant)
            .where(Participant.meeting_id == meeting_id)
            .options(selectinload(Participant.department))
            .order_by(Participant.position, Participant.id)
        )
        plan.people = [
            Person(p.id, p.name, p.email, p.department.name if p.department else None, p.present)
            for p in people
        ]
        names = {p.id: p.name for p in plan.people}
        plan.managers = {d.name: d.manager_id for d in meeting.departments}
        blocks = list(
            session.scalars(
                select(AgendaBlock)
                .where(AgendaBlock.meeting_id == meeting_id)
                .order_by(AgendaBlock.position)
            )
        )
        plan.started = any(b.timer_state != TimerState.IDLE.value for b in blocks)
        plan.slots = planned_slots(
            meeting.meeting_date,
            meeting.start_time,
            [(BlockKind(b.kind), b.planned_minutes) for b in blocks],
            {
                BlockKind(b.after_kind): (BreakKind(b.kind), b.planned_minutes)
                for b in meeting.breaks
            },
        )
        plan.reporting_order = _reporting_order(session, meeting, names)
        plan.groups = _groups(session, meeting_id)
    return plan


def _reporting_order(
    session: Session, meeting: Meeting, names: dict[int, str]
) -> list[tuple[str | None, str | None]]:
    """Who reports for whom, in order."""
    reports = list(
        session.scalars(
            select(SelfEvaluation)
            .where(SelfEvaluation.meeting_id == meeting.id, SelfEvaluation.skipped.is_(False))
            .options(selectinload(SelfEvaluation.department))
            .order_by(SelfEvaluation.position, SelfEvaluation.id)
        )
    )
    if reports:
        return [
            (r.department.name if r.department else None, names.get(r.reporter_id or 0))
            for r in reports
        ]
    # Not set up yet: the company first, then the departments, as block 2 will.
    return [(None, meeting.leader_name or None)] + [
        (d.name, names.get(d.manager_id or 0))
        for d in sorted(meeting.departments, key=lambda d: d.name.casefold())
    ]


def _groups(session: Session, meeting_id: int) -> list[tuple[str, tuple[str, ...]]]:
    """Block 3's groups and their members, if assigned."""
    groups = session.scalars(
        select(BreakoutGroup)
        .where(
            BreakoutGroup.meeting_id == meeting_id,
            BreakoutGroup.block_kind == BlockKind.SUCCESSES_LEARNINGS.value,
        )
        .options(selectinload(BreakoutGroup.members).selectinload(GroupMember.participant))
        .order_by(BreakoutGroup.position, BreakoutGroup.id)
    )
    return [(g.name, tuple(m.participant.name for m in g.members)) for g in groups]


def checked(db: Database, meeting_id: int) -> set[tuple[str, int]]:
    """(task, participant id) of everything ticked off as prepared."""
    with db.session() as session:
        rows = session.execute(
            select(PreparationCheck.task, PreparationCheck.participant_id).where(
                PreparationCheck.meeting_id == meeting_id
            )
        )
        return {(task, participant) for task, participant in rows}


def set_checked(db: Database, meeting_id: int, task: Task, participant_id: int, done: bool) -> None:
    with db.session() as session:
        row = session.scalar(
            select(PreparationCheck).where(
                PreparationCheck.meeting_id == meeting_id,
                PreparationCheck.task == task.value,
                PreparationCheck.participant_id == participant_id,
            )
        )
        if done and row is None:
            session.add(
                PreparationCheck(
                    meeting_id=meeting_id, task=task.value, participant_id=participant_id
                )
            )
        elif not done and row is not None:
            session.delete(row)


def issue_invitation(
    db: Database, meeting_id: int, fingerprint: str, cancel: bool = False
) -> tuple[str, int]:
    """The UID and SEQUENCE for the invitation about to be written, recorded as sent.

    The first invitation gets a new UID and SEQUENCE 0. Sending again with the same plan
    repeats the SEQUENCE (calendars treat it as the same version); a changed plan, a
    cancellation, or a new request after a cancellation takes the next one, so every
    calendar updates the event it already holds instead of adding a second.
    """
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        if meeting.invitation_uid is None:
            meeting.invitation_uid = f"{uuid.uuid4()}@facilitator"
            meeting.invitation_sequence = 0
        elif cancel != meeting.invitation_cancelled or fingerprint != meeting.invitation_plan:
            meeting.invitation_sequence += 1
        meeting.invitation_plan = fingerprint
        meeting.invitation_cancelled = cancel
        return meeting.invitation_uid, meeting.invitation_sequence


def invited_before(db: Database, meeting_id: int) -> list[str]:
    """Who the last invitation went to (none when it was a cancellation: the event is
    gone from their calendars already)."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        if meeting.invitation_uid is None or meeting.invitation_cancelled:
            return []
        return invited_in(meeting.invitation_plan)


def invitation_state(db: Database, meeting_id: int) -> tuple[str | None, int, bool]:
    """(UID or None when never sent, last SEQUENCE, cancelled)."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        return (
            meeting.invitation_uid,
            meeting.invitation_sequence,
            meeting.invitation_cancelled,
        )
