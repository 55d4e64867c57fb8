"""Last quarter's OKRs under review: the objectives set at the company's previous meeting
(or its record), marked achieved, continued or dropped; a continued one is carried into
this meeting's new OKRs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from facilitator.domain.okr import ObjectiveItem
from facilitator.store import okrs
from facilitator.store.database import Database
from facilitator.store.history import previous_meeting
from facilitator.store.models import Objective, Participant


@dataclass(frozen=True)
class ReviewedObjective:
    objective: Objective
    department: str | None


def previous_meeting_id(db: Database, meeting_id: int) -> int | None:
    """The meeting whose OKRs this one reviews: the company's previous meeting, or the
    record of last quarter's OKRs entered for its first meeting."""
    with db.session() as session:
        previous = previous_meeting(session, meeting_id, records=True)
        return previous.id if previous is not None else None


def objectives_under_review(db: Database, meeting_id: int) -> list[Objective]:
    """The OKRs set at the previous meeting: what this meeting reports on."""
    previous = previous_meeting_id(db, meeting_id)
    return okrs.list_objectives(db, previous) if previous is not None else []


def mark_review(db: Database, meeting_id: int, objective_id: int, status: str | None) -> None:
    """Mark last quarter's objective achieved, continued or dropped; a continued one is
    carried into this meeting's new OKRs (once), linked to its predecessor."""
    okrs.update_objective(db, objective_id, "review_status", status)
    if status != "continued":
        return
    with db.session() as session:
        if session.scalar(
            select(Objective.id).where(
                Objective.meeting_id == meeting_id, Objective.predecessor_id == objective_id
            )
        ):
            return
        old = session.get_one(Objective, objective_id)
        department_name = old.department.name if old.department else None
        owner_name = old.owner.name if old.owner else None
        statement = old.statement
        krs = [
            (
                kr.statement,
                kr.achieved_value if kr.achieved_value is not None else kr.start_value,
                kr.target_value,
                kr.unit,
            )
            for kr in old.key_results
        ]
        owner_id = (
            session.scalar(
                select(Participant.id).where(
                    Participant.meeting_id == meeting_id, Participant.name == owner_name
                )
            )
            if owner_name
            else None
        )
    department_id = okrs.department_id_of(db, meeting_id, department_name or "")
    new_id = okrs.add_objective(
        db, meeting_id, statement, department_id, owner_id, predecessor_id=objective_id
    )
    for statement, start, target, unit in krs:
        okrs.add_key_result(db, new_id, statement, start, target, unit)


def review_items(db: Database, meeting_id: int) -> list[ObjectiveItem]:
    """Last quarter's OKRs under review, as plain data for the screens."""
    return [okrs.objective_item(o) for o in objectives_under_review(db, meeting_id)]
