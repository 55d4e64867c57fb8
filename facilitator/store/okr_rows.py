"""The OKRs as rows: exported for `domain.okr_csv.write_okrs`, and imported from a CSV
(an unknown owner or link is refused by line; the rest are added)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from facilitator.domain.okr_csv import ExportRow as OkrExportRow
from facilitator.domain.okr_csv import OkrRow
from facilitator.domain.validation import Field, Problem, ValidationError, require_text
from facilitator.store import okrs
from facilitator.store.database import Database
from facilitator.store.models import Participant


def export_rows(db: Database, meeting_id: int) -> list[OkrExportRow]:
    """This meeting's OKRs as rows for `domain.okr_csv.write_okrs`."""
    objectives = okrs.list_objectives(db, meeting_id)
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
                department_id = okrs.department_id_of(db, meeting_id, row.department)
                objective_id = okrs.add_objective(
                    db, meeting_id, row.objective, department_id, owner
                )
                created[key] = objective_id
            if not row.key_result:
                if row.linked_to and row.department:
                    okrs.update_objective(
                        db,
                        objective_id,
                        "aligned_key_result_id",
                        _company_kr_by_text(db, meeting_id, row.linked_to),
                    )
                continue
            aligned = None
            if row.linked_to and row.department:
                aligned = _company_objective_by_text(db, meeting_id, row.linked_to)
            okrs.add_key_result(
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


def _company_kr_by_text(db: Database, meeting_id: int, text: str) -> int:
    for objective in okrs.list_objectives(db, meeting_id):
        if objective.department_id is None:
            for kr in objective.key_results:
                if kr.statement.casefold() == text.casefold():
                    return kr.id
    raise ValidationError(Field.KEY_RESULT, Problem.INVALID, text)


def _company_objective_by_text(db: Database, meeting_id: int, text: str) -> int:
    for objective in okrs.list_objectives(db, meeting_id):
        if objective.department_id is None and objective.statement.casefold() == text.casefold():
            return objective.id
    raise ValidationError(Field.OBJECTIVE, Problem.INVALID, text)
