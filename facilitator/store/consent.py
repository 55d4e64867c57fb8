"""Block 5's consent from the room: whether the meeting asks for it, the company's new
objectives it is asked on, each phone's hand (one per phone and objective; showing it
again changes it), the count before the reveal and the distribution after it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update

from facilitator.domain.consent import Consent, is_fingers
from facilitator.store.database import Database
from facilitator.store.models import ConsentReveal, Meeting, Objective, RoomConsent


def consent_asked(db: Database, meeting_id: int) -> bool:
    with db.session() as session:
        return session.get_one(Meeting, meeting_id).room_consent


def set_consent_asked(db: Database, meeting_id: int, asked: bool) -> None:
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        if meeting.room_consent != asked:
            meeting.room_consent = asked


def company_objectives(db: Database, meeting_id: int) -> list[tuple[int, str]]:
    """(id, statement) of the meeting's new company objectives, in their order: one
    consent step each."""
    with db.session() as session:
        rows = session.execute(
            select(Objective.id, Objective.statement)
            .where(Objective.meeting_id == meeting_id, Objective.department_id.is_(None))
            .order_by(Objective.position, Objective.id)
        )
        return [(objective_id, statement) for objective_id, statement in rows]


def show_hand(db: Database, meeting_id: int, objective_id: int, voter: str, fingers: int) -> None:
    """One phone's hand on one objective of this meeting. Raises ValueError for a hand
    out of range or an objective that is not one of this meeting's company objectives.

    The update comes first (a writer from its first statement, as `room.give_score`)."""
    if not is_fingers(fingers):
        raise ValueError(fingers)
    with db.session() as session:
        changed = session.execute(
            update(RoomConsent)
            .where(
                RoomConsent.meeting_id == meeting_id,
                RoomConsent.objective_id == objective_id,
                RoomConsent.voter == voter,
            )
            .values(fingers=fingers)
        )
        if changed.rowcount:  # type: ignore[attr-defined]
            return
        objective = session.get(Objective, objective_id)
        if objective is None or objective.meeting_id != meeting_id or objective.department_id:
            raise ValueError(objective_id)
        session.add(
            RoomConsent(
                meeting_id=meeting_id, objective_id=objective_id, voter=voter, fingers=fingers
            )
        )


def hand_counts(db: Database, meeting_id: int) -> dict[int, int]:
    """Objective id -> how many phones showed a hand: all the laptop reads before a reveal."""
    with db.session() as session:
        rows = session.execute(
            select(RoomConsent.objective_id, func.count())
            .where(RoomConsent.meeting_id == meeting_id)
            .group_by(RoomConsent.objective_id)
        )
        return {objective_id: count for objective_id, count in rows}


def revealed_consent(db: Database, meeting_id: int) -> dict[int, Consent]:
    """Objective id -> the room's hands, for the objectives the leader revealed."""
    with db.session() as session:
        revealed = set(
            session.scalars(
                select(ConsentReveal.objective_id).where(ConsentReveal.meeting_id == meeting_id)
            )
        )
        rows = session.execute(
            select(RoomConsent.objective_id, RoomConsent.fingers, func.count())
            .where(RoomConsent.meeting_id == meeting_id)
            .group_by(RoomConsent.objective_id, RoomConsent.fingers)
        )
        counts: dict[int, dict[int, int]] = {objective_id: {} for objective_id in revealed}
        for objective_id, fingers, count in rows:
            if objective_id in revealed:
                counts[objective_id][fingers] = count
    return {objective_id: Consent(hands) for objective_id, hands in counts.items()}


def set_revealed(db: Database, meeting_id: int, objective_id: int, now: datetime | None) -> None:
    """The leader revealed the room's hands on an objective (`now`), or hid them (None).
    A reveal keeps its first moment (a laptop following a shared meeting writes nothing)."""
    with db.session() as session:
        row = session.get(ConsentReveal, objective_id)
        if now is None and row is not None:
            session.delete(row)
        elif now is not None and row is None:
            session.add(
                ConsentReveal(objective_id=objective_id, meeting_id=meeting_id, revealed_at=now)
            )
