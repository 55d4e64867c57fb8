"""Reading one meeting, whole, into the plain values the minutes are made from."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from facilitator.domain import minutes as m
from facilitator.domain.agenda import BlockKind
from facilitator.domain.breaks import PlannedBreak
from facilitator.domain.schedule import in_order
from facilitator.domain.timer import TimerState
from facilitator.store.agenda import load_blocks, load_breaks
from facilitator.store.database import Database
from facilitator.store.history import next_meeting_date, previous_meeting
from facilitator.store.models import (
    ActionItem,
    BreakoutGroup,
    Feedback,
    GoodNewsItem,
    GroupMember,
    KeyResult,
    Meeting,
    Objective,
    Participant,
    Reflection,
    RoomScore,
    SelfEvaluation,
    ShoutOut,
    ValueExample,
)
from facilitator.store.room import report_poll


def _name(person: Participant | None) -> str | None:
    return person.name if person is not None else None


def load_minutes(db: Database, meeting_id: int) -> m.MinutesData:
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        data = m.MinutesData(
            company=meeting.company.name,
            quarter=meeting.quarter,
            meeting_date=meeting.meeting_date,
            start_time=meeting.start_time,
            place=meeting.place,
            leader=meeting.leader_name,
            language=meeting.language,
            vision=meeting.vision,
            mission=meeting.mission,
            purpose=meeting.purpose,
            quarter_closed_at=meeting.quarter_closed_at,
            summary=meeting.summary,
            most_value=meeting.most_value,
            do_differently=meeting.do_differently,
        )
        data.participants = [
            m.Person(p.name, p.email, p.department.name if p.department else None, p.present)
            for p in meeting.participants
        ]
        data.managers = {d.name: _name(d.manager) for d in meeting.departments}
        _conversation(session, meeting_id, data, meeting)
        data.evaluations = _evaluations(session, meeting_id)
        data.groups = _groups(session, meeting_id)
        data.objectives = _objectives(session, meeting_id)
        data.strategic_priorities = meeting.strategic_priorities
        data.actions = _actions(session, meeting_id)
        reviewed = previous_meeting(session, meeting_id, records=True)
        if reviewed is not None:
            data.review = _objectives(session, reviewed.id)
            data.review_quarter = reviewed.quarter
        earlier = previous_meeting(session, meeting_id)
        if earlier is not None:
            data.earlier_actions = _actions(session, earlier.id)
        data.next_meeting = next_meeting_date(session, meeting_id)
    data.agenda = _agenda(db, meeting_id)
    return data


def _agenda(db: Database, meeting_id: int) -> list[m.AgendaRow]:
    rows = []
    for block in in_order(load_blocks(db, meeting_id), load_breaks(db, meeting_id)):
        timer = block.timer
        after = block.after if isinstance(block, PlannedBreak) else block.kind
        done = timer.state is TimerState.DONE and timer.ended_at is not None
        rows.append(
            m.AgendaRow(
                after,
                timer.planned_seconds // 60,
                timer.started_at,
                timer.ended_at if done else None,
                round(timer.elapsed(timer.ended_at) / 60) if done and timer.ended_at else None,
                block.kind if isinstance(block, PlannedBreak) else None,
            )
        )
    return rows


def _conversation(session: Session, meeting_id: int, data: m.MinutesData, meeting: Meeting) -> None:
    news = session.scalars(
        select(GoodNewsItem)
        .where(GoodNewsItem.meeting_id == meeting_id)
        .options(selectinload(GoodNewsItem.participant))
        .order_by(GoodNewsItem.position, GoodNewsItem.id)
    )
    data.good_news = [
        m.GoodNews(_name(n.participant) or "", n.good_news, n.challenges, n.skipped) for n in news
    ]
    shouts = session.scalars(
        select(ShoutOut)
        .where(ShoutOut.meeting_id == meeting_id)
        .options(selectinload(ShoutOut.praised_by))
        .order_by(ShoutOut.id)
    )
    data.shout_outs = [
        m.ShoutOut(s.praised, _name(s.praised_by), s.reason, s.passed_on) for s in shouts
    ]
    examples = list(
        session.scalars(
            select(ValueExample)
            .where(ValueExample.meeting_id == meeting_id)
            .options(selectinload(ValueExample.given_by))
            .order_by(ValueExample.id)
        )
    )
    data.values = [
        m.ValueWithExamples(
            value.text,
            tuple((e.example, _name(e.given_by)) for e in examples if e.value_id == value.id),
        )
        for value in meeting.values
    ]
    feedback = session.scalars(
        select(Feedback)
        .where(Feedback.meeting_id == meeting_id)
        .options(selectinload(Feedback.giver), selectinload(Feedback.receiver))
        .order_by(Feedback.id)
    )
    data.feedback = [m.Feedback(_name(f.giver), _name(f.receiver), f.text) for f in feedback]
    reflections = session.scalars(
        select(Reflection.text)
        .where(Reflection.meeting_id == meeting_id)
        .order_by(Reflection.position, Reflection.id)
    )
    data.reflections = list(reflections)


def _evaluations(session: Session, meeting_id: int) -> list[m.Evaluation]:
    rows = session.scalars(
        select(SelfEvaluation)
        .where(SelfEvaluation.meeting_id == meeting_id)
        .options(
            selectinload(SelfEvaluation.department),
            selectinload(SelfEvaluation.reporter),
            selectinload(SelfEvaluation.notes),
        )
        .order_by(SelfEvaluation.position, SelfEvaluation.id)
    )
    room: dict[str, dict[int, int]] = {}
    for poll, score, count in session.execute(
        select(RoomScore.poll, RoomScore.score, func.count())
        .where(RoomScore.meeting_id == meeting_id)
        .group_by(RoomScore.poll, RoomScore.score)
    ):
        room.setdefault(poll, {})[score] = count
    result = [
        m.Evaluation(
            e.department.name if e.department else None,
            _name(e.reporter),
            e.score,
            {n.dimension: (n.good, n.better) for n in e.notes},
            room.get(report_poll(e.id), {}),  # the room link's scoring of this report
        )
        for e in rows
    ]
    # The company first, then the departments in their reporting order.
    return sorted(result, key=lambda e: e.entity is not None)


def _groups(session: Session, meeting_id: int) -> list[m.Group]:
    groups = session.scalars(
        select(BreakoutGroup)
        .where(BreakoutGroup.meeting_id == meeting_id)
        .options(
            selectinload(BreakoutGroup.members).selectinload(GroupMember.participant),
            selectinload(BreakoutGroup.notes),
            selectinload(BreakoutGroup.scribe),
            selectinload(BreakoutGroup.presenter),
        )
        .order_by(BreakoutGroup.block_kind, BreakoutGroup.position, BreakoutGroup.id)
    )
    return [
        m.Group(
            g.name,
            BlockKind(g.block_kind),
            tuple(sorted((gm.participant.name for gm in g.members), key=str.casefold)),
            _name(g.scribe),
            _name(g.presenter),
            tuple(n.text for n in g.notes if n.kind == "success"),
            tuple(n.text for n in g.notes if n.kind == "learning"),
        )
        for g in groups
    ]


def _actions(session: Session, meeting_id: int) -> list[m.ActionItem]:
    actions = session.scalars(
        select(ActionItem)
        .where(ActionItem.meeting_id == meeting_id)
        .options(selectinload(ActionItem.owner))
        .order_by(ActionItem.position, ActionItem.id)
    )
    return [m.ActionItem(a.what, _name(a.owner), a.due_date, a.follow_up) for a in actions]


def _objectives(session: Session, meeting_id: int) -> list[m.ObjectiveRow]:
    objectives = list(
        session.scalars(
            select(Objective)
            .where(Objective.meeting_id == meeting_id)
            .options(
                selectinload(Objective.department),
                selectinload(Objective.owner),
                selectinload(Objective.approved_by),
                selectinload(Objective.key_results).selectinload(KeyResult.owner),
                selectinload(Objective.aligned_key_result),
            )
            .order_by(Objective.position, Objective.id)
        )
    )
    statements = {o.id: o.statement for o in objectives}
    rows = []
    for objective in objectives:
        krs = tuple(
            m.KeyResultRow(
                kr.statement,
                kr.start_value,
                kr.target_value,
                kr.achieved_value,
                kr.unit,
                statements.get(kr.aligned_objective_id) if kr.aligned_objective_id else None,
                _name(kr.owner),
            )
            for kr in objective.key_results
        )
        aligned = objective.aligned_key_result
        rows.append(
            m.ObjectiveRow(
                objective.department.name if objective.department else None,
                objective.statement,
                _name(objective.owner),
                krs,
                aligned.statement if aligned is not None else None,
                objective.review_status,
                _name(objective.approved_by),
                objective.approved_at,
                objective.predecessor_id is not None,
            )
        )
    # Company objectives first, then departments by name, each in their own order.
    return sorted(rows, key=lambda o: (o.department is not None, (o.department or "").casefold()))
