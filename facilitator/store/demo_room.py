"""The demo meeting's room link: what the phones sent (the room's blind scores on the
company's quarter, a shout-out and good news), block 3's dot-vote on the learnings and
block 5's consent to the company objectives, and the room's questions."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.domain.evaluation import report_poll
from facilitator.store.demo_agenda import local
from facilitator.store.models import (
    BreakoutGroup,
    ConsentReveal,
    DotVote,
    Meeting,
    Objective,
    QuestionVote,
    RoomConsent,
    RoomDot,
    RoomMessage,
    RoomQuestion,
    RoomScore,
    SelfEvaluation,
)


def room_link(session: Session, meeting: Meeting) -> None:
    """What the phones sent: the room's own scores on the company's quarter (a little
    below the leader's 7) and a shout-out and good news the leader took in."""
    session.flush()
    company = session.scalar(
        select(SelfEvaluation).where(
            SelfEvaluation.meeting_id == meeting.id, SelfEvaluation.department_id.is_(None)
        )
    )
    assert company is not None
    # Scored blind, then revealed beside the leader's own 7, in block 2.
    company.room_revealed_at = local(meeting.meeting_date, meeting.start_time) + timedelta(
        minutes=30
    )
    for index, score in enumerate((6, 7, 7, 5, 8, 6, 7, 6, 9, 6, 7)):
        session.add(
            RoomScore(
                meeting_id=meeting.id,
                poll=report_poll(company.id),
                voter=f"demo-phone-{index:02d}",
                score=score,
            )
        )
    session.add_all(
        [
            RoomMessage(
                meeting_id=meeting.id,
                kind="shout_out",
                praised="Montørene i Bergen",
                text="for helgejobben etter stormen",
                sender="Tove",
                status="accepted",
            ),
            RoomMessage(
                meeting_id=meeting.id,
                kind="good_news",
                text="Kunden i Åsane ringte bare for å si takk",
                status="dismissed",  # the speaker had already told it
            ),
        ]
    )


# How the demo's room spent its dots: (group, kind, line's position) -> dots per phone,
# phone by phone: 14 phones, 3 dots each, at most one per line.
DEMO_DOTS = (
    ((0, "learning", 0), (1, "success", 0), (2, "learning", 1)),
    ((0, "learning", 0), (2, "learning", 1), (1, "learning", 0)),
    ((0, "learning", 0), (1, "success", 0), (0, "success", 0)),
    ((2, "learning", 1), (0, "learning", 0), (1, "learning", 0)),
    ((0, "learning", 0), (2, "success", 0), (1, "success", 0)),
    ((2, "learning", 1), (1, "success", 0), (0, "success", 1)),
    ((0, "learning", 0), (2, "learning", 1), (1, "learning", 0)),
    ((1, "success", 0), (2, "learning", 1), (0, "learning", 1)),
    ((0, "learning", 0), (1, "learning", 0), (2, "success", 0)),
    ((2, "learning", 1), (0, "learning", 0), (1, "success", 0)),
    ((0, "success", 0), (2, "learning", 0), (1, "learning", 0)),
    ((0, "learning", 0), (2, "learning", 1), (1, "success", 0)),
    ((1, "learning", 0), (0, "success", 0), (2, "learning", 0)),
    ((0, "learning", 0),),
)


def dot_vote(session: Session, meeting: Meeting, revealed: bool) -> None:
    """The room's dot-vote on the learnings: turned on; in the finished meeting, voted
    after the presentations and revealed (the live meeting has it still to come)."""
    session.flush()
    vote = DotVote(meeting_id=meeting.id, dots=3, per_line=1)
    session.add(vote)
    if not revealed:
        return
    groups = session.scalars(
        select(BreakoutGroup)
        .where(BreakoutGroup.meeting_id == meeting.id)
        .order_by(BreakoutGroup.position)
    ).all()
    vote.revealed_at = local(meeting.meeting_date, meeting.start_time) + timedelta(minutes=95)
    for phone, choices in enumerate(DEMO_DOTS):
        for group, kind, position in choices:
            [note] = [n for n in groups[group].notes if (n.kind, n.position) == (kind, position)]
            session.add(
                RoomDot(
                    meeting_id=meeting.id, note_id=note.id, voter=f"demo-phone-{phone:02d}", dots=1
                )
            )


# The room's hands on the company objectives, phone by phone (fist to five): the first is
# backed; on the second two phones showed 2 and the leader heard them before approving.
DEMO_HANDS = (
    (4, 5, 4, 3, 5, 4, 4, 5, 3, 4, 5, 4, 4, 3),
    (3, 4, 2, 3, 4, 3, 2, 4, 5, 3, 4, 3, 4, 3),
    (5, 4, 4, 5, 3, 4, 4, 4, 5, 3, 4, 4, 5, 4),
)


def consent(session: Session, meeting: Meeting, revealed: bool) -> None:
    """The room's consent to the company objectives: asked; in the finished meeting,
    shown on the phones and revealed for each (the live meeting has it still to come)."""
    meeting.room_consent = True
    if not revealed:
        return
    session.flush()
    objectives = session.scalars(
        select(Objective)
        .where(Objective.meeting_id == meeting.id, Objective.department_id.is_(None))
        .order_by(Objective.position, Objective.id)
    ).all()
    moment = local(meeting.meeting_date, meeting.start_time) + timedelta(minutes=170)
    for objective, hands in zip(objectives, DEMO_HANDS, strict=True):
        session.add(
            ConsentReveal(objective_id=objective.id, meeting_id=meeting.id, revealed_at=moment)
        )
        for phone, fingers in enumerate(hands):
            session.add(
                RoomConsent(
                    meeting_id=meeting.id,
                    objective_id=objective.id,
                    voter=f"demo-phone-{phone:02d}",
                    fingers=fingers,
                )
            )


# The room's questions: asked from the phones during blocks 2 and 6 (text, upvoting phones,
# answered); a dismissed one the leader had already answered aloud.
DEMO_QUESTIONS = (
    ("Når kommer «Min strøm» på iPhone?", 9, True),
    ("Hvordan måler vi NPS i Sogn & Fjordane, der vi er nye?", 6, True),
    ("Får montørene opplæring i batterier før sommeren?", 11, False),
)


def questions(session: Session, meeting: Meeting, asked: bool) -> None:
    """What the phones asked in the finished meeting (the live one has none yet)."""
    if not asked:
        return
    moment = local(meeting.meeting_date, meeting.start_time) + timedelta(minutes=60)
    for number, (text, upvotes, answered) in enumerate(DEMO_QUESTIONS):
        question = RoomQuestion(
            meeting_id=meeting.id,
            text=text,
            voter=f"demo-phone-{number + 3:02d}",
            status="answered" if answered else "approved",
            asked_at=moment,
            answered_at=moment + timedelta(minutes=5) if answered else None,
        )
        question.votes = [QuestionVote(voter=f"demo-phone-{n:02d}") for n in range(upvotes)]
        session.add(question)
    session.add(
        RoomQuestion(
            meeting_id=meeting.id,
            text="Blir det kake?",
            voter="demo-phone-13",
            status="dismissed",
            asked_at=moment,
        )
    )
