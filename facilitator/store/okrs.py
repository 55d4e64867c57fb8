"""Objectives and key results: the new OKRs of a meeting, their alignment and approval.
Last quarter's review is `okr_review.py`; the OKRs as CSV rows `okr_rows.py`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from facilitator.domain.okr import KeyResultItem, ObjectiveItem, parse_number
from facilitator.domain.preparation import Person, top_leader
from facilitator.domain.validation import Field, Problem, ValidationError, require_text
from facilitator.store.conflicts import UNSEEN, check_seen, once_more_on_race
from facilitator.store.database import Database
from facilitator.store.models import Department, KeyResult, Meeting, Objective, Participant

REVIEW_STATUSES = ("achieved", "continued", "dropped")

# The fields an edit names (checked by the type checker at every call).
ObjectiveField = Literal["statement", "owner_id", "aligned_key_result_id", "review_status"]
KeyResultField = Literal[
    "statement",
    "start_value",
    "target_value",
    "achieved_value",
    "unit",
    "owner_id",
    "aligned_objective_id",
]


def list_objectives(db: Database, meeting_id: int) -> list[Objective]:
    """All objectives with key results, owners and departments: company ones first."""
    with db.session() as session:
        objectives = list(
            session.scalars(
                select(Objective)
                .where(Objective.meeting_id == meeting_id)
                .options(
                    selectinload(Objective.key_results).selectinload(KeyResult.owner),
                    selectinload(Objective.owner),
                    selectinload(Objective.approved_by),
                    selectinload(Objective.department),
                    selectinload(Objective.aligned_key_result),
                )
                .order_by(Objective.position, Objective.id)
            )
        )
    return sorted(
        objectives,
        key=lambda o: (
            o.department_id is not None,
            o.department.name.casefold() if o.department else "",
        ),
    )


def objective_item(objective: Objective) -> ObjectiveItem:
    return ObjectiveItem(
        id=objective.id,
        statement=objective.statement,
        department_id=objective.department_id,
        department_name=objective.department.name if objective.department else None,
        owner_id=objective.owner_id,
        owner_name=objective.owner.name if objective.owner else None,
        key_results=tuple(
            KeyResultItem(
                id=kr.id,
                statement=kr.statement,
                start_value=kr.start_value,
                target_value=kr.target_value,
                achieved_value=kr.achieved_value,
                unit=kr.unit,
                owner_id=kr.owner_id,
                owner_name=kr.owner.name if kr.owner else None,
                aligned_objective_id=kr.aligned_objective_id,
            )
            for kr in objective.key_results
        ),
        aligned_key_result_id=objective.aligned_key_result_id,
        aligned_key_result_statement=(
            objective.aligned_key_result.statement if objective.aligned_key_result else None
        ),
        predecessor_id=objective.predecessor_id,
        review_status=objective.review_status,
        approved_by_id=objective.approved_by_id,
        approved_by_name=objective.approved_by.name if objective.approved_by else None,
        approved_at=objective.approved_at,
    )


def objective_items(db: Database, meeting_id: int) -> list[ObjectiveItem]:
    """The meeting's new OKRs as plain data for the screens (company first)."""
    return [objective_item(o) for o in list_objectives(db, meeting_id)]


def is_aligned(objective: Objective) -> bool:
    """A department objective counts as linked when it became from a company key result
    or one of its key results serves a company objective."""
    return objective.aligned_key_result_id is not None or any(
        kr.aligned_objective_id is not None for kr in objective.key_results
    )


def _check_person(session: Session, meeting_id: int, person_id: int | None) -> int | None:
    if not person_id:
        return None
    person = session.get(Participant, int(person_id))
    if person is None or person.meeting_id != meeting_id:
        raise ValidationError(Field.OWNER, Problem.UNKNOWN_PERSON, str(person_id))
    return person.id


def _number(value: object) -> float | None:
    try:
        return parse_number(value)
    except ValueError:
        raise ValidationError(Field.NUMBER, Problem.INVALID, str(value)) from None


def add_objective(
    db: Database,
    meeting_id: int,
    statement: str,
    department_id: int | None = None,
    owner_id: int | None = None,
    aligned_key_result_id: int | None = None,
    predecessor_id: int | None = None,
) -> int:
    statement = require_text(Field.OBJECTIVE, statement)
    with db.session() as session:
        last = (
            session.scalar(
                select(func.max(Objective.position)).where(Objective.meeting_id == meeting_id)
            )
            or 0
        )
        objective = Objective(
            meeting_id=meeting_id,
            statement=statement,
            department_id=department_id,
            owner_id=_check_person(session, meeting_id, owner_id),
            position=last + 1,
            predecessor_id=predecessor_id,
        )
        session.add(objective)
        session.flush()
        if aligned_key_result_id:
            objective.aligned_key_result_id = _company_kr(
                session, meeting_id, aligned_key_result_id
            )
        return objective.id


def _company_kr(session: Session, meeting_id: int, kr_id: int) -> int:
    kr = session.get(KeyResult, int(kr_id))
    if kr is None or kr.objective.meeting_id != meeting_id or kr.objective.department_id:
        raise ValidationError(Field.KEY_RESULT, Problem.INVALID, str(kr_id))
    return kr.id


def _company_objective(session: Session, meeting_id: int, objective_id: int) -> int:
    objective = session.get(Objective, int(objective_id))
    if objective is None or objective.meeting_id != meeting_id or objective.department_id:
        raise ValidationError(Field.OBJECTIVE, Problem.INVALID, str(objective_id))
    return objective.id


def update_objective(
    db: Database, objective_id: int, field: ObjectiveField, value: Any, seen: object = UNSEEN
) -> None:
    """Change one field; EditConflictError when it is no longer `seen` (store/conflicts.py)."""
    once_more_on_race(lambda: _update_objective(db, objective_id, field, value, seen))


def _update_objective(
    db: Database, objective_id: int, field: ObjectiveField, value: Any, seen: object
) -> None:
    with db.session() as session:
        objective = session.get_one(Objective, objective_id)
        meeting_id = objective.meeting_id
        if field not in ("statement", "owner_id", "aligned_key_result_id", "review_status"):
            raise ValueError(field)
        before = getattr(objective, field)
        _apply_objective(session, objective, meeting_id, field, value)
        check_seen(field, before, seen, getattr(objective, field))


def _apply_objective(
    session: Session, objective: Objective, meeting_id: int, field: str, value: Any
) -> None:
    if field == "statement":
        objective.statement = require_text(Field.OBJECTIVE, value)
    elif field == "owner_id":
        objective.owner_id = _check_person(session, meeting_id, value)
    elif field == "aligned_key_result_id":
        objective.aligned_key_result_id = _company_kr(session, meeting_id, value) if value else None
    elif field == "review_status":
        if value not in (None, "", *REVIEW_STATUSES):
            raise ValueError(value)
        objective.review_status = value or None
    else:
        raise ValueError(field)


# -- approval: the top leader approves the new OKRs ----------------------------------------


def top_leader_id(db: Database, meeting_id: int) -> int | None:
    """The participant who is the meeting's leader (the top leader who approves), if any."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        people = [
            Person(p.id, p.name, p.email, None, p.present)
            for p in session.scalars(
                select(Participant).where(Participant.meeting_id == meeting_id)
            )
        ]
        leader = top_leader(people, meeting.leader_name)
        return leader.id if leader is not None else None


def approve(db: Database, objective_ids: Iterable[int], approver_id: int, moment: datetime) -> None:
    """Record that `approver_id` approved these objectives at `moment` (one edit)."""
    with db.session() as session:
        for objective_id in objective_ids:
            objective = session.get_one(Objective, objective_id)
            objective.approved_by_id = _check_person(session, objective.meeting_id, approver_id)
            objective.approved_at = moment


def take_back_approval(db: Database, objective_id: int) -> None:
    """The objective is a draft again."""
    with db.session() as session:
        objective = session.get_one(Objective, objective_id)
        objective.approved_by_id = None
        objective.approved_at = None


def delete_objective(db: Database, objective_id: int) -> None:
    with db.session() as session:
        session.delete(session.get_one(Objective, objective_id))


def add_key_result(
    db: Database,
    objective_id: int,
    statement: str,
    start: object = None,
    target: object = None,
    unit: str = "",
    aligned_objective_id: int | None = None,
    achieved: object = None,
    owner_id: int | None = None,
) -> int:
    statement = require_text(Field.KEY_RESULT, statement)
    with db.session() as session:
        objective = session.get_one(Objective, objective_id)
        kr = KeyResult(
            statement=statement,
            start_value=_number(start),
            target_value=_number(target),
            achieved_value=_number(achieved),
            unit=(unit or "").strip(),
            owner_id=_check_person(session, objective.meeting_id, owner_id),
            position=len(objective.key_results) + 1,
        )
        if aligned_objective_id:
            kr.aligned_objective_id = _company_objective(
                session, objective.meeting_id, aligned_objective_id
            )
        objective.key_results.append(kr)
        session.flush()
        return kr.id


def update_key_result(
    db: Database, kr_id: int, field: KeyResultField, value: Any, seen: object = UNSEEN
) -> None:
    """Change one field; EditConflictError when it is no longer `seen` (store/conflicts.py)."""
    once_more_on_race(lambda: _update_key_result(db, kr_id, field, value, seen))


def _update_key_result(
    db: Database, kr_id: int, field: KeyResultField, value: Any, seen: object
) -> None:
    with db.session() as session:
        kr = session.get_one(KeyResult, kr_id)
        before = getattr(kr, field, None)
        _apply_key_result(session, kr, field, value)
        check_seen(field, before, seen, getattr(kr, field))


def _apply_key_result(session: Session, kr: KeyResult, field: str, value: Any) -> None:
    if field == "statement":
        kr.statement = require_text(Field.KEY_RESULT, value)
    elif field in ("start_value", "target_value", "achieved_value"):
        setattr(kr, field, _number(value))
    elif field == "unit":
        kr.unit = str(value or "").strip()
    elif field == "owner_id":
        kr.owner_id = _check_person(session, kr.objective.meeting_id, value)
    elif field == "aligned_objective_id":
        kr.aligned_objective_id = (
            _company_objective(session, kr.objective.meeting_id, value) if value else None
        )
    else:
        raise ValueError(field)


def delete_key_result(db: Database, kr_id: int) -> None:
    with db.session() as session:
        session.delete(session.get_one(KeyResult, kr_id))


def key_result_to_department_objective(db: Database, kr_id: int, department_id: int) -> int:
    """ "A company key result can become a department objective": copy its text, link it."""
    with db.session() as session:
        kr = session.get_one(KeyResult, kr_id)
        meeting_id, statement = kr.objective.meeting_id, kr.statement
        department = session.get_one(Department, department_id)
        owner = department.manager_id
    return add_objective(
        db, meeting_id, statement, department_id, owner, aligned_key_result_id=kr_id
    )


def department_id_of(db: Database, meeting_id: int, name: str) -> int | None:
    """The department of that name (created if the meeting has none); None for blank."""
    if not name:
        return None
    with db.session() as session:
        for department in session.scalars(
            select(Department).where(Department.meeting_id == meeting_id)
        ):
            if department.name.casefold() == name.casefold():
                return department.id
        department = Department(meeting_id=meeting_id, name=name)
        session.add(department)
        session.flush()
        return department.id
