"""Objectives and key results: the new OKRs of a meeting, their alignment, and the review
of last quarter's (set at the company's previous meeting)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from facilitator.domain.okr import KeyResultItem, ObjectiveItem, parse_number
from facilitator.domain.okr_csv import ExportRow as OkrExportRow
from facilitator.domain.okr_csv import OkrRow
from facilitator.domain.preparation import Person, top_leader
from facilitator.domain.validation import Field, Problem, ValidationError, require_text
from facilitator.store.conflicts import UNSEEN, check_seen, once_more_on_race
from facilitator.store.database import Database
from facilitator.store.history import previous_meeting
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


def _item(objective: Objective) -> ObjectiveItem:
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
    return [_item(o) for o in list_objectives(db, meeting_id)]


def review_items(db: Database, meeting_id: int) -> list[ObjectiveItem]:
    """Last quarter's OKRs under review, as plain data for the screens."""
    return [_item(o) for o in objectives_under_review(db, meeting_id)]


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


# -- last quarter's OKRs: the review ---------------------------------------------------------


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
    return list_objectives(db, previous) if previous is not None else []


def mark_review(db: Database, meeting_id: int, objective_id: int, status: str | None) -> None:
    """Mark last quarter's objective achieved, continued or dropped; a continued one is
    carried into this meeting's new OKRs (once), linked to its predecessor."""
    update_objective(db, objective_id, "review_status", status)
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
    department_id = department_id_of(db, meeting_id, department_name or "")
    new_id = add_objective(
        db, meeting_id, statement, department_id, owner_id, predecessor_id=objective_id
    )
    for statement, start, target, unit in krs:
        add_key_result(db, new_id, statement, start, target, unit)


# -- CSV ---------------------------------------------------------------------------------------


def export_rows(db: Database, meeting_id: int) -> list[OkrExportRow]:
    """This meeting's OKRs as rows for `domain.okr_csv.write_okrs`."""
    objectives = list_objectives(db, meeting_id)
    names = {o.id: o.statement for o in objectives}
    rows: list[OkrExportRow] = []
    for objective in objectives:
        owner = objective.owner.name if objective.owner else ""
        department = objective.department.name if objective.department else ""
        if objective.aligned_key_result is not None or not objective.key_results:
            linked = objective.aligned_key_result.statement if objective.aligned_key_result else ""
            rows.append(
                (objective.statement, "", owner, department, None, None, "", linked, None, "")
            )
        for kr in objective.key_results:
            linked = names.get(kr.aligned_objective_id, "") if kr.aligned_objective_id else ""
            rows.append(
                (
                    objective.statement,
                    kr.statement,
                    owner,
                    department,
                    kr.start_value,
                    kr.target_value,
                    kr.unit,
                    linked,
                    kr.achieved_value,
                    kr.owner.name if kr.owner else "",
                )
            )
    return rows


def import_rows(
    db: Database, meeting_id: int, rows: Iterable[OkrRow], add_unknown_owners: bool = False
) -> list[tuple[int, ValidationError]]:
    """Add the OKRs of an imported CSV; returns (line, error) for rows that could not be
    added (an unknown owner or link), the rest are added. Company rows go first so
    department rows can link to them. `add_unknown_owners`: an owner who is not a
    participant is added as one (absent) — for a record of an earlier quarter, whose
    owners may have left since."""
    with db.unit_of_work():
        return _import_rows(db, meeting_id, rows, add_unknown_owners)


def _import_rows(
    db: Database, meeting_id: int, rows: Iterable[OkrRow], add_unknown_owners: bool
) -> list[tuple[int, ValidationError]]:
    errors: list[tuple[int, ValidationError]] = []
    with db.session() as session:
        people = {
            p.name.casefold(): p.id
            for p in session.scalars(
                select(Participant).where(Participant.meeting_id == meeting_id)
            )
        }
    created: dict[tuple[str, str], int] = {}
    for row in sorted(rows, key=lambda r: bool(r.department)):
        try:
            owner = _owner_of(db, meeting_id, people, row.owner, add_unknown_owners)
            kr_owner = _owner_of(db, meeting_id, people, row.key_result_owner, add_unknown_owners)
            key = (row.department.casefold(), row.objective.casefold())
            objective_id = created.get(key)
            if objective_id is None:
                department_id = department_id_of(db, meeting_id, row.department)
                objective_id = add_objective(db, meeting_id, row.objective, department_id, owner)
                created[key] = objective_id
            if not row.key_result:
                if row.linked_to and row.department:
                    update_objective(
                        db,
                        objective_id,
                        "aligned_key_result_id",
                        _company_kr_by_text(db, meeting_id, row.linked_to),
                    )
                continue
            aligned = None
            if row.linked_to and row.department:
                aligned = _company_objective_by_text(db, meeting_id, row.linked_to)
            add_key_result(
                db,
                objective_id,
                row.key_result,
                row.start,
                row.target,
                row.unit,
                aligned,
                achieved=row.achieved,
                owner_id=kr_owner,
            )
        except ValidationError as error:
            errors.append((row.line, error))
    return sorted(errors, key=lambda item: item[0])


def _owner_of(
    db: Database, meeting_id: int, people: dict[str, int], name: str, add_unknown: bool
) -> int | None:
    """The participant named (None for a blank name); an unknown name is an error, or with
    `add_unknown` a new (absent) participant."""
    if not name:
        return None
    owner = people.get(name.casefold())
    if owner is None and add_unknown:
        owner = people[name.casefold()] = _absent_person(db, meeting_id, name)
    if owner is None:
        raise ValidationError(Field.OWNER, Problem.UNKNOWN_PERSON, name)
    return owner


def _absent_person(db: Database, meeting_id: int, name: str) -> int:
    name = require_text(Field.PARTICIPANT_NAME, name)
    with db.session() as session:
        person = Participant(meeting_id=meeting_id, name=name, present=False)
        session.add(person)
        session.flush()
        return person.id


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


def _company_kr_by_text(db: Database, meeting_id: int, text: str) -> int:
    for objective in list_objectives(db, meeting_id):
        if objective.department_id is None:
            for kr in objective.key_results:
                if kr.statement.casefold() == text.casefold():
                    return kr.id
    raise ValidationError(Field.KEY_RESULT, Problem.INVALID, text)


def _company_objective_by_text(db: Database, meeting_id: int, text: str) -> int:
    for objective in list_objectives(db, meeting_id):
        if objective.department_id is None and objective.statement.casefold() == text.casefold():
            return objective.id
    raise ValidationError(Field.OBJECTIVE, Problem.INVALID, text)
